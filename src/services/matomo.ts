// Matomo (On-Premise, self-hosted, and Matomo Cloud). Facts from Matomo's own documentation (see
// docs/services/analytics.md):
// - company: Matomo Cloud is run by InnoCraft Limited (New Zealand), a processor:
//   https://matomo.org/matomo-cloud-privacy-policy/ and https://matomo.org/matomo-cloud-dpa/. A
//   self-hosted Matomo sends its data to no vendor: the site's operator runs it, so it names itself;
// - cookies: https://matomo.org/faq/general/faq_146/ (`_pk_id` 13 months, `_pk_ref` 6 months,
//   `_pk_ses`, `_pk_cvar` and `_pk_hsr` 30 minutes, `mtm_consent_removed` 30 years), named
//   `<name>.<site id>.<domain hash>` (tracker source, `getCookieName`). `_pk_testcookie` is deleted as
//   soon as it is set and left out; `matomo_ignore`, `MATOMO_SESSID` and `_pk_uid` live on the
//   Matomo server's domain, out of the page's reach;
// - snippet and hosts: https://developer.matomo.org/guides/tracking-javascript-guide (`_paq`, then
//   `<url>matomo.js` and `<url>matomo.php`). Matomo Cloud's generated snippet may load matomo.js from
//   `cdn.matomo.cloud` instead; the CDN is optional (sub-processor list), this module uses `<url>`;
// - consent API: https://developer.matomo.org/guides/tracking-consent (`requireConsent` before
//   anything else, `setConsentGiven` on each page once granted, `forgetConsentGiven` on withdrawal,
//   which also sets `mtm_consent_removed`).
import type { ServiceCompany } from '../core/services.js';
import type { ConsentService } from '../core/services.js';
import { defineService } from './define.js';

export type MatomoOptions<C extends string = 'performance'> = {
  /**
   * The tracker's base URL, where `matomo.js` and `matomo.php` are: your own Matomo
   * (`https://matomo.example.com/`) or your Matomo Cloud account (`https://example.matomo.cloud/`).
   */
  url: string;
  /** The site's id in Matomo. */
  siteId: string | number;
  /** The category it needs. @default 'performance' */
  category?: C;
  /**
   * Who runs it. Matomo Cloud: InnoCraft Limited (NZ) by default. A self-hosted Matomo sends its data
   * to no vendor: name the site's operator (required then).
   */
  company?: ServiceCompany;
  /** The privacy policy that covers it. Matomo Cloud: InnoCraft's by default; self-hosted: the site's own (required then). */
  privacyPolicy?: string;
};

type Paq = unknown[][];

const CLOUD_HOST = /(^|\.)matomo\.cloud$/i;

/**
 * Matomo (self-hosted, or Matomo Cloud by InnoCraft Limited). `window._paq` exists from the start and
 * keeps every command; `requireConsent` comes first, so Matomo sends nothing and sets no cookie until
 * `setConsentGiven`, which comes with the grant, before matomo.js loads. Commands pushed before a
 * choice (`['trackPageView']`, which the site pushes as Matomo's snippet does) are then sent, and
 * never on refusal. On withdrawal Matomo hears `forgetConsentGiven`, and its cookies are deleted.
 */
export function matomo<const C extends string = 'performance'>({ url, siteId, category = 'performance' as C, company, privacyPolicy }: MatomoOptions<C>): ConsentService<C> {
  if (!/^(?:https?:)?\/\//i.test(url)) throw new Error(`matomo({ url: '${url}' }): url must be the tracker's absolute base URL, such as https://matomo.example.com/.`);
  const base = url.endsWith('/') ? url : `${url}/`;
  // A protocol-relative URL, as Matomo's own snippet writes it, is read as https.
  const { host, hostname } = new URL(base, 'https://localhost');
  const cloud = CLOUD_HOST.test(hostname);
  const operator = company ?? (cloud ? { name: 'InnoCraft Limited', country: 'NZ' } : undefined);
  const policy = privacyPolicy ?? (cloud ? 'https://matomo.org/matomo-cloud-privacy-policy/' : undefined);
  if (!operator || !policy) {
    throw new Error(
      `matomo({ url: '${url}' }): a self-hosted Matomo sends its data to no vendor, so the site names who runs it: give company ({ name, country }) and privacyPolicy.`,
    );
  }
  return defineService(
    {
      id: 'matomo',
      name: 'Matomo',
      company: operator,
      privacyPolicy: policy,
      category,
      purposes: ['Measures visits, page views and referrers'],
      cookies: [
        { name: /^_pk_id\./, provider: 'Matomo', purpose: { builtIn: 'analyticsUserId' }, duration: { months: 13 } },
        { name: /^_pk_ref\./, provider: 'Matomo', purpose: { builtIn: 'gaSessionState' }, duration: { months: 6 } },
        { name: /^_pk_ses\./, provider: 'Matomo', purpose: { builtIn: 'analyticsSession' }, duration: { minutes: 30 } },
        { name: /^_pk_cvar\./, provider: 'Matomo', purpose: { builtIn: 'analyticsSession' }, duration: { minutes: 30 } },
        { name: /^_pk_hsr\./, provider: 'Matomo', purpose: { builtIn: 'analyticsSession' }, duration: { minutes: 30 } },
        { name: 'mtm_consent_removed', provider: 'Matomo', purpose: { builtIn: 'gaSessionState' }, duration: { years: 30 } },
      ],
      hosts: [host],
    },
    {
      stub(page) {
        // Matomo's own snippet's queue, without the script it adds: commands wait in `_paq`.
        const paq = (page._paq ??= []) as Paq;
        paq.push(['requireConsent'], ['setTrackerUrl', `${base}matomo.php`], ['setSiteId', String(siteId)]);
      },
      consent(granted, page) {
        (page._paq as Paq).push([granted ? 'setConsentGiven' : 'forgetConsentGiven']);
      },
      load(loadScript) {
        void loadScript(`${base}matomo.js`).catch(() => undefined);
      },
    },
  );
}
