// One config for the server and the browser: the server entry is React-free.
import { defineConsentConfig, googleAnalyticsCookies } from '@weroom/cookie-consent/server';
import { REGIME_PRESETS } from '@weroom/cookie-consent/jurisdictions';
import de from '@weroom/cookie-consent/locales/de';
import en from '@weroom/cookie-consent/locales/en';
import fr from '@weroom/cookie-consent/locales/fr';

export const consentConfig = defineConsentConfig({
  revision: 1,
  // The root loader picks the visitor's language from the request; the first is the fallback.
  locales: [en, fr, de],
  categories: {
    features: { required: true },
    // Where no consent is asked (the `none` regime), analytics runs until the visitor turns it off.
    performance: { cookies: googleAnalyticsCookies, grantedByDefault: true },
    advertising: {},
  },
  consentMode: {},
  // Opt-in in Europe, the UK, Switzerland and Brazil; opt-out in the US states with a privacy law;
  // no banner elsewhere. A visitor whose place is unknown keeps opt-in, the strictest.
  jurisdictions: { regimes: REGIME_PRESETS, default: 'none' },
});
