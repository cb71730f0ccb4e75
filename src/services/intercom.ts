// Intercom Messenger. Facts from Intercom's own documentation (see docs/services/support-and-embeds.md):
// - company and privacy policy: https://www.intercom.com/legal/privacy (Intercom R&D Unlimited
//   Company, Dublin, for customers outside a short list of US states:
//   https://www.intercom.com/terms-and-policies);
// - cookies: https://www.intercom.com/help/en/articles/2361922-intercom-messenger-cookies and
//   https://preferences.intercom.com/legal/product-privacy-notice (`intercom-id-<app id>` 9 months,
//   `intercom-session-<app id>` 1 week, `intercom-device-id-<app id>` 9 months, all first-party on
//   the site's domain); Intercom documents no localStorage or sessionStorage keys, so none are
//   declared here;
// - snippet and hosts: https://developers.intercom.com/installing-intercom/web/installation
//   (`intercomSettings` with `app_id` and `api_base`, the `Intercom.q` stub, the
//   `widget.intercom.io/widget/<app id>` loader) and
//   https://www.intercom.com/help/en/articles/3894-using-intercom-with-content-security-policy
//   (the Messenger also contacts further regional API, websocket, upload and attachment hosts,
//   which change over time: only the loader's, the CDN's and the API's are listed);
// - regional API bases from Intercom's npm package `@intercom/messenger-js-sdk` (`constants.ts`):
//   `https://api-iam.intercom.io` (US), `https://api-iam.eu.intercom.io` (EU),
//   `https://api-iam.au.intercom.io` (Australia);
// - consent API: none (https://developers.intercom.com/installing-intercom/web/methods lists no
//   grant or revoke call). `Intercom('shutdown')` ends the session and clears what the JavaScript
//   API was told (https://www.intercom.com/help/en/articles/170-integrate-intercom-in-a-single-page-app);
//   `Intercom('boot', settings)` starts it again.
import type { ConsentService } from '../core/services.js';
import { defineService } from './define.js';

export type IntercomOptions<C extends string = 'support'> = {
  /** The workspace's id (Intercom's `app_id`). */
  appId: string;
  /**
   * The API of the workspace's hosting region (Intercom's `api_base`):
   * `https://api-iam.eu.intercom.io` for Europe, `https://api-iam.au.intercom.io` for Australia.
   * @default 'https://api-iam.intercom.io'
   */
  apiBase?: string;
  /** The category it needs. @default 'support': a category of its own, asked like any other (a chat widget identifies visitors before anyone opens it); give `category` to file it elsewhere */
  category?: C;
};

type Intercom = ((...command: unknown[]) => void) & { q?: unknown[]; c?: (command: unknown[]) => void };

const US_API_BASE = 'https://api-iam.intercom.io';

function hostOf(address: string): string {
  try {
    return new URL(address).hostname;
  } catch {
    return address;
  }
}

/**
 * Intercom Messenger (Intercom R&D Unlimited Company): live chat and in-app messages.
 * `Intercom` exists from the start and queues every call, and `intercomSettings` holds the
 * workspace's id; the Messenger loads only once the category is granted, and then boots from
 * `intercomSettings` and runs the calls made before a choice. On refusal nothing is sent. Intercom
 * has no consent API: on withdrawal the Messenger is shut down (`Intercom('shutdown')`) and its
 * cookies are deleted; a later grant on the same page boots it again.
 */
export function intercom<const C extends string = 'support'>({ appId, apiBase = US_API_BASE, category = 'support' as C }: IntercomOptions<C>): ConsentService<C> {
  let shutDown = false;
  return defineService(
    {
      id: 'intercom',
      name: 'Intercom',
      company: { name: 'Intercom R&D Unlimited Company', country: 'IE' },
      privacyPolicy: 'https://www.intercom.com/legal/privacy',
      category,
      purposes: ['Live chat and messages with the site’s team'],
      cookies: [
        { name: `intercom-id-${appId}`, provider: 'Intercom', purpose: { builtIn: 'gaClientId' }, duration: { months: 9 } },
        { name: `intercom-session-${appId}`, provider: 'Intercom', purpose: { builtIn: 'gaSessionState' }, duration: { days: 7 } },
        { name: `intercom-device-id-${appId}`, provider: 'Intercom', purpose: { builtIn: 'gaClientId' }, duration: { months: 9 } },
      ],
      hosts: ['widget.intercom.io', 'js.intercomcdn.com', hostOf(apiBase)],
    },
    {
      stub(host) {
        // Intercom's own snippet's settings and stub, without the script it adds: calls wait in `Intercom.q`.
        const settings = (host.intercomSettings ??= {}) as Record<string, unknown>;
        settings.app_id ??= appId;
        settings.api_base ??= apiBase;
        if (typeof host.Intercom !== 'function') {
          const stub: Intercom = Object.assign((...command: unknown[]) => stub.c!(command), { q: [] as unknown[] });
          stub.c = (command) => stub.q!.push(command);
          host.Intercom = stub;
        }
      },
      consent(granted, host) {
        const messenger = host.Intercom as Intercom;
        if (!granted) {
          messenger('shutdown');
          shutDown = true;
        } else if (shutDown) {
          messenger('boot', host.intercomSettings);
          shutDown = false;
        }
      },
      load(loadScript) {
        void loadScript(`https://widget.intercom.io/widget/${encodeURIComponent(appId)}`).catch(() => undefined);
      },
    },
  );
}
