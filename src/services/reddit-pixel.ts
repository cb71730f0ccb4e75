// Reddit Pixel. Facts from Reddit's own pages (see docs/services/advertising.md):
// - company and privacy policy: https://www.reddit.com/policies/privacy-policy (Reddit Netherlands
//   B.V. for the EEA and Switzerland); cookie notice: https://www.reddit.com/policies/cookies (the
//   pixel sets advertising cookies on advertisers' sites, with no names or durations);
// - cookies: `_rdt_uuid` (90 days) is from secondary sources only; `_rdt_em` and `_rdt_cid` are
//   left out, as no source states their durations. Reddit's own cookies are on reddit.com, out of
//   the page's reach;
// - snippet and hosts: the base code from Reddit Ads Manager, as reproduced in public code (`rdt`
//   queue `rdt.callQueue`, https://www.redditstatic.com/ads/pixel.js, then
//   `rdt('init', '<pixel id>', { optOut: false, useDecimalCurrencyValues: true })`); events go to
//   alb.reddit.com (secondary sources);
// - consent API: none documented (business.reddithelp.com): the pixel loads only after a grant, and
//   withdrawal needs a reload to stop it. `optOut` and `disable/enableFirstPartyCookies`, seen in
//   public code, are left out as undocumented.
import type { ConsentService } from '../core/services.js';
import { defineService } from './define.js';

export type RedditPixelOptions<C extends string = 'advertising'> = {
  /** The pixel's id, such as `a2_xxxx` or `t2_xxxx`. */
  pixelId: string;
  /** The category it needs. @default 'advertising' */
  category?: C;
};

type Rdt = ((...command: unknown[]) => void) & { callQueue: unknown[]; sendEvent?: (...command: unknown[]) => void };

/**
 * Reddit Pixel (Reddit Netherlands B.V.). `rdt` exists from the start and queues every call, after
 * `rdt('init', pixelId, …)` with the options of Reddit's base code; pixel.js loads only once the
 * category is granted: calls made before a choice are then sent, and never on refusal. Reddit has
 * no consent API: on withdrawal `_rdt_uuid` is deleted, and the loaded pixel stops only with the
 * next page load.
 */
export function redditPixel<const C extends string = 'advertising'>({ pixelId, category = 'advertising' as C }: RedditPixelOptions<C>): ConsentService<C> {
  return defineService(
    {
      id: 'reddit-pixel',
      name: 'Reddit Pixel',
      company: { name: 'Reddit Netherlands B.V.', country: 'NL' },
      privacyPolicy: 'https://www.reddit.com/policies/privacy-policy',
      category,
      purposes: ['Measures the conversions of Reddit ads', 'Builds audiences for Reddit ads'],
      cookies: [{ name: '_rdt_uuid', provider: 'Reddit', purpose: { builtIn: 'adBrowserId' }, duration: { days: 90 } }],
      hosts: ['www.redditstatic.com', 'alb.reddit.com'],
    },
    {
      stub(host) {
        if (!host.rdt) {
          // Reddit's own snippet's stub, without the script it adds: calls wait in `rdt.callQueue`.
          const rdt: Rdt = Object.assign(
            (...command: unknown[]) => {
              if (rdt.sendEvent) rdt.sendEvent(...command);
              else rdt.callQueue.push(command);
            },
            { callQueue: [] as unknown[] },
          );
          host.rdt = rdt;
        }
        (host.rdt as Rdt)('init', pixelId, { optOut: false, useDecimalCurrencyValues: true });
      },
      load(loadScript) {
        void loadScript('https://www.redditstatic.com/ads/pixel.js').catch(() => undefined);
      },
    },
  );
}
