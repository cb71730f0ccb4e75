// One config for the server and the browser: the server entry has no 'use client'.
import { defineConsentConfig, googleAnalyticsCookies } from '@weroom/cookie-consent/server';
import de from '@weroom/cookie-consent/locales/de';
import fr from '@weroom/cookie-consent/locales/fr';

export const consentConfig = defineConsentConfig({
  revision: 1,
  // English is built in; the visitor's language is chosen from the request (layout.jsx).
  locales: [fr, de],
  categories: {
    features: { required: true },
    performance: { cookies: googleAnalyticsCookies },
    advertising: {},
  },
  consentMode: {},
});
