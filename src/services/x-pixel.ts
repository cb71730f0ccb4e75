// X (Twitter) Pixel. Facts from X's own pages (see docs/services/advertising.md):
// - company and privacy policy: https://x.com/en/privacy (Twitter International Unlimited Company,
//   Ireland, for the EU, the EFTA states and the UK, in the copy of May 2023; it may have been
//   renamed since); cookies: https://help.x.com/en/rules-and-policies/x-cookies;
// - cookies: X lists only its own cookies on x.com, twitter.com and t.co (out of the page's reach),
//   with no durations; its conversion-tracking help says the pixel may also use first-party
//   cookies. `_twclid` (the `twclid` click id, named by secondary sources only) is left out: no
//   source states its duration;
// - snippet and hosts: the base code from X Ads Manager, as reproduced in public code (`twq` queue,
//   version 1.1, https://static.ads-twitter.com/uwt.js, then `twq('config', '<pixel id>')`);
//   conversions go to analytics.twitter.com and t.co (secondary sources);
// - consent API: none found (business.x.com help, docs.x.com): the pixel loads only after a grant,
//   and withdrawal needs a reload to stop it.
import type { ConsentService } from '../core/services.js';
import { defineService } from './define.js';

export type XPixelOptions<C extends string = 'advertising'> = {
  /** The pixel's id, such as `o1abc`. */
  pixelId: string;
  /** The category it needs. @default 'advertising' */
  category?: C;
};

type Twq = ((...command: unknown[]) => void) & { queue: unknown[]; exe?: (...command: unknown[]) => void; version?: string };

/**
 * X Pixel (Twitter International Unlimited Company). `twq` exists from the start and queues every
 * call, after `twq('config', pixelId)`; uwt.js loads only once the category is granted: calls made
 * before a choice are then sent, and never on refusal. X has no consent API: the loaded pixel stops
 * only with the next page load.
 */
export function xPixel<const C extends string = 'advertising'>({ pixelId, category = 'advertising' as C }: XPixelOptions<C>): ConsentService<C> {
  return defineService(
    {
      id: 'x-pixel',
      name: 'X Pixel',
      company: { name: 'Twitter International Unlimited Company', country: 'IE' },
      privacyPolicy: 'https://x.com/en/privacy',
      category,
      purposes: ['Measures the conversions of X ads', 'Builds audiences for X ads'],
      cookies: [],
      hosts: ['static.ads-twitter.com', 'analytics.twitter.com', 't.co'],
    },
    {
      stub(host) {
        if (!host.twq) {
          // X's own snippet's stub, without the script it adds: calls wait in `twq.queue`.
          const twq: Twq = Object.assign(
            (...command: unknown[]) => {
              if (twq.exe) twq.exe(...command);
              else twq.queue.push(command);
            },
            { queue: [] as unknown[], version: '1.1' },
          );
          host.twq = twq;
        }
        (host.twq as Twq)('config', pixelId);
      },
      load(loadScript) {
        void loadScript('https://static.ads-twitter.com/uwt.js').catch(() => undefined);
      },
    },
  );
}
