// Google Tag Manager. Facts from Google's own documentation (see docs/services/analytics.md):
// - company and privacy policy: https://policies.google.com/privacy (Google Ireland Limited for the
//   EEA and Switzerland; the stored copies lacked the controller paragraph, so re-check it);
// - snippet, hosts and nonce: https://developers.google.com/tag-platform/security/guides/csp and
//   https://developers.google.com/tag-manager/web/csp (`dataLayer` with `{ 'gtm.start', event:
//   'gtm.js' }`, then `www.googletagmanager.com/gtm.js?id=GTM-…`; `img-src` and `connect-src`
//   `www.googletagmanager.com`, `connect-src www.google.com`; Tag Manager passes the nonce on to the
//   scripts it adds);
// - cookies: none of its own found in Google's documentation. The tags in the container set theirs
//   (GA4: `_ga`, `_ga_<id>`), which the site declares under their categories;
// - category: Google gives none, the container's tags decide it;
// - consent API: Google Consent Mode, for every category at once: `<GoogleConsentMode />` (and
//   `<ConsentModeScript />` in the head) with `consentMode` in the config, not this service.
// The `<noscript>` iframe (`ns.html`) is never rendered: it would load before any consent.
import type { ConsentService } from '../core/services.js';
import { defineService } from './define.js';

export type GoogleTagManagerOptions<C extends string = 'performance'> = {
  /** The container's id, `GTM-XXXXXX`. */
  containerId: string;
  /**
   * The category it needs: the site's choice, since what the container loads decides it (an
   * analytics tag is `performance`, an ads tag `advertising`). Google names none.
   * @default 'performance'
   */
  category?: C;
};

/**
 * Google Tag Manager (Google Ireland Limited). `window.dataLayer` exists from the start, with the
 * snippet's `gtm.start` entry first, and keeps every push; gtm.js loads only once the category is
 * granted and then runs what was pushed before a choice; on refusal nothing reaches Google.
 *
 * Its category is the site's choice: Tag Manager is a loader, and the tags in the container decide
 * what it is for. Give it the category its tags need (`advertising` when it holds ads tags). Google
 * Consent Mode for the tags inside comes from `<GoogleConsentMode />` with `consentMode` in the
 * config; their cookies are declared under their own categories.
 */
export function googleTagManager<const C extends string = 'performance'>({ containerId, category = 'performance' as C }: GoogleTagManagerOptions<C>): ConsentService<C> {
  return defineService(
    {
      id: 'google-tag-manager',
      name: 'Google Tag Manager',
      company: { name: 'Google Ireland Limited', country: 'IE' },
      privacyPolicy: 'https://policies.google.com/privacy',
      category,
      purposes: ['Loads the tags the site manages in its Tag Manager container'],
      cookies: [],
      hosts: ['www.googletagmanager.com', 'www.google.com'],
    },
    {
      stub(host) {
        // Google's own snippet's data layer, without the script it adds: pushes wait in the array.
        const dataLayer = Array.isArray(host.dataLayer) ? (host.dataLayer as unknown[]) : (host.dataLayer = [] as unknown[]);
        const started = dataLayer.some((entry) => (entry as { event?: unknown } | null)?.event === 'gtm.js');
        if (!started) dataLayer.push({ 'gtm.start': new Date().getTime(), event: 'gtm.js' });
      },
      load(loadScript) {
        void loadScript(`https://www.googletagmanager.com/gtm.js?id=${encodeURIComponent(containerId)}`).catch(() => undefined);
      },
    },
  );
}
