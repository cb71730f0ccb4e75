import type { CookieDeclaration } from './config.js';

// Facts from Google's own documentation, "Google Analytics cookie usage on websites"
// (developers.google.com/analytics/devguides/collection/ga4/cookie-usage) and "Cookies and other
// storage Google Ads uses" (support.google.com/google-ads/answer/7521212). Their purposes are
// written in every language module (`purposes`), so a new language is one new module.

/** The first-party cookies of Google Analytics 4, to declare under its category. */
export const googleAnalyticsCookies: readonly CookieDeclaration[] = [
  { name: '_ga', provider: 'Google Analytics', purpose: { builtIn: 'gaClientId' }, duration: { years: 2 } },
  { name: /^_ga_/, provider: 'Google Analytics', purpose: { builtIn: 'gaSessionState' }, duration: { years: 2 } },
  { name: '_gid', provider: 'Google Analytics', purpose: { builtIn: 'gaDailyId' }, duration: { hours: 24 } },
  { name: /^_gat/, provider: 'Google Analytics', purpose: { builtIn: 'gaThrottle' }, duration: { minutes: 1 } },
];

/** The first-party cookies of Google Ads conversion measurement, to declare under its category. */
export const googleAdsCookies: readonly CookieDeclaration[] = [
  { name: /^_gcl_/, provider: 'Google Ads', purpose: { builtIn: 'gclConversion' }, duration: { days: 90 } },
];
