// HubSpot tracking code. Facts from HubSpot's own documentation (see docs/services/support-and-embeds.md):
// - company and privacy policy: https://legal.hubspot.com/privacy-policy (HubSpot, Inc., US; an
//   EU entity is not named in the copies read, so none is given here);
// - cookies: https://knowledge.hubspot.com/privacy-and-consent/what-cookies-does-hubspot-set-in-a-visitor-s-browser
//   (`__hstc` and `hubspotutk` 6 months, `__hssc` 30 minutes, `__hssrc` for the session: HubSpot's
//   analytics cookies; `messagesUtk` 6 months: the chat's; all first-party). HubSpot has changed
//   these durations over time (13 months, 2 years in older copies). Its strictly necessary cookies
//   (`__hs_do_not_track`, which keeps a withdrawal, and those of its own banner and CMS) are not
//   this category's and are not declared; no storage keys are documented;
// - snippet and hosts: https://developers.hubspot.com/docs/api-reference/latest/account/settings/tracking-code/overview
//   and https://knowledge.hubspot.com/reports/install-the-hubspot-tracking-code (the
//   `js.hs-scripts.com/<portal id>.js` loader, id `hs-script-loader`); the loader adds the tracker,
//   banner, collected-forms and chat scripts from the other hosts below (as seen in HubSpot's loader
//   file: HubSpot publishes no list of them). EU-hosted accounts' snippet names
//   `js-eu1.hs-scripts.com`; the global loader is used here;
// - consent API: https://developers.hubspot.com/docs/api-reference/latest/account/settings/consent-banner/consent-banner-api
//   (`disableHubSpotCookieBanner` to use another banner; `_hsp.push(['setHubSpotConsent',
//   { analytics, advertisement, functionality }])`, told again on every page;
//   `_hsp.push(['revokeCookieConsent'])` deletes HubSpot's tracking cookies), and
//   https://developers.hubspot.com/docs/api-reference/latest/account/settings/tracking-code/do-not-track
//   (`_hsq.push(['doNotTrack'])` stops all tracking, even the anonymous page views HubSpot still
//   counts without consent; `['doNotTrack', { track: true }]` lifts it, per
//   https://developers.hubspot.com/docs/methods/tracking_code_api/remove_cookies).
import type { ConsentService } from '../core/services.js';
import { defineService } from './define.js';

export type HubSpotOptions<C extends string = 'performance'> = {
  /** The HubSpot account's id (Hub ID), the digits in the embed code's `<portal id>.js`. */
  portalId: string;
  /** The category it needs. @default 'performance' */
  category?: C;
};

type CommandQueue = { push: (command: unknown[]) => unknown };

/**
 * HubSpot tracking code (HubSpot, Inc.): visits, linked to the site's HubSpot contacts. `_hsq` and
 * `_hsp` exist from the start and queue every call, and HubSpot's own banner is turned off; the
 * loader comes only once the category is granted, after HubSpot is told the choice
 * (`setHubSpotConsent` with analytics granted, advertisement and functionality denied: they are not
 * this category's), so calls made before a choice are then sent; on refusal, never. On withdrawal
 * HubSpot hears the refusal, `revokeCookieConsent` and `doNotTrack`, and its cookies are deleted.
 */
export function hubspot<const C extends string = 'performance'>({ portalId, category = 'performance' as C }: HubSpotOptions<C>): ConsentService<C> {
  return defineService(
    {
      id: 'hubspot',
      name: 'HubSpot',
      company: { name: 'HubSpot, Inc.', country: 'US' },
      privacyPolicy: 'https://legal.hubspot.com/privacy-policy',
      category,
      purposes: ['Measures visits and links them to the site’s contacts in HubSpot'],
      cookies: [
        { name: '__hstc', provider: 'HubSpot', purpose: { builtIn: 'analyticsUserId' }, duration: { months: 6 } },
        { name: 'hubspotutk', provider: 'HubSpot', purpose: { builtIn: 'analyticsUserId' }, duration: { months: 6 } },
        { name: '__hssc', provider: 'HubSpot', purpose: { builtIn: 'analyticsSession' }, duration: { minutes: 30 } },
        { name: '__hssrc', provider: 'HubSpot', purpose: { builtIn: 'analyticsSession' }, duration: { session: true } },
        { name: 'messagesUtk', provider: 'HubSpot', purpose: { builtIn: 'gaClientId' }, duration: { months: 6 } },
      ],
      hosts: ['js.hs-scripts.com', 'js.hs-analytics.net', 'js.hs-banner.com', 'js.hscollectedforms.net', 'js.usemessages.com', 'track.hubspot.com'],
    },
    {
      stub(host) {
        // HubSpot's command queues, read by its tracker once loaded; this library is the banner.
        host._hsq ??= [];
        host._hsp ??= [];
        host.disableHubSpotCookieBanner ??= true;
      },
      consent(granted, host) {
        const tracker = host._hsq as CommandQueue;
        const privacy = host._hsp as CommandQueue;
        privacy.push(['setHubSpotConsent', { analytics: granted, advertisement: false, functionality: false }]);
        if (granted) {
          tracker.push(['doNotTrack', { track: true }]);
        } else {
          privacy.push(['revokeCookieConsent']);
          tracker.push(['doNotTrack']);
        }
      },
      load(loadScript) {
        void loadScript(`https://js.hs-scripts.com/${encodeURIComponent(portalId)}.js`, { id: 'hs-script-loader', defer: true }).catch(() => undefined);
      },
    },
  );
}
