// Hotjar. Facts from Hotjar's own documentation (see docs/services/analytics.md):
// - company: Hotjar Limited, Malta (party to Hotjar's terms, https://www.hotjar.com/legal/). Its
//   parent (Contentsquare, after a reported merger) is unverified;
// - privacy policy: https://www.hotjar.com/legal/policies/privacy/;
// - cookies: https://help.hotjar.com/hc/en-us/articles/115011789248-Hotjar-Cookies. Hotjar's current
//   table ("cookies set by the Hotjar Tracking Code") was only seen reproduced on other sites, so
//   re-check it: `_hjSessionUser_<site id>` 365 days, `_hjSession_<site id>` 30 minutes,
//   `_hjHasCachedUserAttributes` for the session, `_hjUserAttributesHash` 2 minutes (extended while
//   active). Left out: the survey and feedback widgets' cookies and the legacy `_hjid` (older page
//   only), the support-check cookies removed at once, and localStorage/sessionStorage items
//   (`_hjUserAttributes`, `hjViewportId`, `hjActiveViewportIds`), which have no stated lifetime;
// - snippet and host: the tracking code (`hj` with the `hj.q` queue, `_hjSettings = { hjid, hjsv:
//   6 }`, `https://static.hotjar.com/c/hotjar-<site id>.js?sv=6`). Hotjar's CSP article was not
//   read, so the other hosts the script contacts are left out;
// - consent API: none found in Hotjar's documentation.
import type { ConsentService } from '../core/services.js';
import { defineService } from './define.js';

export type HotjarOptions<C extends string = 'performance'> = {
  /** The Hotjar site id, a number. */
  siteId: number | string;
  /** The category it needs. @default 'performance' */
  category?: C;
};

type Hj = ((...command: unknown[]) => void) & { q?: unknown[] };

/** The snippet version Hotjar's tracking code uses today. */
const SNIPPET_VERSION = 6;

/**
 * Hotjar (Hotjar Limited): heatmaps, recordings and surveys. `hj` exists from the start and queues
 * every call (`hj('event', …)`, `hj('identify', …)`); the tracking code loads only once the category
 * is granted, and then sends the calls made before a choice; on refusal, never. Hotjar has no
 * consent API: on withdrawal its cookies are deleted, and the script stays until the page reloads.
 */
export function hotjar<const C extends string = 'performance'>({ siteId, category = 'performance' as C }: HotjarOptions<C>): ConsentService<C> {
  return defineService(
    {
      id: 'hotjar',
      name: 'Hotjar',
      company: { name: 'Hotjar Limited', country: 'MT' },
      privacyPolicy: 'https://www.hotjar.com/legal/policies/privacy/',
      category,
      purposes: ['Records how pages are used, for heatmaps and replays', 'Shows surveys and feedback widgets'],
      cookies: [
        { name: `_hjSessionUser_${siteId}`, provider: 'Hotjar', purpose: { builtIn: 'analyticsUserId' }, duration: { days: 365 } },
        { name: `_hjSession_${siteId}`, provider: 'Hotjar', purpose: { builtIn: 'analyticsSession' }, duration: { minutes: 30 } },
        { name: '_hjHasCachedUserAttributes', provider: 'Hotjar', purpose: { builtIn: 'analyticsUserId' }, duration: { session: true } },
        { name: '_hjUserAttributesHash', provider: 'Hotjar', purpose: { builtIn: 'analyticsUserId' }, duration: { minutes: 2 } },
      ],
      hosts: ['static.hotjar.com'],
    },
    {
      stub(host) {
        // Hotjar's own tracking code's stub and settings, without the script it adds: calls wait in `hj.q`.
        host.hj ??= function hj(...command: unknown[]) {
          const self = host.hj as Hj;
          (self.q ??= []).push(command);
        };
        host._hjSettings ??= { hjid: Number(siteId), hjsv: SNIPPET_VERSION };
      },
      load(loadScript) {
        void loadScript(`https://static.hotjar.com/c/hotjar-${encodeURIComponent(String(siteId))}.js?sv=${SNIPPET_VERSION}`).catch(() => undefined);
      },
    },
  );
}
