// One config for the server and the browser: the server entry has no 'use client'.
import { defineConsentConfig, googleAnalyticsCookies } from '@weroom/cookie-consent/server';

export const consentConfig = defineConsentConfig({
  revision: 1,
  categories: {
    features: { required: true },
    performance: { cookies: googleAnalyticsCookies },
    advertising: {},
  },
  consentMode: {},
});
