// A config shared by the server and the browser: services and a language listed from their entries.
import { defineConsentConfig, googleAnalyticsCookies } from '@weroom/cookie-consent/server';
import { REGIME_PRESETS } from '@weroom/cookie-consent/jurisdictions';
import { googleAnalytics, youtube } from '@weroom/cookie-consent/services';
import fr from '@weroom/cookie-consent/locales/fr';

export const consentConfig = defineConsentConfig({
  revision: 1,
  locales: [fr],
  categories: {
    features: { required: true },
    performance: { cookies: googleAnalyticsCookies },
    advertising: {},
  },
  services: [googleAnalytics({ measurementId: 'G-TEST000000' }), youtube()],
  jurisdictions: { regimes: REGIME_PRESETS, default: 'none' },
});
