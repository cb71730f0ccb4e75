// Google Analytics 4 and Google Ads as services, for a config that lists its vendors; the
// `<GoogleAnalytics>` and `<GoogleAds>` components do the same from the page. Facts (see
// docs/services/analytics.md and advertising.md): Google Ireland Limited for the EEA,
// https://policies.google.com/privacy; GA4 cookies, https://support.google.com/analytics/answer/11397207
// and developers.google.com/tag-platform/security/concepts/cookies; Google Ads' `_gcl_*` (90
// days), https://business.safety.google/adscookies/; gtag.js from www.googletagmanager.com, told of
// consent through Consent Mode before any `config` (CM-2).
import { googleAdsCookies, googleAnalyticsCookies } from '../core/google-cookies.js';
import { addConsentSignal } from '../core/consent-effects.js';
import { pushConsentUpdate } from '../core/consent-mode.js';
import type { CookieDeclaration } from '../core/config.js';
import type { ConsentService } from '../core/services.js';
import { loadGoogleTag } from '../core/google-tags.js';

function googleTag<C extends string>(
  facts: { id: string; name: string; category: C; purposes: readonly string[]; cookies: readonly CookieDeclaration[] },
  tagId: string,
): ConsentService<C> {
  return {
    ...facts,
    company: { name: 'Google Ireland Limited', country: 'IE' },
    privacyPolicy: 'https://policies.google.com/privacy',
    hosts: ['www.googletagmanager.com', 'www.google-analytics.com', 'region1.google-analytics.com', 'www.googleadservices.com', 'googleads.g.doubleclick.net'],
    start(store, { nonce }) {
      let loaded = false;
      // Google hears every change through Consent Mode, first; the tag loads once its category is granted.
      return addConsentSignal(store, (granted) => {
        pushConsentUpdate(store.config, granted);
        if (loaded || granted[facts.category] !== true) return;
        loaded = true;
        loadGoogleTag(store, tagId, nonce ? { nonce } : {}).catch(() => undefined);
      });
    },
  };
}

/** Google Analytics 4 (Google Ireland Limited), loaded with its consent state once its category is granted. */
export function googleAnalytics<const C extends string = 'performance'>({ measurementId, category = 'performance' as C }: { measurementId: string; category?: C }): ConsentService<C> {
  return googleTag({ id: 'google-analytics', name: 'Google Analytics', category, purposes: ['Measures how the site is used'], cookies: googleAnalyticsCookies }, measurementId);
}

/** Google Ads conversion tracking (Google Ireland Limited), loaded with its consent state once its category is granted. */
export function googleAds<const C extends string = 'advertising'>({ id, category = 'advertising' as C }: { id: string; category?: C }): ConsentService<C> {
  return googleTag({ id: 'google-ads', name: 'Google Ads', category, purposes: ['Measures the conversions of Google ads'], cookies: googleAdsCookies }, id);
}
