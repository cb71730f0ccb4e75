import { afterEach, describe, expect, it } from 'vitest';
import { createConsentStore, createMemoryStorage, defineConsentConfig } from '@weroom/cookie-consent';
import type { ConsentService } from '@weroom/cookie-consent';
import { startConsentEffects } from '../../src/core/consent-effects.js';
import { crisp } from '../../src/services/crisp.js';
import { hubspot } from '../../src/services/hubspot.js';
import { intercom } from '../../src/services/intercom.js';
import { clearPageCookies, pageCookies } from '../helpers';

type Queue = unknown[][];
type Host = Record<string, unknown> & {
  Intercom?: ((...command: unknown[]) => void) & { q: Queue };
  intercomSettings?: Record<string, unknown>;
  $crisp?: Queue;
  CRISP_WEBSITE_ID?: string;
  _hsq?: Queue;
  _hsp?: Queue;
  disableHubSpotCookieBanner?: boolean;
};
const host = window as unknown as Host;
const scripts = () => [...document.querySelectorAll('script[src]')].map((script) => script.getAttribute('src'));
const nonces = () => [...document.querySelectorAll('script[src]')].map((script) => (script as HTMLScriptElement).nonce);

// What the provider starts on a page: the services, the consent effects (signals, then cookie deletion) and the store.
const stops: (() => void)[] = [];

afterEach(() => {
  for (const stop of stops.splice(0)) stop();
  for (const name of ['Intercom', 'intercomSettings', '$crisp', 'CRISP_WEBSITE_ID', '_hsq', '_hsp', 'disableHubSpotCookieBanner']) delete host[name];
  document.querySelectorAll('script').forEach((script) => script.remove());
  clearPageCookies();
});

/**
 * A started store whose config lists the service, with the consent effects started on it; the
 * store starts its services (with its nonce) when it starts, as in the provider.
 */
function siteWith(service: ConsentService<'support' | 'performance'>) {
  const config = defineConsentConfig({ revision: 1, categories: { features: { required: true }, performance: {}, advertising: {}, support: {} }, services: [service] });
  const store = createConsentStore(config, { storage: createMemoryStorage(), nonce: 'n' });
  stops.push(startConsentEffects(store));
  stops.push(store.start());
  return store;
}

describe('their declarations (SVC-3)', () => {
  it.each([
    [() => intercom({ appId: 'abc123' }), 'Intercom R&D Unlimited Company', 'IE', 'support', ['intercom-id-abc123', 'intercom-session-abc123', 'intercom-device-id-abc123'], ['widget.intercom.io', 'js.intercomcdn.com', 'api-iam.intercom.io']],
    [() => crisp({ websiteId: 'w-1' }), 'Crisp IM SAS', 'FR', 'support', ['crisp-client%2Fsession%2Fw-1'], ['client.crisp.chat', 'client.relay.crisp.chat', 'image.crisp.chat']],
    [
      () => hubspot({ portalId: '123456' }),
      'HubSpot, Inc.',
      'US',
      'performance',
      ['__hstc', 'hubspotutk', '__hssc', '__hssrc', 'messagesUtk'],
      ['js.hs-scripts.com', 'js.hs-analytics.net', 'js.hs-banner.com', 'js.hscollectedforms.net', 'js.usemessages.com', 'track.hubspot.com'],
    ],
  ])('%#: names its company, privacy policy, category, cookies with durations and hosts', (create, company, country, category, cookies, hosts) => {
    const service = create();
    expect(service.company).toEqual({ name: company, country });
    expect(service.privacyPolicy).toMatch(/^https:\/\//);
    expect(service.category).toBe(category);
    expect(service.cookies.map((cookie) => cookie.name)).toEqual(cookies);
    for (const cookie of service.cookies) {
      expect(cookie.duration).toBeTruthy();
      expect(cookie.purpose).toHaveProperty('builtIn');
    }
    expect(service.hosts).toEqual(hosts);
  });

  it('takes another category, and Intercom another region', () => {
    expect(crisp({ websiteId: 'w', category: 'support' }).category).toBe('support');
    expect(hubspot({ portalId: '1', category: 'features' }).category).toBe('features');
    expect(intercom({ appId: 'a', apiBase: 'https://api-iam.eu.intercom.io' }).hosts).toContain('api-iam.eu.intercom.io');
  });
});

describe('Intercom', () => {
  it('has its function and settings from the start, queueing calls, and loads nothing before a choice or after a refusal', () => {
    const store = siteWith(intercom({ appId: 'abc123' }));
    expect(host.intercomSettings).toEqual({ app_id: 'abc123', api_base: 'https://api-iam.intercom.io' });
    expect(typeof host.Intercom).toBe('function');
    host.Intercom!('trackEvent', 'signup');
    expect(host.Intercom!.q).toEqual([['trackEvent', 'signup']]);
    expect(scripts()).toEqual([]);
    store.rejectAll();
    expect(scripts()).toEqual([]);
    expect(host.Intercom!.q).toEqual([['trackEvent', 'signup']]);
  });

  it('keeps an existing Intercom and the site’s own settings', () => {
    const existing = Object.assign(() => undefined, { q: [] as Queue });
    host.Intercom = existing;
    host.intercomSettings = { app_id: 'mine', email: 'a@example.com' };
    intercom({ appId: 'abc123', apiBase: 'https://api-iam.eu.intercom.io' });
    expect(host.Intercom).toBe(existing);
    expect(host.intercomSettings).toEqual({ app_id: 'mine', email: 'a@example.com', api_base: 'https://api-iam.eu.intercom.io' });
  });

  it('loads the Messenger with the nonce once granted, shuts it down on withdrawal and boots it again on a new grant', () => {
    const store = siteWith(intercom({ appId: 'abc123' }));
    store.acceptAll();
    expect(scripts()).toEqual(['https://widget.intercom.io/widget/abc123']);
    expect(nonces()).toEqual(['n']);
    expect(host.Intercom!.q).toEqual([]);
    document.cookie = 'intercom-id-abc123=visitor; Path=/';
    store.save({});
    expect(host.Intercom!.q).toEqual([['shutdown']]);
    expect(Object.keys(pageCookies())).not.toContain('intercom-id-abc123');
    store.save({ support: true });
    expect(host.Intercom!.q.at(-1)).toEqual(['boot', host.intercomSettings]);
    expect(scripts()).toHaveLength(1);
  });
});

describe('Crisp', () => {
  it('has its queue and website id from the start, and loads nothing before a choice or after a refusal', () => {
    const store = siteWith(crisp({ websiteId: 'w-1' }));
    expect(host.CRISP_WEBSITE_ID).toBe('w-1');
    expect(Array.isArray(host.$crisp)).toBe(true);
    host.$crisp!.push(['do', 'chat:open']);
    expect(scripts()).toEqual([]);
    store.rejectAll();
    expect(scripts()).toEqual([]);
    expect(host.$crisp).toEqual([['do', 'chat:open']]);
  });

  it('keeps an existing $crisp', () => {
    const existing = [['set', 'user:email', ['a@example.com']]];
    host.$crisp = existing;
    host.CRISP_WEBSITE_ID = 'mine';
    crisp({ websiteId: 'w-1' });
    expect(host.$crisp).toBe(existing);
    expect(host.CRISP_WEBSITE_ID).toBe('mine');
  });

  it('loads the chatbox with the nonce once granted, and resets its session and hides it on withdrawal', () => {
    const store = siteWith(crisp({ websiteId: 'w-1' }));
    store.acceptAll();
    expect(scripts()).toEqual(['https://client.crisp.chat/l.js']);
    expect(nonces()).toEqual(['n']);
    expect(host.$crisp).toEqual([]);
    document.cookie = 'crisp-client%2Fsession%2Fw-1=session_1; Path=/';
    store.save({});
    expect(host.$crisp).toEqual([
      ['do', 'session:reset'],
      ['do', 'chat:hide'],
    ]);
    expect(Object.keys(pageCookies())).not.toContain('crisp-client%2Fsession%2Fw-1');
    store.save({ support: true });
    expect(host.$crisp!.at(-1)).toEqual(['do', 'chat:show']);
    expect(scripts()).toHaveLength(1);
  });
});

describe('HubSpot', () => {
  it('has its queues from the start, turns its own banner off, and loads nothing before a choice or after a refusal', () => {
    const store = siteWith(hubspot({ portalId: '123456' }));
    expect(host.disableHubSpotCookieBanner).toBe(true);
    host._hsq!.push(['identify', { email: 'a@example.com' }]);
    expect(host._hsp).toEqual([]);
    expect(scripts()).toEqual([]);
    store.rejectAll();
    expect(scripts()).toEqual([]);
    expect(host._hsq).toEqual([['identify', { email: 'a@example.com' }]]);
    expect(host._hsp).toEqual([]);
  });

  it('keeps existing queues', () => {
    const tracker = [['setPath', '/']];
    const privacy: Queue = [];
    host._hsq = tracker;
    host._hsp = privacy;
    hubspot({ portalId: '123456' });
    expect(host._hsq).toBe(tracker);
    expect(host._hsp).toBe(privacy);
  });

  it('tells HubSpot the grant and loads its loader with the nonce; on withdrawal it hears the revoke', () => {
    const store = siteWith(hubspot({ portalId: '123456' }));
    store.acceptAll();
    expect(scripts()).toEqual(['https://js.hs-scripts.com/123456.js']);
    expect(nonces()).toEqual(['n']);
    expect(document.getElementById('hs-script-loader')).not.toBeNull();
    expect(host._hsp).toEqual([['setHubSpotConsent', { analytics: true, advertisement: false, functionality: false }]]);
    expect(host._hsq).toEqual([['doNotTrack', { track: true }]]);
    document.cookie = '__hstc=1.2.3; Path=/';
    document.cookie = 'hubspotutk=abc; Path=/';
    store.save({});
    expect(host._hsp!.slice(1)).toEqual([['setHubSpotConsent', { analytics: false, advertisement: false, functionality: false }], ['revokeCookieConsent']]);
    expect(host._hsq!.at(-1)).toEqual(['doNotTrack']);
    expect(Object.keys(pageCookies())).not.toContain('__hstc');
    expect(Object.keys(pageCookies())).not.toContain('hubspotutk');
    expect(scripts()).toHaveLength(1);
  });
});
