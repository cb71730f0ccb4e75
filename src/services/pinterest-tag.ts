// Pinterest Tag. Facts from Pinterest's own pages (see docs/services/advertising.md):
// - company and privacy policy: https://policy.pinterest.com/privacy-policy (Pinterest Europe Ltd.,
//   Ireland, joint controller with Pinterest, Inc.); cookie policy: https://policy.pinterest.com/cookies;
// - cookies: https://help.pinterest.com/en/business/article/pinterest-tag-parameters-and-cookies
//   (first-party `_pin_unauth`, `_epik`, `_derived_epik`, `_routing_id`, with no durations). The
//   1 year of the first three is from secondary sources; `_routing_id` is left out, as no source
//   states its duration. The `_pinterest_*` cookies are on pinterest.com, out of the page's reach;
// - snippet and hosts: the Pinterest Tag base code (`pintrk` queue, version 3.0,
//   https://s.pinimg.com/ct/core.js, then `pintrk('load', '<tag id>')`); events go to ct.pinterest.com;
// - consent API: none in Pinterest's documentation (help.pinterest.com, developers.pinterest.com).
//   `pintrk('setconsent', …)`, which consent platforms use, is left out as undocumented: the tag
//   loads only after a grant, and withdrawal needs a reload to stop it.
import type { ConsentService } from '../core/services.js';
import { defineService } from './define.js';

export type PinterestTagOptions<C extends string = 'advertising'> = {
  /** The tag's id, a string of digits. */
  tagId: string;
  /** The category it needs. @default 'advertising' */
  category?: C;
};

type Pintrk = ((...command: unknown[]) => void) & { queue: unknown[]; version?: string };

/**
 * Pinterest Tag (Pinterest Europe Ltd.). `pintrk` exists from the start and queues every call, after
 * `pintrk('load', tagId)`; core.js loads only once the category is granted: calls made before a
 * choice are then sent, and never on refusal. Pinterest documents no consent API: on withdrawal its
 * first-party cookies are deleted, and the loaded tag stops only with the next page load.
 */
export function pinterestTag<const C extends string = 'advertising'>({ tagId, category = 'advertising' as C }: PinterestTagOptions<C>): ConsentService<C> {
  return defineService(
    {
      id: 'pinterest-tag',
      name: 'Pinterest Tag',
      company: { name: 'Pinterest Europe Ltd.', country: 'IE' },
      privacyPolicy: 'https://policy.pinterest.com/privacy-policy',
      category,
      purposes: ['Measures the conversions of Pinterest ads', 'Builds audiences for Pinterest ads'],
      cookies: [
        { name: '_pin_unauth', provider: 'Pinterest', purpose: { builtIn: 'adBrowserId' }, duration: { years: 1 } },
        { name: '_epik', provider: 'Pinterest', purpose: { builtIn: 'adClickId' }, duration: { years: 1 } },
        { name: '_derived_epik', provider: 'Pinterest', purpose: { builtIn: 'adBrowserId' }, duration: { years: 1 } },
      ],
      hosts: ['s.pinimg.com', 'ct.pinterest.com'],
    },
    {
      stub(host) {
        if (!host.pintrk) {
          // Pinterest's own snippet's stub, without the script it adds: calls wait in `pintrk.queue`.
          const pintrk: Pintrk = Object.assign((...command: unknown[]) => void pintrk.queue.push(command), {
            queue: [] as unknown[],
            version: '3.0',
          });
          host.pintrk = pintrk;
        }
        (host.pintrk as Pintrk)('load', tagId);
      },
      load(loadScript) {
        void loadScript('https://s.pinimg.com/ct/core.js').catch(() => undefined);
      },
    },
  );
}
