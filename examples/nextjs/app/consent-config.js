// One config for the server and the browser: the server entry has no 'use client'.
import { defineConsentConfig, googleAnalyticsCookies } from '@weroom/cookie-consent/server';
import de from '@weroom/cookie-consent/locales/de';
import en from '@weroom/cookie-consent/locales/en';
import fr from '@weroom/cookie-consent/locales/fr';

export const consentConfig = defineConsentConfig({
  revision: 1,
  // The visitor's language is chosen from the request (layout.jsx); the first is the fallback,
  // for a visitor who reads none of them.
  locales: [en, fr, de],
  categories: {
    features: { required: true },
    performance: { cookies: googleAnalyticsCookies },
    advertising: {},
  },
  consentMode: {},
});
