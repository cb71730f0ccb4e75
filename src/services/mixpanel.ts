// Mixpanel. Facts from Mixpanel's own documentation and library (see docs/services/analytics.md):
// - company: Mixpanel, Inc., United States, a processor for its customers
//   (https://mixpanel.com/legal/gdpr-faq/); an EU entity or representative was not found;
// - privacy policy: https://mixpanel.com/legal/privacy-policy/ (the address was not seen in a stored
//   copy of the page: re-check it);
// - cookies: https://docs.mixpanel.com/docs/tracking-methods/sdks/javascript (super properties and
//   ids in a cookie, 365 days by default) and mixpanel-js's source (`mp_<token>_mixpanel`). The
//   opt-in/out choice (`__mp_opt_in_out_<token>`) and queued requests (`__mpq_…`) are in localStorage
//   by default, with no lifetime: not declared;
// - snippet and hosts: the JavaScript SDK page (the `mixpanel` array with `_i` and stub methods,
//   `https://cdn.mxpnl.com/libs/mixpanel-2-latest.min.js`; requests to `api-js.mixpanel.com`, or
//   `api-eu.mixpanel.com` with EU data residency, https://docs.mixpanel.com/docs/privacy/eu-residency);
// - consent API: the SDK page, "Privacy-Friendly Tracking" (`opt_in_tracking()` /
//   `opt_out_tracking()`); its `track` option (mixpanel-js's documentation of `opt_in_tracking`)
//   replaces the function that records the `$opt_in` event, so that a grant heard on every page is
//   not counted as an event each time.
import type { ConsentService } from '../core/services.js';
import { defineService } from './define.js';

export type MixpanelOptions<C extends string = 'performance'> = {
  /** The project token. */
  token: string;
  /**
   * Where requests go: `https://api-eu.mixpanel.com` for EU data residency (`api_host` in `init`).
   * @default Mixpanel's own, `https://api-js.mixpanel.com`
   */
  apiHost?: string;
  /** The category it needs. @default 'performance' */
  category?: C;
};

type MixpanelStub = unknown[] & {
  __SV?: number;
  _i?: unknown[][];
  init?: (token: string, config: Record<string, unknown>, name?: string) => void;
  [method: string]: unknown;
};

// The methods Mixpanel's snippet stubs (getters answer undefined until the library loads).
const METHODS =
  'disable time_event track track_pageview track_links track_forms track_with_groups add_group set_group remove_group register register_once alias unregister identify name_tag set_config reset opt_in_tracking opt_out_tracking has_opted_in_tracking has_opted_out_tracking clear_opt_in_out_tracking start_batch_senders people.set people.set_once people.unset people.increment people.append people.union people.track_charge people.clear_charges people.delete_user people.remove'.split(
    ' ',
  );

/**
 * Mixpanel (Mixpanel, Inc.): product analytics. `mixpanel` exists from the start and queues every
 * call, `init` first; the library loads only once the category is granted, after `opt_in_tracking`:
 * calls made before a choice are then sent, and never on refusal. On withdrawal Mixpanel hears
 * `opt_out_tracking` (which, by Mixpanel's default, also deletes an identified user's profile), and
 * its cookie is deleted.
 */
export function mixpanel<const C extends string = 'performance'>({ token, apiHost, category = 'performance' as C }: MixpanelOptions<C>): ConsentService<C> {
  const api = apiHost?.replace(/\/+$/, '');
  return defineService(
    {
      id: 'mixpanel',
      name: 'Mixpanel',
      company: { name: 'Mixpanel, Inc.', country: 'US' },
      privacyPolicy: 'https://mixpanel.com/legal/privacy-policy/',
      category,
      purposes: ['Measures how the site and its features are used'],
      cookies: [{ name: `mp_${token}_mixpanel`, provider: 'Mixpanel', purpose: { builtIn: 'analyticsUserId' }, duration: { days: 365 } }],
      hosts: ['cdn.mxpnl.com', api ? new URL(api).host : 'api-js.mixpanel.com'],
    },
    {
      stub(host) {
        const existing = host.mixpanel;
        // Mixpanel's own snippet's stub, without the script it adds: calls wait in the array. A
        // stub already there is kept, and so is the library once it has replaced it.
        if (existing === undefined || (Array.isArray(existing) && !(existing as MixpanelStub).__SV)) {
          const stub: MixpanelStub = (existing ?? []) as MixpanelStub;
          const queue: unknown[][] = (stub._i = []);
          stub.init = (projectToken, config, name) => {
            const target: MixpanelStub = name === undefined ? stub : (stub[name] = [] as unknown as MixpanelStub);
            target.people ??= [];
            for (const method of METHODS) {
              const [path, key = path] = method.split('.') as [string, string?];
              const owner = (key === path ? target : target[path]) as unknown[] & Record<string, unknown>;
              owner[key] = (...args: unknown[]) => void owner.push([key, ...args]);
            }
            queue.push([projectToken, config, name]);
          };
          stub.__SV = 1.2;
          host.mixpanel = stub;
        }
        const stub = host.mixpanel as MixpanelStub;
        // Once per token: the library, once loaded, starts the queued init.
        if (Array.isArray(stub._i) && !stub._i.some(([queued]) => queued === token)) stub.init?.(token, api ? { api_host: api } : {});
      },
      consent(granted, host) {
        const client = host.mixpanel as { opt_in_tracking: (options?: object) => void; opt_out_tracking: () => void };
        if (granted) client.opt_in_tracking({ track: () => undefined });
        else client.opt_out_tracking();
      },
      load(loadScript) {
        void loadScript('https://cdn.mxpnl.com/libs/mixpanel-2-latest.min.js').catch(() => undefined);
      },
    },
  );
}
