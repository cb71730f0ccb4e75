// What the server reads from a request, once per page, for the head script and for every island.
import { negotiateLocale, readConsent, readJurisdiction } from '@weroom/cookie-consent/server';
import { consentConfig } from './consent-config.js';

/** The visitor's place, decision, language and Global Privacy Control, as plain data an island's props can carry. */
export function visitorOf(request) {
  const jurisdiction = readJurisdiction(request.headers);
  return {
    jurisdiction,
    initialConsent: readConsent(request.headers.get('cookie'), consentConfig, { jurisdiction }),
    locale: negotiateLocale(request.headers.get('accept-language'), consentConfig),
    // Left out without the header, so the islands read the browser's own signal.
    ...(request.headers.get('sec-gpc') === '1' ? { globalPrivacyControl: true } : {}),
  };
}
