// Microsoft Advertising UET tag. Facts from Microsoft's own pages (see docs/services/advertising.md):
// - company and privacy policy: https://privacy.microsoft.com/privacystatement (Microsoft
//   Corporation; Microsoft Ireland Operations Limited is named only as the EU contact);
// - cookies: https://learn.microsoft.com/en-us/advertising/msa-help/hlp_ba_conc_uet_parameters_table
//   (the `msclkid` click id belongs in a first-party cookie) and
//   https://help.ads.microsoft.com/apex/index/3/en/53056 (a Microsoft cookie, data kept up to 390 days).
//   Microsoft names none of them: `_uetsid` (1 day), `_uetvid` (13 months) and `_uetmsclkid`
//   (90 days) are from secondary sources. Their copies in localStorage / sessionStorage are left out:
//   this library deletes cookies only. `MUID` is on bing.com, out of the page's reach;
// - snippet and host: the UET tag returned by the Microsoft Advertising API (`uetq` queue; once
//   https://bat.bing.com/bat.js has loaded, `uetq = new UET({ ti, q: uetq })` and `pageLoad`);
//   `enableAutoSpaTracking` is left out, as it is not in that tag;
// - consent API: UET Consent Mode, required for the EEA, the UK and Switzerland
//   (https://learn.microsoft.com/en-us/advertising/msa-help/hlp_ba_proc_uetv2addtag;
//   https://help.ads.microsoft.com/#apex/ads/en/60119): `uetq.push('consent', 'default' | 'update',
//   { ad_storage })`, its exact calls as consent platforms quote them.
import type { ConsentService } from '../core/services.js';
import { defineService, pageGlobal } from './define.js';

export type MicrosoftUetOptions<C extends string = 'advertising'> = {
  /** The UET tag's id (`ti`). */
  tagId: string;
  /** The category it needs. @default 'advertising' */
  category?: C;
};

type Uetq = { push: (...command: unknown[]) => unknown };
type UetConstructor = new (options: { ti: string; q: unknown }) => Uetq;

/**
 * Microsoft Advertising UET tag (Microsoft Corporation). `uetq` exists from the start and queues
 * every `uetq.push(…)`, after `consent default` with `ad_storage` denied; bat.js loads only once the
 * category is granted, after `consent update` with `ad_storage` granted, and then replays the queue
 * and sends `pageLoad`: calls made before a choice are then sent, and never on refusal. On
 * withdrawal UET hears `ad_storage` denied, and its first-party cookies are deleted.
 */
export function microsoftUet<const C extends string = 'advertising'>({ tagId, category = 'advertising' as C }: MicrosoftUetOptions<C>): ConsentService<C> {
  return defineService(
    {
      id: 'microsoft-uet',
      name: 'Microsoft Advertising UET',
      company: { name: 'Microsoft Corporation', country: 'US' },
      privacyPolicy: 'https://privacy.microsoft.com/privacystatement',
      category,
      purposes: ['Measures the conversions of Microsoft ads', 'Builds remarketing audiences for Microsoft ads'],
      cookies: [
        { name: '_uetsid', provider: 'Microsoft Advertising', purpose: { builtIn: 'adBrowserId' }, duration: { days: 1 } },
        { name: '_uetvid', provider: 'Microsoft Advertising', purpose: { builtIn: 'adBrowserId' }, duration: { months: 13 } },
        { name: '_uetmsclkid', provider: 'Microsoft Advertising', purpose: { builtIn: 'adClickId' }, duration: { days: 90 } },
      ],
      hosts: ['bat.bing.com'],
    },
    {
      stub(host) {
        // Microsoft's own snippet's queue, without the script it adds: calls wait in `uetq`.
        if (!host.uetq) {
          const uetq: unknown[] = [];
          host.uetq = uetq;
          uetq.push('consent', 'default', { ad_storage: 'denied' });
        }
      },
      consent(granted, host) {
        (host.uetq as Uetq).push('consent', 'update', { ad_storage: granted ? 'granted' : 'denied' });
      },
      load(loadScript) {
        void loadScript('https://bat.bing.com/bat.js')
          .then(() => {
            // The snippet's onload: UET takes over the queue, then counts the page.
            const host = pageGlobal();
            const UET = host.UET as UetConstructor | undefined;
            if (typeof UET !== 'function' || !Array.isArray(host.uetq)) return;
            const uetq = new UET({ ti: tagId, q: host.uetq });
            host.uetq = uetq;
            uetq.push('pageLoad');
          })
          .catch(() => undefined);
      },
    },
  );
}
