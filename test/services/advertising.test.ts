import { afterEach, describe, expect, it } from 'vitest';
import { createConsentStore, createMemoryStorage, defineConsentConfig, type ConsentService } from '@weroom/cookie-consent';
// The provider's effects, which tell every service of a change: started here as ConsentProvider does.
import { startConsentEffects } from '../../src/core/consent-effects.js';
import { linkedinInsight } from '../../src/services/linkedin-insight.js';
import { microsoftUet } from '../../src/services/microsoft-uet.js';
import { pinterestTag } from '../../src/services/pinterest-tag.js';
import { redditPixel } from '../../src/services/reddit-pixel.js';
import { snapPixel } from '../../src/services/snap-pixel.js';
import { tiktokPixel } from '../../src/services/tiktok-pixel.js';
import { xPixel } from '../../src/services/x-pixel.js';
import { pageCookies } from '../helpers';

type Queued = ((...command: unknown[]) => void) & Record<string, unknown>;
const host = window as unknown as Record<string, unknown>;
const GLOBALS = ['ttq', 'TiktokAnalyticsObject', 'lintrk', '_linkedin_partner_id', '_linkedin_data_partner_ids', 'uetq', 'UET', 'pintrk', 'twq', 'snaptr', 'rdt'];
const scriptElements = () => [...document.querySelectorAll<HTMLScriptElement>('script[src]')];
const scripts = () => scriptElements().map((script) => script.getAttribute('src'));
const stops: (() => void)[] = [];

afterEach(() => {
  for (const stop of stops.splice(0)) stop();
  for (const name of GLOBALS) delete host[name];
  document.querySelectorAll('script').forEach((script) => script.remove());
});

/** A store with one `advertising` category and the service, started as the provider starts it (the store starts its services). */
function siteWith(service: ConsentService<'advertising'>) {
  const config = defineConsentConfig({ revision: 1, categories: { advertising: {} }, services: [service] });
  const store = createConsentStore(config, { storage: createMemoryStorage(), nonce: 'n' });
  stops.push(startConsentEffects(store));
  stops.push(store.start());
  return store;
}

const withNonce = () => scriptElements().every((script) => script.nonce === 'n');

describe('the advertising services’ declarations (SVC-3)', () => {
  it.each([
    [() => tiktokPixel({ pixelId: 'C1' }), 'TikTok Technology Limited', 'IE', ['_ttp', '_tt_enable_cookie', 'ttclid'], ['analytics.tiktok.com']],
    [() => linkedinInsight({ partnerId: '1' }), 'LinkedIn Ireland Unlimited Company', 'IE', ['li_fat_id'], ['snap.licdn.com', 'px.ads.linkedin.com', 'www.linkedin.com']],
    [() => microsoftUet({ tagId: '1' }), 'Microsoft Corporation', 'US', ['_uetsid', '_uetvid', '_uetmsclkid'], ['bat.bing.com']],
    [() => pinterestTag({ tagId: '1' }), 'Pinterest Europe Ltd.', 'IE', ['_pin_unauth', '_epik', '_derived_epik'], ['s.pinimg.com', 'ct.pinterest.com']],
    [() => xPixel({ pixelId: 'o1' }), 'Twitter International Unlimited Company', 'IE', [], ['static.ads-twitter.com', 'analytics.twitter.com', 't.co']],
    [() => snapPixel({ pixelId: 'u' }), 'Snap Inc.', 'US', ['_scid', '_scid_r', '_sctr'], ['sc-static.net', 'tr.snapchat.com']],
    [() => redditPixel({ pixelId: 'a2_x' }), 'Reddit Netherlands B.V.', 'NL', ['_rdt_uuid'], ['www.redditstatic.com', 'alb.reddit.com']],
  ])('%#: names its company, privacy policy, category, cookies with durations and hosts', (create, company, country, cookies, hosts) => {
    const service = create();
    expect(service.company).toEqual({ name: company, country });
    expect(service.privacyPolicy).toMatch(/^https:\/\//);
    expect(service.category).toBe('advertising');
    expect(service.cookies.map((cookie) => cookie.name)).toEqual(cookies);
    for (const cookie of service.cookies) {
      expect(cookie.duration).toBeTruthy();
      expect(cookie.purpose).toHaveProperty('builtIn');
    }
    expect(service.hosts).toEqual(hosts);
  });

  it('takes another category', () => {
    expect(tiktokPixel({ pixelId: '1', category: 'ads' }).category).toBe('ads');
    expect(linkedinInsight({ partnerId: '1', category: 'ads' }).category).toBe('ads');
    expect(microsoftUet({ tagId: '1', category: 'ads' }).category).toBe('ads');
    expect(pinterestTag({ tagId: '1', category: 'ads' }).category).toBe('ads');
    expect(xPixel({ pixelId: '1', category: 'ads' }).category).toBe('ads');
    expect(snapPixel({ pixelId: '1', category: 'ads' }).category).toBe('ads');
    expect(redditPixel({ pixelId: '1', category: 'ads' }).category).toBe('ads');
  });
});

describe('TikTok Pixel', () => {
  const EVENTS = 'https://analytics.tiktok.com/i18n/pixel/events.js?sdkid=C1&lib=ttq';
  const ttq = () => host.ttq as unknown[] & { page: () => void; track: (...args: unknown[]) => void; _i: Record<string, unknown> };

  it('has `ttq` from the start, holding consent and queueing calls, and loads nothing before a choice or after a refusal', () => {
    const store = siteWith(tiktokPixel({ pixelId: 'C1' }));
    expect(host.TiktokAnalyticsObject).toBe('ttq');
    expect(typeof ttq().track).toBe('function');
    ttq().page();
    ttq().track('ViewContent', { value: 1 });
    expect([...ttq()]).toEqual([['holdConsent'], ['page'], ['track', 'ViewContent', { value: 1 }]]);
    expect(Object.keys(ttq()._i)).toEqual(['C1']);
    expect(scripts()).toEqual([]);
    store.rejectAll();
    expect(scripts()).toEqual([]);
    expect([...ttq()]).toHaveLength(3);
  });

  it('grants consent and loads events.js with the nonce once granted; revokes on withdrawal', () => {
    const store = siteWith(tiktokPixel({ pixelId: 'C1' }));
    store.acceptAll();
    expect(scripts()).toEqual([EVENTS]);
    expect(withNonce()).toBe(true);
    expect(ttq().at(-1)).toEqual(['grantConsent']);
    document.cookie = '_ttp=abc; Path=/';
    store.save({});
    expect(ttq().at(-1)).toEqual(['revokeConsent']);
    expect(Object.keys(pageCookies())).not.toContain('_ttp');
    store.acceptAll();
    expect(ttq().at(-1)).toEqual(['grantConsent']);
    expect(scripts()).toEqual([EVENTS]);
  });

  it('keeps an existing `ttq`, and records a pixel once', () => {
    tiktokPixel({ pixelId: 'C1' });
    const first = host.ttq;
    tiktokPixel({ pixelId: 'C1' });
    tiktokPixel({ pixelId: 'C2' });
    expect(host.ttq).toBe(first);
    expect([...ttq()]).toEqual([['holdConsent']]);
    expect(Object.keys(ttq()._i)).toEqual(['C1', 'C2']);
  });
});

describe('LinkedIn Insight Tag', () => {
  const lintrk = () => host.lintrk as Queued & { q: unknown[] };

  it('has `lintrk` from the start, queueing calls, with the partner id listed, and loads nothing before a choice or after a refusal', () => {
    const store = siteWith(linkedinInsight({ partnerId: '123' }));
    expect(host._linkedin_partner_id).toBe('123');
    expect(host._linkedin_data_partner_ids).toEqual(['123']);
    lintrk()('track', { conversion_id: 42 });
    expect(lintrk().q).toEqual([['track', { conversion_id: 42 }]]);
    expect(scripts()).toEqual([]);
    store.rejectAll();
    expect(scripts()).toEqual([]);
  });

  it('loads insight.min.js with the nonce once granted, and deletes li_fat_id on withdrawal', () => {
    const store = siteWith(linkedinInsight({ partnerId: '123' }));
    store.acceptAll();
    expect(scripts()).toEqual(['https://snap.licdn.com/li.lms-analytics/insight.min.js']);
    expect(withNonce()).toBe(true);
    document.cookie = 'li_fat_id=abc; Path=/';
    store.save({});
    expect(Object.keys(pageCookies())).not.toContain('li_fat_id');
    expect(scripts()).toHaveLength(1);
  });

  it('keeps an existing `lintrk` and lists each partner id once', () => {
    const existing = Object.assign(() => undefined, { q: [] });
    host.lintrk = existing;
    linkedinInsight({ partnerId: '1' });
    linkedinInsight({ partnerId: '1' });
    linkedinInsight({ partnerId: '2' });
    expect(host.lintrk).toBe(existing);
    expect(host._linkedin_data_partner_ids).toEqual(['1', '2']);
  });
});

describe('Microsoft Advertising UET', () => {
  const uetq = () => host.uetq as unknown[];

  it('has `uetq` from the start, with ad_storage denied before any call, and loads nothing before a choice or after a refusal', () => {
    const store = siteWith(microsoftUet({ tagId: '5000' }));
    uetq().push('event', 'purchase', { revenue_value: 10, currency: 'EUR' });
    expect(uetq()).toEqual(['consent', 'default', { ad_storage: 'denied' }, 'event', 'purchase', { revenue_value: 10, currency: 'EUR' }]);
    expect(scripts()).toEqual([]);
    store.rejectAll();
    expect(scripts()).toEqual([]);
    expect(uetq()).toHaveLength(6);
  });

  it('grants ad_storage and loads bat.js with the nonce once granted, then hands the queue to UET; denies on withdrawal', async () => {
    const store = siteWith(microsoftUet({ tagId: '5000' }));
    store.acceptAll();
    expect(scripts()).toEqual(['https://bat.bing.com/bat.js']);
    expect(withNonce()).toBe(true);
    expect(uetq().slice(-3)).toEqual(['consent', 'update', { ad_storage: 'granted' }]);

    // bat.js defines UET; its load replaces the queue, as the snippet's onload does.
    const queue = uetq();
    const pushed: unknown[][] = [];
    host.UET = class {
      constructor(readonly options: { ti: string; q: unknown }) {}
      push(...command: unknown[]) {
        pushed.push(command);
      }
    };
    scriptElements()[0]!.dispatchEvent(new Event('load'));
    await new Promise((resolve) => setTimeout(resolve));
    expect(host.uetq).toMatchObject({ options: { ti: '5000', q: queue } });
    expect(pushed).toEqual([['pageLoad']]);

    document.cookie = '_uetsid=abc; Path=/';
    document.cookie = '_uetvid=def; Path=/';
    store.save({});
    expect(pushed.at(-1)).toEqual(['consent', 'update', { ad_storage: 'denied' }]);
    expect(Object.keys(pageCookies())).not.toContain('_uetsid');
    expect(Object.keys(pageCookies())).not.toContain('_uetvid');
  });

  it('keeps an existing `uetq`', () => {
    const existing: unknown[] = ['event', 'x'];
    host.uetq = existing;
    microsoftUet({ tagId: '1' });
    expect(host.uetq).toBe(existing);
    expect(existing).toEqual(['event', 'x']);
  });
});

describe('Pinterest Tag', () => {
  const pintrk = () => host.pintrk as Queued & { queue: unknown[]; version: string };

  it('has `pintrk` from the start, queueing calls after `load`, and loads nothing before a choice or after a refusal', () => {
    const store = siteWith(pinterestTag({ tagId: '2612' }));
    expect(pintrk().version).toBe('3.0');
    pintrk()('page');
    expect(pintrk().queue).toEqual([['load', '2612'], ['page']]);
    expect(scripts()).toEqual([]);
    store.rejectAll();
    expect(scripts()).toEqual([]);
  });

  it('loads core.js with the nonce once granted, and deletes its cookies on withdrawal', () => {
    const store = siteWith(pinterestTag({ tagId: '2612' }));
    store.acceptAll();
    expect(scripts()).toEqual(['https://s.pinimg.com/ct/core.js']);
    expect(withNonce()).toBe(true);
    document.cookie = '_pin_unauth=abc; Path=/';
    document.cookie = '_epik=def; Path=/';
    store.save({});
    expect(Object.keys(pageCookies())).not.toContain('_pin_unauth');
    expect(Object.keys(pageCookies())).not.toContain('_epik');
    expect(scripts()).toHaveLength(1);
  });

  it('keeps an existing `pintrk`', () => {
    pinterestTag({ tagId: '1' });
    const first = host.pintrk;
    pinterestTag({ tagId: '2' });
    expect(host.pintrk).toBe(first);
    expect(pintrk().queue).toEqual([['load', '1'], ['load', '2']]);
  });
});

describe('X Pixel', () => {
  const twq = () => host.twq as Queued & { queue: unknown[]; version: string };

  it('has `twq` from the start, queueing calls after `config`, and loads nothing before a choice or after a refusal', () => {
    const store = siteWith(xPixel({ pixelId: 'o1abc' }));
    expect(twq().version).toBe('1.1');
    twq()('event', 'tw-o1abc-purchase', { value: 10 });
    expect(twq().queue).toEqual([['config', 'o1abc'], ['event', 'tw-o1abc-purchase', { value: 10 }]]);
    expect(scripts()).toEqual([]);
    store.rejectAll();
    expect(scripts()).toEqual([]);
  });

  it('loads uwt.js with the nonce once granted, and nothing more on withdrawal', () => {
    const store = siteWith(xPixel({ pixelId: 'o1abc' }));
    store.acceptAll();
    expect(scripts()).toEqual(['https://static.ads-twitter.com/uwt.js']);
    expect(withNonce()).toBe(true);
    store.save({});
    store.acceptAll();
    expect(scripts()).toHaveLength(1);
  });

  it('keeps an existing `twq`', () => {
    const existing = Object.assign((...command: unknown[]) => void existing.queue.push(command), { queue: [] as unknown[] });
    host.twq = existing;
    xPixel({ pixelId: 'o1' });
    expect(host.twq).toBe(existing);
    expect(existing.queue).toEqual([['config', 'o1']]);
  });
});

describe('Snap Pixel', () => {
  const snaptr = () => host.snaptr as Queued & { queue: unknown[] };

  it('has `snaptr` from the start, queueing calls after `init`, and loads nothing before a choice or after a refusal', () => {
    const store = siteWith(snapPixel({ pixelId: 'uuid-1' }));
    snaptr()('track', 'PAGE_VIEW');
    expect(snaptr().queue).toEqual([['init', 'uuid-1'], ['track', 'PAGE_VIEW']]);
    expect(scripts()).toEqual([]);
    store.rejectAll();
    expect(scripts()).toEqual([]);
  });

  it('loads scevent.min.js with the nonce once granted, and deletes its cookies on withdrawal', () => {
    const store = siteWith(snapPixel({ pixelId: 'uuid-1' }));
    store.acceptAll();
    expect(scripts()).toEqual(['https://sc-static.net/scevent.min.js']);
    expect(withNonce()).toBe(true);
    document.cookie = '_scid=abc; Path=/';
    document.cookie = '_sctr=def; Path=/';
    store.save({});
    expect(Object.keys(pageCookies())).not.toContain('_scid');
    expect(Object.keys(pageCookies())).not.toContain('_sctr');
    expect(scripts()).toHaveLength(1);
  });

  it('keeps an existing `snaptr`', () => {
    snapPixel({ pixelId: 'a' });
    const first = host.snaptr;
    snapPixel({ pixelId: 'b' });
    expect(host.snaptr).toBe(first);
  });
});

describe('Reddit Pixel', () => {
  const rdt = () => host.rdt as Queued & { callQueue: unknown[] };

  it('has `rdt` from the start, queueing calls after `init`, and loads nothing before a choice or after a refusal', () => {
    const store = siteWith(redditPixel({ pixelId: 'a2_abc' }));
    rdt()('track', 'PageVisit');
    expect(rdt().callQueue).toEqual([['init', 'a2_abc', { optOut: false, useDecimalCurrencyValues: true }], ['track', 'PageVisit']]);
    expect(scripts()).toEqual([]);
    store.rejectAll();
    expect(scripts()).toEqual([]);
  });

  it('loads pixel.js with the nonce once granted, and deletes _rdt_uuid on withdrawal', () => {
    const store = siteWith(redditPixel({ pixelId: 'a2_abc' }));
    store.acceptAll();
    expect(scripts()).toEqual(['https://www.redditstatic.com/ads/pixel.js']);
    expect(withNonce()).toBe(true);
    document.cookie = '_rdt_uuid=abc; Path=/';
    store.save({});
    expect(Object.keys(pageCookies())).not.toContain('_rdt_uuid');
    expect(scripts()).toHaveLength(1);
  });

  it('keeps an existing `rdt`', () => {
    redditPixel({ pixelId: 'a' });
    const first = host.rdt;
    redditPixel({ pixelId: 'b' });
    expect(host.rdt).toBe(first);
  });
});
