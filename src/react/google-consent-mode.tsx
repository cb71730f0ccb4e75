import { addConsentSignal } from '../core/consent-effects.js';
import { pushConsentUpdate } from '../core/consent-mode.js';
import type { ConsentStore } from '../core/consent-store.js';
import { useBrowserLayoutEffect } from './use-browser-layout-effect.js';
import { useTypedStore } from './use-consent.js';

/** Keeps Google told of every change, before any cookie is deleted (CM-2, CLR-1), while mounted. */
export function useGoogleConsentMode<C extends string>(store: ConsentStore<C>): void {
  // A layout effect: the provider's start, which reads the cookie, comes after its children's.
  useBrowserLayoutEffect(() => addConsentSignal(store, (granted) => pushConsentUpdate(store.config, granted)), [store]);
}

/**
 * Google Consent Mode v2 in the browser: every change of consent is pushed as `gtag('consent',
 * 'update', …)` with all seven keys, then a `consent_update` event. `<GoogleAnalytics>` and
 * `<GoogleAds>` include it; render it yourself when Google's tags come another way (Tag Manager
 * through `<ConsentScript>`, a CMS). The head script sets the default before any of it.
 */
export function GoogleConsentMode() {
  useGoogleConsentMode(useTypedStore('GoogleConsentMode'));
  return null;
}
