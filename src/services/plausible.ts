// Plausible Analytics. Facts from Plausible's own documentation (see docs/services/analytics.md):
// - company: Plausible Insights OÜ, Estonia. The legal name was not found on a stored Plausible page
//   (only in third-party notices); Plausible's DPA (https://plausible.io/dpa) says it is an EU
//   company with its infrastructure in Germany. Re-check the name;
// - privacy policy for site visitors' data: https://plausible.io/data-policy;
// - cookies: none (https://plausible.io/docs/compliance). `localStorage.plausible_ignore` is the
//   visitor's own opt-out, set by hand, never by the script, so it is not declared;
// - snippet and hosts: https://plausible.io/docs/plausible-script and
//   https://plausible.io/docs/script-extensions (`<script defer data-domain="…"
//   src="https://plausible.io/js/script.js">`; events go to `/api/event` on the script's host; the
//   `window.plausible` queue stub is documented for the manual script). The newer per-site
//   `pa-<id>.js` script, set up with `plausible.init()` instead of `data-domain`, is not handled here;
// - consent API: none found.
import type { ConsentService } from '../core/services.js';
import { defineService } from './define.js';

export type PlausibleOptions<C extends string = 'performance'> = {
  /** The site's domain as registered in Plausible: `data-domain`, such as `example.com`. */
  domain: string;
  /**
   * The script: an extension (`https://plausible.io/js/script.outbound-links.js`), a proxy on the
   * site's own domain or a self-hosted Plausible; events go to the same host.
   * @default 'https://plausible.io/js/script.js'
   */
  src?: string;
  /** The category it needs. @default 'performance' */
  category?: C;
};

type Plausible = ((...command: unknown[]) => void) & { q?: unknown[] };

/**
 * Plausible Analytics (Plausible Insights OÜ): cookieless, aggregate page views and goals.
 * `plausible` exists from the start and queues every event; the script loads only once the category
 * is granted, and then counts the page view and sends the events queued before a choice; on refusal,
 * never. Plausible has no consent API: after a withdrawal the script stays until the page reloads.
 */
export function plausible<const C extends string = 'performance'>({ domain, src = 'https://plausible.io/js/script.js', category = 'performance' as C }: PlausibleOptions<C>): ConsentService<C> {
  return defineService(
    {
      id: 'plausible',
      name: 'Plausible Analytics',
      company: { name: 'Plausible Insights OÜ', country: 'EE' },
      privacyPolicy: 'https://plausible.io/data-policy',
      category,
      purposes: ['Counts visits, page views and goals, without cookies'],
      cookies: [],
      // A path on the site's own domain (a proxy) contacts no other host.
      hosts: /^(?:https?:)?\/\//i.test(src) ? [new URL(src, 'https://plausible.io').host] : [],
    },
    {
      stub(host) {
        // Plausible's own queue stub, without the script: events wait in `plausible.q`.
        host.plausible ??= function plausible(...command: unknown[]) {
          const self = host.plausible as Plausible;
          (self.q ??= []).push(command);
        };
      },
      load(loadScript) {
        void loadScript(src, { defer: true, attributes: { 'data-domain': domain } }).catch(() => undefined);
      },
    },
  );
}
