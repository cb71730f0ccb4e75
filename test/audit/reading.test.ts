// @vitest-environment node
// What the audit reads without a browser: what each pass allows (the library's own reading of the
// config), cookie writes, robots.txt and sitemaps, the catalogues' weight, JSON configs.
import { describe, expect, it } from 'vitest';
import { allowanceOf, configFromJson, knownHost, knownName, passSpec, resolveConsentInventory } from '../../src/audit/index.ts';
import { parseCookieWrite } from '../../src/audit/collect.ts';
import { isFollowable, pageKey, parseRobots, robotsAllow, siteOf, sitemapLocations } from '../../src/audit/crawl.ts';
import { judge } from '../../src/audit/findings.ts';
import type { PassResult } from '../../src/audit/types.ts';
import { faultyConfig } from './fixture-config.ts';

const inventory = resolveConsentInventory({
  revision: 1,
  categories: { features: { required: true }, performance: {}, advertising: {} },
  jurisdictions: { regimes: { 'US-CA': 'opt-out', JP: 'none' } },
});

describe('given the passes of an audit', () => {
  it('allows only the required category before a choice under opt-in (EU-1)', () => {
    expect(allowanceOf(inventory, passSpec('no-choice'), 'before')).toEqual({ regime: 'opt-in', granted: { features: true, performance: false, advertising: false }, all: false });
  });

  it('allows nothing optional after "Reject all", everything after "Accept all"', () => {
    expect(allowanceOf(inventory, passSpec('reject'), 'after').granted).toEqual({ features: true, performance: false, advertising: false });
    expect(allowanceOf(inventory, passSpec('accept'), 'after')).toMatchObject({ all: true });
  });

  it('keeps the categories GPC covers off through "Accept all" (GPC-1)', () => {
    expect(allowanceOf(inventory, passSpec('gpc'), 'after').granted).toEqual({ features: true, performance: true, advertising: false });
  });

  it("runs the optional categories before a choice under the place's opt-out regime (JUR-2)", () => {
    const spec = passSpec('no-choice', 'us-ca');
    expect(spec).toEqual({ id: 'US-CA', action: 'none', gpc: false, place: 'US-CA' });
    expect(allowanceOf(inventory, spec, 'before')).toMatchObject({ regime: 'opt-out', all: true });
    // Opting out there refuses what GPC covers, and keeps the rest.
    expect(allowanceOf(inventory, passSpec('reject', 'US-CA'), 'after').granted).toEqual({ features: true, performance: true, advertising: false });
  });

  it('refuses a place that names no country', () => {
    expect(() => passSpec('no-choice', 'XX')).toThrow('"XX" is not a place');
  });
});

describe('given a cookie write', () => {
  const now = Date.UTC(2026, 11, 7);

  it('reads the lifetime asked for, not capped at 400 days (CK-3)', () => {
    expect(parseCookieWrite(`a=1; Max-Age=${761 * 86_400}; Path=/`, now)).toMatchObject({ name: 'a', requestedDays: 761, deletion: false });
    expect(parseCookieWrite(`b=2; expires=${new Date(now + 800 * 86_400_000).toUTCString()}`, now)).toMatchObject({ requestedDays: 800 });
  });

  it('lets Max-Age win over Expires, and reads an expiry in the past as a deletion', () => {
    expect(parseCookieWrite(`c=3; Expires=${new Date(now + 86_400_000).toUTCString()}; Max-Age=60`, now)?.requestedDays).toBeCloseTo(60 / 86_400, 2);
    expect(parseCookieWrite('d=; max-age=0; path=/', now)).toMatchObject({ deletion: true });
    expect(parseCookieWrite('e=1; Domain=.Example.com; HttpOnly', now)).toMatchObject({ domain: 'example.com', httpOnly: true, requestedDays: null });
  });
});

describe('given a site to crawl', () => {
  it("respects robots.txt's most specific rule, and its own group over *", () => {
    const { rules, sitemaps } = parseRobots('User-agent: *\nDisallow: /\n\nUser-agent: weroom-consent\nDisallow: /private\nAllow: /private/open$\n\nSitemap: https://a.example/s.xml');
    expect(sitemaps).toEqual(['https://a.example/s.xml']);
    expect(robotsAllow(rules, 'https://a.example/about')).toBe(true);
    expect(robotsAllow(rules, 'https://a.example/private/x')).toBe(false);
    expect(robotsAllow(rules, 'https://a.example/private/open')).toBe(true);
  });

  it('reads the pages of a sitemap and the sitemaps of an index', () => {
    expect(sitemapLocations('<urlset><url><loc> https://a.example/?a=1&amp;b=2 </loc></url></urlset>')).toEqual({ pages: ['https://a.example/?a=1&b=2'], sitemaps: [] });
    expect(sitemapLocations('<sitemapindex><sitemap><loc>https://a.example/1.xml</loc></sitemap></sitemapindex>').sitemaps).toEqual(['https://a.example/1.xml']);
  });

  it('follows pages of the same origin only, never a sign-out or a file', () => {
    expect(isFollowable('https://a.example/about', 'https://a.example')).toBe(true);
    expect(isFollowable('https://b.example/about', 'https://a.example')).toBe(false);
    expect(isFollowable('https://a.example/account/logout', 'https://a.example')).toBe(false);
    expect(isFollowable('https://a.example/price-list.pdf', 'https://a.example')).toBe(false);
  });

  it('keys a hash route as a page of its own, and `#/` as the page itself', () => {
    expect(pageKey('https://a.example/#/cookies')).toBe('https://a.example/#/cookies');
    expect(pageKey('https://a.example/#/')).toBe('https://a.example/');
    expect(pageKey('https://a.example/about#team')).toBe('https://a.example/about');
  });

  it('tells first from third parties by the site, not the host', () => {
    expect(siteOf('www.shop.example.co.uk')).toBe('example.co.uk');
    expect(siteOf('cdn.example.com')).toBe('example.com');
    expect(siteOf('127.0.0.1')).toBe('127.0.0.1');
  });
});

describe('given names and hosts the config does not explain', () => {
  it("weighs the library's own services over the catalogue", () => {
    expect(knownName('_fbp')).toMatchObject({ vendor: 'Meta Pixel', category: 'advertising', source: 'known-vendor' });
    expect(knownHost('connect.facebook.net')).toMatchObject({ vendor: 'Meta Pixel', source: 'known-vendor' });
  });

  it("lends a known analytics vendor's category to a cookie the catalogue files as functional, and says so", () => {
    const known = knownName('_hjTLDTest');
    expect(known).toMatchObject({ vendor: 'Hotjar', category: 'analytics', source: 'open-cookie-database' });
    expect(known?.note).toBe('the Open Cookie Database files it as functional, but the library knows Hotjar as an analytics service');
  });

  it('matches a catalogue prefix, the longest one', () => {
    expect(knownName('AMP_unsent_1a2b3c')).toMatchObject({ vendor: 'Amplitude', category: 'analytics', pattern: 'AMP_*' });
    expect(knownName('an_unheard_of_name')).toBeUndefined();
  });

  it('counts a host as a tracker only where the catalogue lists nothing else for it', () => {
    expect(knownHost('x.bidswitch.net')).toMatchObject({ category: 'advertising', source: 'open-cookie-database', domain: 'bidswitch.net' });
    expect(knownHost('fonts.gstatic.com')).toBeUndefined();
  });
});

describe('given a JSON config', () => {
  it('reads "/…/flags" names as patterns and services by their function name', async () => {
    const config = await configFromJson({
      revision: 1,
      categories: { features: { required: true }, performance: { cookies: [{ name: '/^_ga_/i', provider: 'Google', purpose: 'x', duration: { years: 1 } }] } },
      services: [{ service: 'matomo', options: { url: 'https://a.matomo.cloud/', siteId: '1' } }],
    });
    const resolved = resolveConsentInventory(config);
    expect(resolved.declarations[0]).toMatchObject({ name: /^_ga_/i, category: 'performance', declaredDays: 365.25 });
    expect(resolved.services).toEqual([expect.objectContaining({ id: 'matomo', category: 'performance', hosts: ['a.matomo.cloud'] })]);
    expect(resolved.declarations.some((entry) => entry.service === 'matomo' && String(entry.name) === '/^_pk_id\\./')).toBe(true);
  });

  it('reads locales by their code, as the modules the library ships', async () => {
    const config = await configFromJson({ revision: 1, categories: { a: {} }, locales: ['fr'] });
    expect(config.locales?.map((locale) => [locale.code, locale.texts.banner.acceptAll])).toEqual([['fr', 'Tout accepter']]);
    await expect(configFromJson({ revision: 1, categories: { a: {} }, locales: ['zz'] })).rejects.toThrow('the library ships no language "zz"');
  });

  it('names the service it does not know', async () => {
    await expect(configFromJson({ revision: 1, categories: { a: {} }, services: [{ service: 'nope' }] })).rejects.toThrow('services[0]');
  });
});

describe('given Consent Mode in advanced mode', () => {
  const result = (): PassResult => ({
    id: 'no-choice',
    action: 'none',
    gpc: false,
    place: null,
    regime: 'opt-in',
    granted: {},
    choice: { method: 'none' },
    pages: [{ url: 'https://a.example/', status: 200 }],
    timeline: [{ type: 'request', at: 10, page: 'https://a.example/', phase: 'before', host: 'region1.google-analytics.com', url: 'https://region1.google-analytics.com/g/collect', resource: 'ping' }],
    notes: [],
    durationMs: 1,
  });
  const inventoryWithGa = resolveConsentInventory(faultyConfig);

  it("counts Google's cookieless pings before consent as a leak", () => {
    expect(judge(inventoryWithGa, [result()], { maxDays: 395, acceptConsentModePings: false, failOn: [] }).filter((finding) => finding.kind === 'leak')).toEqual([
      expect.objectContaining({ host: 'region1.google-analytics.com', category: 'performance', vendor: 'Google Analytics', source: 'config', fails: true }),
    ]);
  });

  it('accepts them when the site says it chose advanced mode, and the report says it did', () => {
    const pass = result();
    expect(judge(inventoryWithGa, [pass], { maxDays: 395, acceptConsentModePings: true, failOn: [] }).filter((finding) => finding.kind === 'leak')).toEqual([]);
    expect(pass.notes.join(' ')).toContain("Consent Mode's advanced mode");
  });
});

describe("given the page's language", () => {
  it("looks for the banner's buttons by the library's texts in that language, with the config's overrides", async () => {
    const { bannerTexts } = await import('../../src/audit/choice.ts');
    const fr = (await import('../../src/locales/fr.ts')).default;
    const withFrench = resolveConsentInventory({ revision: 1, categories: { features: { required: true } }, locales: [fr], texts: { fr: { banner: { rejectAll: 'Non merci' } } } });
    expect(bannerTexts(withFrench, 'fr-FR')).toEqual({ locale: 'fr', acceptAll: 'Tout accepter', rejectAll: 'Non merci' });
    // A language the site does not ship: English, as the banner itself falls back.
    expect(bannerTexts(withFrench, 'de')).toEqual({ locale: 'en', acceptAll: 'Accept all', rejectAll: 'Reject all' });
  });
});

describe('given the audit entry', () => {
  it('imports neither React nor the DOM of a page', () => {
    const sources = import.meta.glob(['../../src/audit/*.ts', '../../src/cli/audit.ts'], { query: '?raw', import: 'default', eager: true });
    expect(Object.keys(sources).length).toBeGreaterThan(10);
    for (const [file, source] of Object.entries(sources)) {
      expect(source as string, file).not.toMatch(/from ['"](?:react(?:-dom)?(?:\/[^'"]*)?|\.\.\/react\/[^'"]*)['"]/);
    }
  });
});
