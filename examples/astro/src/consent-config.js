// One config for the server (the page's frontmatter, the records endpoint) and every island.
import { defineConsentConfig, googleAnalyticsCookies } from '@weroom/cookie-consent/server';
import { REGIME_PRESETS } from '@weroom/cookie-consent/jurisdictions';
import { youtube } from '@weroom/cookie-consent/services';
import de from '@weroom/cookie-consent/locales/de';
import en from '@weroom/cookie-consent/locales/en';
import fr from '@weroom/cookie-consent/locales/fr';

export const consentConfig = defineConsentConfig({
  revision: 1,
  locales: [en, fr, de],
  categories: {
    features: { required: true },
    performance: { cookies: googleAnalyticsCookies, grantedByDefault: true },
    advertising: {},
  },
  // The article's video: YouTube's cookies join the advertising category's.
  services: [youtube()],
  consentMode: {},
  jurisdictions: { regimes: REGIME_PRESETS, default: 'none' },
});
