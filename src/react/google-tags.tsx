import { useEffect } from 'react';
import { isDeclared } from '../core/cookie-clearing.js';
import { loadGoogleTag } from '../core/google-tags.js';
import { useGoogleConsentMode } from './google-consent-mode.js';
import { useConsent, useTypedStore, type RegisteredCategory } from './use-consent.js';

// Replaced by the app's bundler; see ARCHITECTURE.md, "Development-only code".
declare const process: { env: { NODE_ENV?: string } };

type GoogleTagProps = {
  /** Parameters of the `config` command, such as `{ send_page_view: false }`. */
  params?: Readonly<Record<string, unknown>>;
  /** The page's CSP nonce. @default the provider's `nonce` */
  nonce?: string;
};

/** Loads Google's tag once `category` is granted (at once in Consent Mode's advanced mode). */
function useGoogleTag(component: string, tagId: string, category: RegisteredCategory, expectedCookie: string, { params, nonce }: GoogleTagProps) {
  const store = useTypedStore(component);
  const granted = useConsent(category);
  const advanced = store.config.consentMode?.mode === 'advanced';
  const pageNonce = nonce ?? store.nonce;
  useGoogleConsentMode(store);

  useEffect(() => {
    try {
      // Development builds only, written so that a production build drops it (ARCHITECTURE.md).
      if (process.env.NODE_ENV !== 'production' && !isDeclared(expectedCookie, store.config.categories[category]?.cookies ?? [])) {
        console.warn(
          `[cookie-consent] The "${category}" category does not declare the ${expectedCookie} cookie this Google tag sets: add the library's Google cookie list to it, or the policy and the withdrawal miss them.`,
        );
      }
    } catch {
      // A page without a bundler has no `process`: it is a production page.
    }
  }, [store, category, expectedCookie]);

  useEffect(() => {
    if (!granted && !advanced) return;
    loadGoogleTag(store, tagId, { ...(params ? { params } : {}), ...(pageNonce ? { nonce: pageNonce } : {}) }).catch(() => {
      // Offline or blocked: the page goes on without the tag.
    });
    // `params` is read once, when the tag is configured.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [granted, advanced, store, tagId, pageNonce]);
}

export type GoogleAnalyticsProps = GoogleTagProps & {
  /** The GA4 measurement id, `G-XXXXXXX`. */
  measurementId: string;
  /** @default 'performance' */
  category?: RegisteredCategory;
};

/**
 * Google Analytics 4, loaded only once its category is granted (basic Consent Mode, CM-5), after
 * the consent state (CM-2). Declare `googleAnalyticsCookies` under the same category so the
 * dialog lists them and withdrawal deletes them.
 */
export function GoogleAnalytics({ measurementId, category = 'performance' as RegisteredCategory, ...options }: GoogleAnalyticsProps) {
  useGoogleTag('GoogleAnalytics', measurementId, category, '_ga', options);
  return null;
}

export type GoogleAdsProps = GoogleTagProps & {
  /** The Google Ads tag id, `AW-XXXXXXX`. */
  id: string;
  /** @default 'advertising' */
  category?: RegisteredCategory;
};

/** Google Ads conversion tracking, loaded only once its category is granted. Declare `googleAdsCookies` with it. */
export function GoogleAds({ id, category = 'advertising' as RegisteredCategory, ...options }: GoogleAdsProps) {
  useGoogleTag('GoogleAds', id, category, '_gcl_au', options);
  return null;
}
