import { afterEach, describe, expect, it } from 'vitest';
import { createConsentStore, createMemoryStorage, defineConsentConfig, type ConsentService } from '@weroom/cookie-consent';
import { googleTagManager } from '../../src/services/google-tag-manager.js';
import { hotjar } from '../../src/services/hotjar.js';
import { matomo } from '../../src/services/matomo.js';
import { mixpanel } from '../../src/services/mixpanel.js';
import { plausible } from '../../src/services/plausible.js';
import { posthog } from '../../src/services/posthog.js';
// The store's effects (what makes the signals heard), as <ConsentProvider> starts them.
import { startConsentEffects } from '../../src/core/consent-effects.js';
import { pageCookies } from '../helpers';

type Queued = ((...command: unknown[]) => void) & { q: unknown[][] };
type Stubbed = unknown[][] & { _i: unknown[][]; [method: string]: unknown };
const host = window as unknown as Record<string, unknown>;
const GLOBALS = ['dataLayer', '_paq', 'plausible', 'posthog', 'hj', '_hjSettings', 'mixpanel'];
const scripts = () => [...document.querySelectorAll<HTMLScriptElement>('script[src]')];
const sources = () => scripts().map((script) => script.getAttribute('src'));

afterEach(() => {
  for (const name of GLOBALS) delete host[name];
  document.querySelectorAll('script').forEach((script) => script.remove());
});

/** A store with the service listed, its effects and the store (which starts the service) started, as the provider does. */
function started(service: ConsentService<'performance'>) {
  const config = defineConsentConfig({ revision: 1, categories: { features: { required: true }, performance: {}, advertising: {} }, services: [service] });
  const store = createConsentStore(config, { storage: createMemoryStorage(), nonce: 'n' });
  startConsentEffects(store);
  store.start();
  return store;
}

function expectNoScriptBeforeChoiceNorAfterRefusal(service: ConsentService<'performance'>) {
  const store = started(service);
  expect(scripts()).toEqual([]);
  store.rejectAll();
  expect(scripts()).toEqual([]);
}

function expectLoadedOnGrant(service: ConsentService<'performance'>, expected: string[]) {
  const store = started(service);
  store.acceptAll();
  expect(sources()).toEqual(expected);
  expect(scripts().every((script) => script.nonce === 'n')).toBe(true);
  return store;
}

describe('the analytics services’ declarations (SVC-3)', () => {
  it.each([
    [() => googleTagManager({ containerId: 'GTM-ABC123' }), 'Google Ireland Limited', 'IE', 'performance', [], ['www.googletagmanager.com', 'www.google.com']],
    [() => matomo({ url: 'https://example.matomo.cloud/', siteId: 1 }), 'InnoCraft Limited', 'NZ', 'performance', ['/^_pk_id\\./', '/^_pk_ref\\./', '/^_pk_ses\\./', '/^_pk_cvar\\./', '/^_pk_hsr\\./', 'mtm_consent_removed'], ['example.matomo.cloud']],
    [() => plausible({ domain: 'example.com' }), 'Plausible Insights OÜ', 'EE', 'performance', [], ['plausible.io']],
    [() => posthog({ apiKey: 'phc_key' }), 'PostHog Inc.', 'US', 'performance', ['ph_phc_key_posthog'], ['us.i.posthog.com', 'us-assets.i.posthog.com']],
    [() => hotjar({ siteId: 123 }), 'Hotjar Limited', 'MT', 'performance', ['_hjSessionUser_123', '_hjSession_123', '_hjHasCachedUserAttributes', '_hjUserAttributesHash'], ['static.hotjar.com']],
    [() => mixpanel({ token: 'tok' }), 'Mixpanel, Inc.', 'US', 'performance', ['mp_tok_mixpanel'], ['cdn.mxpnl.com', 'api-js.mixpanel.com']],
  ])('%#: names its company, privacy policy, category, cookies with durations and hosts', (create, company, country, category, cookies, hosts) => {
    const service = create();
    expect(service.company).toEqual({ name: company, country });
    expect(service.privacyPolicy).toMatch(/^https:\/\//);
    expect(service.category).toBe(category);
    expect(service.cookies.map((cookie) => String(cookie.name))).toEqual(cookies);
    for (const cookie of service.cookies) {
      expect(cookie.duration).toBeTruthy();
      expect(cookie.purpose).toHaveProperty('builtIn');
      if (cookie.name instanceof RegExp) expect(cookie.name.flags).not.toMatch(/[gy]/);
    }
    expect(service.hosts).toEqual(hosts);
  });

  it('takes another category where the site chooses one', () => {
    expect(googleTagManager({ containerId: 'GTM-1', category: 'advertising' }).category).toBe('advertising');
    expect(mixpanel({ token: 't', category: 'statistics' }).category).toBe('statistics');
  });

  it('follows the hosts it is given', () => {
    expect(posthog({ apiKey: 'k', apiHost: 'https://eu.i.posthog.com/' }).hosts).toEqual(['eu.i.posthog.com', 'eu-assets.i.posthog.com']);
    expect(posthog({ apiKey: 'k', apiHost: 'https://ph.example.com' }).hosts).toEqual(['ph.example.com']);
    expect(mixpanel({ token: 't', apiHost: 'https://api-eu.mixpanel.com' }).hosts).toEqual(['cdn.mxpnl.com', 'api-eu.mixpanel.com']);
    expect(plausible({ domain: 'example.com', src: 'https://stats.example.com/js/script.js' }).hosts).toEqual(['stats.example.com']);
    expect(plausible({ domain: 'example.com', src: '/js/script.js' }).hosts).toEqual([]);
  });

  it('Matomo: a self-hosted one names the site’s operator, which it requires', () => {
    expect(() => matomo({ url: 'https://matomo.example.com/', siteId: 1 })).toThrow(/self-hosted Matomo .* give company/);
    expect(() => matomo({ url: 'matomo.example.com', siteId: 1 })).toThrow(/absolute base URL/);
    const own = matomo({ url: 'https://matomo.example.com', siteId: 1, company: { name: 'Example SAS', country: 'FR' }, privacyPolicy: 'https://example.com/privacy' });
    expect(own.company).toEqual({ name: 'Example SAS', country: 'FR' });
    expect(own.privacyPolicy).toBe('https://example.com/privacy');
    expect(own.hosts).toEqual(['matomo.example.com']);
  });
});

describe('Google Tag Manager', () => {
  it('keeps pushes in the data layer from the start, after gtm.start, and loads nothing before a choice or after a refusal', () => {
    const service = googleTagManager({ containerId: 'GTM-ABC123' });
    const dataLayer = host.dataLayer as Record<string, unknown>[];
    dataLayer.push({ event: 'signup' });
    expect(dataLayer[0]).toMatchObject({ event: 'gtm.js', 'gtm.start': expect.any(Number) });
    expect(dataLayer[1]).toEqual({ event: 'signup' });
    expectNoScriptBeforeChoiceNorAfterRefusal(service);
  });

  it('keeps an existing data layer and pushes gtm.start once', () => {
    const consentDefault = ['consent', 'default', {}];
    host.dataLayer = [consentDefault];
    googleTagManager({ containerId: 'GTM-1' });
    googleTagManager({ containerId: 'GTM-1' });
    const dataLayer = host.dataLayer as unknown[];
    expect(dataLayer[0]).toBe(consentDefault);
    expect(dataLayer.filter((entry) => (entry as { event?: string }).event === 'gtm.js')).toHaveLength(1);
  });

  it('loads gtm.js once, with the nonce, when granted', () => {
    const store = expectLoadedOnGrant(googleTagManager({ containerId: 'GTM-ABC123' }), ['https://www.googletagmanager.com/gtm.js?id=GTM-ABC123']);
    store.save({});
    store.acceptAll();
    expect(scripts()).toHaveLength(1);
  });
});

describe('Matomo', () => {
  const cloud = () => matomo({ url: 'https://example.matomo.cloud', siteId: 3 });

  it('queues requireConsent first, then its tracker and site, then the app’s commands; loads nothing before a choice or after a refusal', () => {
    const service = cloud();
    (host._paq as unknown[][]).push(['trackPageView']);
    expect(host._paq).toEqual([['requireConsent'], ['setTrackerUrl', 'https://example.matomo.cloud/matomo.php'], ['setSiteId', '3'], ['trackPageView']]);
    expectNoScriptBeforeChoiceNorAfterRefusal(service);
    expect((host._paq as unknown[][]).flat()).not.toContain('setConsentGiven');
  });

  it('gives consent before matomo.js loads, and forgets it on withdrawal, deleting its cookies', () => {
    const store = expectLoadedOnGrant(cloud(), ['https://example.matomo.cloud/matomo.js']);
    expect((host._paq as unknown[][]).at(-1)).toEqual(['setConsentGiven']);
    document.cookie = '_pk_id.3.1fff=abc; Path=/';
    document.cookie = '_pk_ses.3.1fff=1; Path=/';
    store.save({});
    expect((host._paq as unknown[][]).at(-1)).toEqual(['forgetConsentGiven']);
    expect(Object.keys(pageCookies())).not.toContain('_pk_id.3.1fff');
    expect(Object.keys(pageCookies())).not.toContain('_pk_ses.3.1fff');
    expect(scripts()).toHaveLength(1);
  });
});

describe('Plausible', () => {
  it('queues events from the start and loads nothing before a choice or after a refusal', () => {
    const service = plausible({ domain: 'example.com' });
    const queued = host.plausible as Queued;
    expect(typeof queued).toBe('function');
    queued('Signup', { props: { plan: 'pro' } });
    expect(queued.q).toEqual([['Signup', { props: { plan: 'pro' } }]]);
    expectNoScriptBeforeChoiceNorAfterRefusal(service);
  });

  it('loads its script with data-domain and the nonce when granted (it has no consent API)', () => {
    expectLoadedOnGrant(plausible({ domain: 'example.com' }), ['https://plausible.io/js/script.js']);
    expect(scripts()[0]!.getAttribute('data-domain')).toBe('example.com');
  });

  it('keeps an existing plausible function', () => {
    const own = () => undefined;
    host.plausible = own;
    plausible({ domain: 'example.com' });
    expect(host.plausible).toBe(own);
  });
});

describe('PostHog', () => {
  it('queues init and every call from the start; loads nothing before a choice or after a refusal', () => {
    const service = posthog({ apiKey: 'phc_key', apiHost: 'https://eu.i.posthog.com' });
    const stub = host.posthog as Stubbed & { capture: (...args: unknown[]) => void; people: Stubbed & { set: (...args: unknown[]) => void } };
    expect(stub._i).toEqual([['phc_key', { api_host: 'https://eu.i.posthog.com' }, undefined]]);
    stub.capture('signup', { plan: 'pro' });
    stub.people.set({ plan: 'pro' });
    expect([...stub]).toEqual([['capture', 'signup', { plan: 'pro' }]]);
    expect([...stub.people]).toEqual([['set', { plan: 'pro' }]]);
    expectNoScriptBeforeChoiceNorAfterRefusal(service);
    expect([...stub].map(([method]) => method)).not.toContain('opt_in_capturing');
  });

  it('opts in before array.js loads, and out on withdrawal, deleting its cookie', () => {
    const store = expectLoadedOnGrant(posthog({ apiKey: 'phc_key', apiHost: 'https://eu.i.posthog.com' }), ['https://eu-assets.i.posthog.com/static/array.js']);
    expect(scripts()[0]!.crossOrigin).toBe('anonymous');
    const stub = host.posthog as Stubbed;
    expect(stub.at(-1)).toEqual(['opt_in_capturing', { captureEventName: false }]);
    document.cookie = 'ph_phc_key_posthog=%7B%7D; Path=/';
    store.save({});
    expect(stub.at(-1)).toEqual(['opt_out_capturing']);
    expect(Object.keys(pageCookies())).not.toContain('ph_phc_key_posthog');
    expect(scripts()).toHaveLength(1);
  });

  it('keeps an existing stub, and queues one init per key', () => {
    posthog({ apiKey: 'phc_key' });
    const stub = host.posthog;
    posthog({ apiKey: 'phc_key' });
    expect(host.posthog).toBe(stub);
    expect((stub as Stubbed)._i).toHaveLength(1);
  });
});

describe('Hotjar', () => {
  it('queues calls and sets its settings from the start; loads nothing before a choice or after a refusal', () => {
    const service = hotjar({ siteId: 123 });
    const hj = host.hj as Queued;
    hj('event', 'signup');
    expect(hj.q).toEqual([['event', 'signup']]);
    expect(host._hjSettings).toEqual({ hjid: 123, hjsv: 6 });
    expectNoScriptBeforeChoiceNorAfterRefusal(service);
  });

  it('loads the tracking code with the nonce when granted (it has no consent API), and its cookies go on withdrawal', () => {
    const store = expectLoadedOnGrant(hotjar({ siteId: 123 }), ['https://static.hotjar.com/c/hotjar-123.js?sv=6']);
    document.cookie = '_hjSessionUser_123=abc; Path=/';
    document.cookie = '_hjSession_123=abc; Path=/';
    store.save({});
    expect(Object.keys(pageCookies())).not.toContain('_hjSessionUser_123');
    expect(Object.keys(pageCookies())).not.toContain('_hjSession_123');
  });
});

describe('Mixpanel', () => {
  it('queues init and every call from the start; loads nothing before a choice or after a refusal', () => {
    const service = mixpanel({ token: 'tok' });
    const stub = host.mixpanel as Stubbed & { track: (...args: unknown[]) => void };
    expect(stub._i).toEqual([['tok', {}, undefined]]);
    stub.track('Signup', { plan: 'pro' });
    expect([...stub]).toEqual([['track', 'Signup', { plan: 'pro' }]]);
    expectNoScriptBeforeChoiceNorAfterRefusal(service);
  });

  it('sends requests to the host it is given', () => {
    mixpanel({ token: 'tok', apiHost: 'https://api-eu.mixpanel.com/' });
    expect((host.mixpanel as Stubbed)._i).toEqual([['tok', { api_host: 'https://api-eu.mixpanel.com' }, undefined]]);
  });

  it('opts in (without an $opt_in event) before the library loads, and out on withdrawal, deleting its cookie', () => {
    const store = expectLoadedOnGrant(mixpanel({ token: 'tok' }), ['https://cdn.mxpnl.com/libs/mixpanel-2-latest.min.js']);
    const stub = host.mixpanel as Stubbed;
    const [method, options] = stub.at(-1) as [string, { track: unknown }];
    expect(method).toBe('opt_in_tracking');
    expect(typeof options.track).toBe('function');
    document.cookie = 'mp_tok_mixpanel=%7B%7D; Path=/';
    store.save({});
    expect(stub.at(-1)).toEqual(['opt_out_tracking']);
    expect(Object.keys(pageCookies())).not.toContain('mp_tok_mixpanel');
    expect(scripts()).toHaveLength(1);
  });
});
