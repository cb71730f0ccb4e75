// Snap Pixel. Facts from Snap's own pages (see docs/services/advertising.md):
// - company and privacy policy: https://values.snap.com/privacy/privacy-policy (the EEA & UK notice
//   names Snap Inc. as controller); cookie information: https://www.snap.com/privacy/cookie-information;
// - cookies: not in Snap's documentation (its cookie page, Snap Business help, developers.snap.com).
//   `_scid` and `_scid_r` (13 months) and `_sctr` (1 year) on the site's domain are from secondary
//   sources only; their copies in localStorage are left out, as this library deletes cookies only.
//   `sc_at` is on snapchat.com, out of the page's reach;
// - snippet and hosts: the Snap Pixel base code from Ads Manager, as reproduced in public code
//   (`snaptr` queue, https://sc-static.net/scevent.min.js, then `snaptr('init', '<pixel id>')`);
//   events go to tr.snapchat.com (secondary sources);
// - consent API: none found (Snap Business help, developer docs): the pixel loads only after a
//   grant, and withdrawal needs a reload to stop it.
import type { ConsentService } from '../core/services.js';
import { defineService } from './define.js';

export type SnapPixelOptions<C extends string = 'advertising'> = {
  /** The pixel's id, a UUID. */
  pixelId: string;
  /** The category it needs. @default 'advertising' */
  category?: C;
};

type Snaptr = ((...command: unknown[]) => void) & { queue: unknown[]; handleRequest?: (...command: unknown[]) => void };

/**
 * Snap Pixel (Snap Inc.). `snaptr` exists from the start and queues every call, after
 * `snaptr('init', pixelId)`; scevent.min.js loads only once the category is granted: calls made
 * before a choice are then sent, and never on refusal. Snap has no consent API: on withdrawal its
 * first-party cookies are deleted, and the loaded pixel stops only with the next page load.
 */
export function snapPixel<const C extends string = 'advertising'>({ pixelId, category = 'advertising' as C }: SnapPixelOptions<C>): ConsentService<C> {
  return defineService(
    {
      id: 'snap-pixel',
      name: 'Snap Pixel',
      company: { name: 'Snap Inc.', country: 'US' },
      privacyPolicy: 'https://values.snap.com/privacy/privacy-policy',
      category,
      purposes: ['Measures the conversions of Snapchat ads', 'Builds audiences for Snapchat ads'],
      cookies: [
        { name: '_scid', provider: 'Snap', purpose: { builtIn: 'adBrowserId' }, duration: { months: 13 } },
        { name: '_scid_r', provider: 'Snap', purpose: { builtIn: 'adBrowserId' }, duration: { months: 13 } },
        { name: '_sctr', provider: 'Snap', purpose: { builtIn: 'adBrowserId' }, duration: { years: 1 } },
      ],
      hosts: ['sc-static.net', 'tr.snapchat.com'],
    },
    {
      stub(host) {
        if (!host.snaptr) {
          // Snap's own snippet's stub, without the script it adds: calls wait in `snaptr.queue`.
          const snaptr: Snaptr = Object.assign(
            (...command: unknown[]) => {
              if (snaptr.handleRequest) snaptr.handleRequest(...command);
              else snaptr.queue.push(command);
            },
            { queue: [] as unknown[] },
          );
          host.snaptr = snaptr;
        }
        (host.snaptr as Snaptr)('init', pixelId);
      },
      load(loadScript) {
        void loadScript('https://sc-static.net/scevent.min.js').catch(() => undefined);
      },
    },
  );
}
