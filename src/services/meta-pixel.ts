// Meta Pixel. Facts from Meta's own documentation (see docs/services/advertising.md):
// - company and privacy policy: https://www.facebook.com/privacy/policy/ (Meta Platforms Ireland
//   Limited for the European Region);
// - cookies: https://www.facebook.com/privacy/policies/cookies/ and
//   https://developers.facebook.com/docs/marketing-api/conversions-api/parameters/fbp-and-fbc/
//   (`_fbp`, `_fbc`: 90 days, on the site's domain; the rest are on facebook.com);
// - snippet and hosts: https://developers.facebook.com/docs/meta-pixel/get-started;
// - consent API: https://developers.facebook.com/docs/meta-pixel/implementation/gdpr
//   (`fbq('consent', 'revoke')` before `init` holds every event; `'grant'` releases them).
import type { ConsentService } from '../core/services.js';
import { defineService, type ServiceBehaviour } from './define.js';

export type MetaPixelOptions<C extends string = 'advertising'> = {
  /** The pixel's id, a string of digits. */
  pixelId: string;
  /** The category it needs. @default 'advertising' */
  category?: C;
};

/**
 * The `fbq` function the service puts on the page from the start, typed for the calls a site makes
 * itself: the page view (`fbq('track', 'PageView')`, which the service does not send), standard and
 * custom events. Calls wait on the page until the category is granted.
 */
export type MetaPixelFbq = {
  (command: 'track' | 'trackCustom', event: string, parameters?: Readonly<Record<string, unknown>>, options?: { eventID?: string }): void;
  (command: 'trackSingle' | 'trackSingleCustom', pixelId: string, event: string, parameters?: Readonly<Record<string, unknown>>): void;
  (command: string, ...rest: unknown[]): void;
};

type Fbq = ((...command: unknown[]) => void) & { queue: unknown[]; callMethod?: (...command: unknown[]) => void; push?: unknown; loaded?: boolean; version?: string };

/**
 * Meta Pixel (Meta Platforms Ireland Limited). `fbq` exists from the start and queues every call;
 * the consent API holds them (`revoke` is queued before `init`) and fbevents.js loads only once the
 * category is granted, with `grant`: calls made before a choice are then sent, and never on refusal.
 * On withdrawal Meta hears `revoke`, and `_fbp` and `_fbc` are deleted.
 */
export function metaPixel<const C extends string = 'advertising'>({ pixelId, category = 'advertising' as C }: MetaPixelOptions<C>): ConsentService<C> {
  const behaviour: ServiceBehaviour = {
    stub(host) {
      if (!host.fbq) {
        // Meta's own snippet's stub, without the script it adds: calls wait in `fbq.queue`.
        const fbq: Fbq = Object.assign(
          (...command: unknown[]) => {
            if (fbq.callMethod) fbq.callMethod(...command);
            else fbq.queue.push(command);
          },
          { queue: [] as unknown[] },
        );
        fbq.push = fbq;
        fbq.loaded = true;
        fbq.version = '2.0';
        host.fbq = fbq;
        host._fbq ??= fbq;
        fbq('consent', 'revoke');
      }
      (host.fbq as Fbq)('init', pixelId);
    },
    consent(granted, host) {
      (host.fbq as Fbq)('consent', granted ? 'grant' : 'revoke');
    },
    load(loadScript) {
      void loadScript('https://connect.facebook.net/en_US/fbevents.js').catch(() => undefined);
    },
  };
  return defineService(
    {
      id: 'meta-pixel',
      name: 'Meta Pixel',
      company: { name: 'Meta Platforms Ireland Limited', country: 'IE' },
      privacyPolicy: 'https://www.facebook.com/privacy/policy/',
      category,
      purposes: ['Measures the conversions of Meta ads', 'Builds audiences for Meta ads'],
      cookies: [
        { name: '_fbp', provider: 'Meta', purpose: { builtIn: 'adBrowserId' }, duration: { days: 90 } },
        { name: '_fbc', provider: 'Meta', purpose: { builtIn: 'adClickId' }, duration: { days: 90 } },
      ],
      hosts: ['connect.facebook.net', 'www.facebook.com'],
    },
    behaviour,
  );
}
