// LinkedIn Insight Tag. Facts from LinkedIn's own pages (see docs/services/advertising.md):
// - company and privacy policy: https://www.linkedin.com/legal/privacy-policy (LinkedIn Ireland
//   Unlimited Company for the EU, EEA and Switzerland); cookie policy:
//   https://www.linkedin.com/legal/cookie-policy;
// - cookies: https://www.linkedin.com/help/lms/answer/a520008 (the tag sets first- and third-party
//   cookies) and https://learn.microsoft.com/linkedin/marketing/conversions/enabling-first-party-cookies
//   (`li_fat_id`, the click id kept in a first-party cookie when enhanced conversion tracking is on).
//   Its 30 days come from a reproduction of https://www.linkedin.com/legal/l/cookie-table, which
//   could not be read in full. `_guid` is left out: the same reproductions disagree on whether it is
//   on the site's domain or on linkedin.com. localStorage `li_adsid` is left out: no duration is
//   stated, and this library deletes cookies only. The rest are on linkedin.com, out of the page's reach;
// - snippet and hosts: the Insight Tag code from Campaign Manager (`_linkedin_partner_id`,
//   `_linkedin_data_partner_ids`, the `lintrk` queue, https://snap.licdn.com/li.lms-analytics/insight.min.js);
//   collection on px.ads.linkedin.com, id sync on www.linkedin.com (secondary sources);
// - consent API: none found (LinkedIn Marketing Solutions help, learn.microsoft.com/linkedin/marketing):
//   the tag loads only after a grant, and withdrawal needs a reload to stop it.
import type { ConsentService } from '../core/services.js';
import { defineService } from './define.js';

export type LinkedinInsightOptions<C extends string = 'advertising'> = {
  /** The Insight Tag's partner id, a string of digits. */
  partnerId: string;
  /** The category it needs. @default 'advertising' */
  category?: C;
};

type Lintrk = ((...command: unknown[]) => void) & { q: unknown[] };

/**
 * LinkedIn Insight Tag (LinkedIn Ireland Unlimited Company). `lintrk` exists from the start and
 * queues every call (`lintrk('track', { conversion_id })`); the partner id is listed in
 * `_linkedin_data_partner_ids` at once, and insight.min.js loads only once the category is granted:
 * calls made before a choice are then sent, and never on refusal. LinkedIn has no consent API: on
 * withdrawal `li_fat_id` is deleted, and the loaded tag stops only with the next page load.
 */
export function linkedinInsight<const C extends string = 'advertising'>({ partnerId, category = 'advertising' as C }: LinkedinInsightOptions<C>): ConsentService<C> {
  return defineService(
    {
      id: 'linkedin-insight',
      name: 'LinkedIn Insight Tag',
      company: { name: 'LinkedIn Ireland Unlimited Company', country: 'IE' },
      privacyPolicy: 'https://www.linkedin.com/legal/privacy-policy',
      category,
      purposes: ['Measures the conversions of LinkedIn ads', 'Builds audiences for LinkedIn ads'],
      cookies: [{ name: 'li_fat_id', provider: 'LinkedIn', purpose: { builtIn: 'adClickId' }, duration: { days: 30 } }],
      hosts: ['snap.licdn.com', 'px.ads.linkedin.com', 'www.linkedin.com'],
    },
    {
      stub(host) {
        // LinkedIn's own snippet, without the script it adds: the partner id is listed, calls wait in `lintrk.q`.
        host._linkedin_partner_id ??= partnerId;
        const partnerIds = (host._linkedin_data_partner_ids ??= []) as unknown[];
        if (!partnerIds.includes(partnerId)) partnerIds.push(partnerId);
        if (!host.lintrk) {
          const lintrk: Lintrk = Object.assign((...command: unknown[]) => void lintrk.q.push(command), { q: [] as unknown[] });
          host.lintrk = lintrk;
        }
      },
      load(loadScript) {
        void loadScript('https://snap.licdn.com/li.lms-analytics/insight.min.js').catch(() => undefined);
      },
    },
  );
}
