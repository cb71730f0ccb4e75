// TikTok Pixel. Facts from TikTok's own pages (see docs/services/advertising.md):
// - company and privacy policy: https://www.tiktok.com/legal/page/eea/privacy-policy/en (TikTok
//   Technology Limited, Ireland, joint controller with TikTok Information Technologies UK Limited);
// - cookies: https://ads.tiktok.com/help/article?aid=10007540 and
//   https://ads.tiktok.com/help/article/how-to-use-cookies-with-tiktok-pixel (first-party cookies
//   on the site's domain, 13 months after they were set or last used). TikTok names none of them:
//   `_ttp`, `_tt_enable_cookie` and `ttclid` are the names secondary sources give. `ttcsid` /
//   `ttcsid_<pixel id>` (a session id) is left out: no source states its duration. No localStorage
//   key is documented;
// - snippet and host: the base code shown in TikTok Events Manager (the `ttq` queue with its
//   `methods`, and `ttq.load`, which records the pixel in `ttq._i` and adds
//   https://analytics.tiktok.com/i18n/pixel/events.js?sdkid=<pixel id>&lib=ttq);
// - consent API: `ttq.holdConsent()` / `ttq.grantConsent()` / `ttq.revokeConsent()`, in the
//   official base code's method list; TikTok's page on it
//   (https://business-api.tiktok.com/portal/docs/pixel-cookie-consent-mode/v1.3) was not read.
import type { ConsentService } from '../core/services.js';
import { defineService } from './define.js';

export type TiktokPixelOptions<C extends string = 'advertising'> = {
  /** The pixel's code (the `sdkid`), as Events Manager shows it. */
  pixelId: string;
  /** The category it needs. @default 'advertising' */
  category?: C;
};

type Ttq = unknown[] & {
  methods?: string[];
  setAndDefer?: (target: unknown[], method: string) => void;
  instance?: (pixelId: string) => unknown[];
  load?: (pixelId: string, options?: Record<string, unknown>) => void;
  _i?: Record<string, unknown[] & { _u?: string }>;
  _t?: Record<string, number>;
  _o?: Record<string, Record<string, unknown>>;
};

const EVENTS_JS = 'https://analytics.tiktok.com/i18n/pixel/events.js';
// The official base code's method list: each is queued as `[method, ...arguments]`.
const METHODS = ['page', 'track', 'identify', 'instances', 'debug', 'on', 'off', 'once', 'ready', 'alias', 'group', 'enableCookie', 'disableCookie', 'holdConsent', 'revokeConsent', 'grantConsent'];

// What the base code's `ttq.load` records for a pixel, without the script it adds.
function register(ttq: Ttq, pixelId: string, options?: Record<string, unknown>): void {
  ttq._i ??= {};
  if (ttq._i[pixelId]) return;
  ttq._i[pixelId] = Object.assign([], { _u: EVENTS_JS });
  (ttq._t ??= {})[pixelId] = Date.now();
  (ttq._o ??= {})[pixelId] = options ?? {};
}

/**
 * TikTok Pixel (TikTok Technology Limited). `ttq` and its methods (`ttq.page()`, `ttq.track()`…)
 * exist from the start and queue every call, behind `holdConsent`; events.js loads only once the
 * category is granted, after `grantConsent`: calls made before a choice are then sent, and never on
 * refusal. On withdrawal TikTok hears `revokeConsent`, and its first-party cookies are deleted.
 */
export function tiktokPixel<const C extends string = 'advertising'>({ pixelId, category = 'advertising' as C }: TiktokPixelOptions<C>): ConsentService<C> {
  return defineService(
    {
      id: 'tiktok-pixel',
      name: 'TikTok Pixel',
      company: { name: 'TikTok Technology Limited', country: 'IE' },
      privacyPolicy: 'https://www.tiktok.com/legal/page/eea/privacy-policy/en',
      category,
      purposes: ['Measures the conversions of TikTok ads', 'Builds audiences for TikTok ads'],
      cookies: [
        { name: '_ttp', provider: 'TikTok', purpose: { builtIn: 'adBrowserId' }, duration: { months: 13 } },
        { name: '_tt_enable_cookie', provider: 'TikTok', purpose: { builtIn: 'adBrowserId' }, duration: { months: 13 } },
        { name: 'ttclid', provider: 'TikTok', purpose: { builtIn: 'adClickId' }, duration: { months: 13 } },
      ],
      hosts: ['analytics.tiktok.com'],
    },
    {
      stub(host) {
        if (!host.ttq) {
          // TikTok's own base code's stub, without the script its `load` adds: calls wait in `ttq`.
          host.TiktokAnalyticsObject = 'ttq';
          const ttq: Ttq = Object.assign([] as unknown[], { methods: METHODS });
          ttq.setAndDefer = (target, method) => {
            Object.assign(target, { [method]: (...args: unknown[]) => target.push([method, ...args]) });
          };
          for (const method of METHODS) ttq.setAndDefer(ttq, method);
          ttq.instance = (id) => {
            const instance = ttq._i?.[id] ?? [];
            for (const method of METHODS) ttq.setAndDefer?.(instance, method);
            return instance;
          };
          ttq.load = (id, options) => register(ttq, id, options);
          host.ttq = ttq;
          // `ttq.holdConsent()`, before any call: events wait for a decision.
          ttq.push(['holdConsent']);
        }
        register(host.ttq as Ttq, pixelId);
      },
      consent(granted, host) {
        const ttq = host.ttq as { grantConsent?: () => void; revokeConsent?: () => void };
        if (granted) ttq.grantConsent?.();
        else ttq.revokeConsent?.();
      },
      load(loadScript) {
        void loadScript(`${EVENTS_JS}?sdkid=${encodeURIComponent(pixelId)}&lib=ttq`).catch(() => undefined);
      },
    },
  );
}
