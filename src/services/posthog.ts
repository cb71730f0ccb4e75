// PostHog. Facts from PostHog's own documentation (see docs/services/analytics.md):
// - company and privacy policy: https://posthog.com/privacy (PostHog Inc., United States; PostHog
//   Cloud EU is hosted in Frankfurt; an EU representative was not found);
// - cookies: https://posthog.com/docs/libraries/js/persistence (`ph_<project key>_posthog`, 365 days,
//   with the distinct and session ids; the rest of its state is in localStorage). The stored
//   opt-in/out choice (`__ph_opt_in_out_<key>`) is in localStorage by default, its cookie lifetime
//   is not documented: not declared;
// - hosts: https://posthog.com/docs/advanced/content-security-policy (`us.i.posthog.com` /
//   `eu.i.posthog.com` and their `-assets` hosts; PostHog advises allowing `*.posthog.com`);
// - snippet: https://posthog.com/docs/libraries/js (the `posthog` array with `_i` and stub methods,
//   then `<api host with -assets>/static/array.js`);
// - consent API: https://posthog.com/docs/privacy/data-collection (`opt_in_capturing()` /
//   `opt_out_capturing()`; `captureEventName: false` skips the `$opt_in` event, per posthog-js's
//   types, so that a grant heard on every page is not counted as an event each time).
import type { ConsentService } from '../core/services.js';
import { defineService } from './define.js';

export type PostHogOptions<C extends string = 'performance'> = {
  /** The project API key, `phc_…`. */
  apiKey: string;
  /**
   * Where events go: `https://eu.i.posthog.com` for PostHog Cloud EU, or a reverse proxy.
   * @default 'https://us.i.posthog.com'
   */
  apiHost?: string;
  /** The category it needs. @default 'performance' */
  category?: C;
};

type PostHogStub = unknown[] & {
  __SV?: number;
  _i?: unknown[][];
  init?: (token: string, config: Record<string, unknown>, name?: string) => void;
  [method: string]: unknown;
};

// The methods PostHog's snippet stubs (getters answer undefined until the library loads).
const METHODS =
  'capture identify alias people.set people.set_once set_config register register_once unregister opt_out_capturing has_opted_out_capturing opt_in_capturing has_opted_in_capturing get_explicit_consent_status clear_opt_in_out_capturing reset isFeatureEnabled onFeatureFlags getFeatureFlag getFeatureFlagPayload reloadFeatureFlags group updateEarlyAccessFeatureEnrollment getEarlyAccessFeatures getActiveMatchingSurveys getSurveys startSessionRecording stopSessionRecording'.split(' ');

/**
 * PostHog (PostHog Inc.): product analytics and session replay. `posthog` exists from the start and
 * queues every call, `init` first; array.js loads only once the category is granted, after
 * `opt_in_capturing`: calls made before a choice are then sent, and never on refusal. On withdrawal
 * PostHog hears `opt_out_capturing`, and its cookie is deleted. Other settings go through
 * `posthog.set_config({ … })`, which is queued too.
 */
export function posthog<const C extends string = 'performance'>({ apiKey, apiHost = 'https://us.i.posthog.com', category = 'performance' as C }: PostHogOptions<C>): ConsentService<C> {
  const api = apiHost.replace(/\/+$/, '');
  const assets = api.replace('.i.posthog.com', '-assets.i.posthog.com');
  return defineService(
    {
      id: 'posthog',
      name: 'PostHog',
      company: { name: 'PostHog Inc.', country: 'US' },
      privacyPolicy: 'https://posthog.com/privacy',
      category,
      purposes: ['Measures how the site is used', 'Records sessions for replay'],
      cookies: [{ name: `ph_${apiKey}_posthog`, provider: 'PostHog', purpose: { builtIn: 'analyticsUserId' }, duration: { days: 365 } }],
      hosts: [...new Set([new URL(api).host, new URL(assets).host])],
    },
    {
      stub(host) {
        const existing = host.posthog;
        // PostHog's own snippet's stub, without the script it adds: calls wait in the array. A
        // stub already there is kept, and so is the library once it has replaced it.
        if (existing === undefined || (Array.isArray(existing) && !(existing as PostHogStub).__SV)) {
          const stub: PostHogStub = (existing ?? []) as PostHogStub;
          const queue: unknown[][] = (stub._i = []);
          stub.init = (token, config, name) => {
            const target: PostHogStub = name === undefined ? stub : (stub[name] = [] as unknown as PostHogStub);
            target.people ??= [];
            for (const method of METHODS) {
              const [path, key = path] = method.split('.') as [string, string?];
              const owner = (key === path ? target : target[path]) as unknown[] & Record<string, unknown>;
              owner[key] = (...args: unknown[]) => void owner.push([key, ...args]);
            }
            queue.push([token, config, name]);
          };
          stub.__SV = 1;
          host.posthog = stub;
        }
        const stub = host.posthog as PostHogStub;
        // Once per key: the library, once loaded, starts each queued init.
        if (Array.isArray(stub._i) && !stub._i.some(([token]) => token === apiKey)) stub.init?.(apiKey, { api_host: api });
      },
      consent(granted, host) {
        const client = host.posthog as { opt_in_capturing: (options?: object) => void; opt_out_capturing: () => void };
        if (granted) client.opt_in_capturing({ captureEventName: false });
        else client.opt_out_capturing();
      },
      load(loadScript) {
        void loadScript(`${assets}/static/array.js`, { crossOrigin: 'anonymous' }).catch(() => undefined);
      },
    },
  );
}
