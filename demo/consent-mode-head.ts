// Run at build time by demo/vite.config.ts: the Consent Mode head script for index.html.
import { consentModeScriptTag } from '@weroom/cookie-consent/server';
import { weroomConsent } from './consent-config';

export const consentModeHead = consentModeScriptTag(weroomConsent);
