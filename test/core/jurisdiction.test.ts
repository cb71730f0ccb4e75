// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ConsentConfigError, defineConsentConfig, readConsent, readJurisdiction, resolveRegime } from '@weroom/cookie-consent/server';
import { EEA_COUNTRIES, EU_COUNTRIES, OPT_IN_PLACES, REGIME_PRESETS, US_OPT_OUT_STATES } from '@weroom/cookie-consent/jurisdictions';
import { createConsentStore, createMemoryStorage, jurisdiction, recordConsent } from '@weroom/cookie-consent';
import { normalizeJurisdiction } from '../../src/core/jurisdiction';
import { encodeConsentValue } from '../../src/core/cookie-codec';
import { weroomConfig } from '../helpers';

const config = defineConsentConfig({ ...weroomConfig, jurisdictions: { regimes: REGIME_PRESETS, default: 'none' } });

describe('reading where the visitor is from the CDN headers', () => {
  it.each([
    ['Cloudflare', { 'cf-ipcountry': 'FR' }, 'FR'],
    ['Cloudflare with its region header', { 'cf-ipcountry': 'US', 'cf-region-code': 'TX' }, 'US-TX'],
    ['Vercel', { 'x-vercel-ip-country': 'US', 'x-vercel-ip-country-region': 'CA' }, 'US-CA'],
    ['CloudFront', { 'cloudfront-viewer-country': 'US', 'cloudfront-viewer-country-region': 'MI' }, 'US-MI'],
    ['CloudFront from the AWS network, without a region', { 'cloudfront-viewer-country': 'US' }, 'US'],
    ['a lowercase value', { 'cf-ipcountry': 'de' }, 'DE'],
    ['spaces around the value', { 'x-vercel-ip-country': ' jp ' }, 'JP'],
    ['a three-character region (GB-ENG)', { 'x-vercel-ip-country': 'GB', 'x-vercel-ip-country-region': 'ENG' }, 'GB-ENG'],
  ])('reads %s', (_, headers, expected) => {
    expect(readJurisdiction(new Headers(headers))).toBe(expected);
  });

  it.each([
    ['no header', {}],
    ["Cloudflare's XX (no country data)", { 'cf-ipcountry': 'XX' }],
    ["Cloudflare's T1 (Tor)", { 'cf-ipcountry': 'T1' }],
    ['an empty value', { 'cf-ipcountry': '' }],
    ['a country name', { 'cf-ipcountry': 'France' }],
    ['a code that names no country (ZZ)', { 'x-vercel-ip-country': 'ZZ' }],
    ['a forged region on its own', { 'x-vercel-ip-country-region': 'CA' }],
    ['a script', { 'cf-ipcountry': '<script>alert(1)</script>' }],
    ['a code with a region where only a country belongs', { 'cf-ipcountry': 'US-CA' }],
    ['SQL', { 'cloudfront-viewer-country': "US' OR 1=1 --" }],
  ])('reads %s as unknown (JUR-1)', (_, headers) => {
    expect(readJurisdiction(new Headers(headers))).toBeNull();
  });

  it('keeps the country and drops a region that is not a code', () => {
    expect(readJurisdiction(new Headers({ 'x-vercel-ip-country': 'US', 'x-vercel-ip-country-region': 'California!' }))).toBe('US');
  });

  it('reads the header the site names first, then the CDNs in order', () => {
    const headers = new Headers({ 'x-geo': 'us-or', 'cf-ipcountry': 'FR', 'x-vercel-ip-country': 'DE' });
    expect(readJurisdiction(headers, { header: 'X-Geo' })).toBe('US-OR');
    expect(readJurisdiction(headers)).toBe('FR');
    expect(readJurisdiction(new Headers({ 'x-geo': 'nowhere', 'cf-ipcountry': 'FR' }), { header: 'x-geo' })).toBe('FR');
  });

  it("reads Node's header object, a Next.js headers() and nothing at all", () => {
    expect(readJurisdiction({ 'cf-ipcountry': 'IT', 'set-cookie': ['a=1'] })).toBe('IT');
    expect(readJurisdiction({ get: (name: string) => (name === 'x-vercel-ip-country' ? 'BR' : null) })).toBe('BR');
    expect(readJurisdiction(null)).toBeNull();
    expect(readJurisdiction({ get: () => { throw new Error('broken'); } })).toBeNull();
  });

  it('takes only a country or a first-level region code as a place', () => {
    expect(normalizeJurisdiction('us-ca')).toBe('US-CA');
    expect(normalizeJurisdiction('USA')).toBeNull();
    expect(normalizeJurisdiction('US-CALI')).toBeNull();
    expect(normalizeJurisdiction(42)).toBeNull();
    expect(normalizeJurisdiction('X'.repeat(10_000))).toBeNull();
  });
});

describe('the regime for a place', () => {
  it.each([
    ['FR', 'opt-in'],
    ['DE', 'opt-in'],
    ['NO', 'opt-in'],
    ['GB', 'opt-in'],
    ['GB-SCT', 'opt-in'],
    ['CH', 'opt-in'],
    ['BR', 'opt-in'],
    ['US-CA', 'opt-out'],
    ['US-CO', 'opt-out'],
    ['US-TX', 'opt-out'],
    ['US-RI', 'opt-out'],
    ['US-NY', 'none'],
    ['US', 'none'],
    ['JP', 'none'],
  ] as const)('is %s → %s with the presets and a default of none', (place, regime) => {
    expect(resolveRegime(place, config)).toBe(regime);
  });

  it('is opt-in for an unknown place even where the default is less strict, unless the site says otherwise (JUR-1)', () => {
    expect(resolveRegime(null, config)).toBe('opt-in');
    expect(resolveRegime('XX', config)).toBe('opt-in');
    expect(resolveRegime('T1', config)).toBe('opt-in');
    expect(resolveRegime(readJurisdiction(new Headers({ 'cf-ipcountry': 'forged' })), config)).toBe('opt-in');
    expect(resolveRegime(null, defineConsentConfig({ ...config, jurisdictions: { ...config.jurisdictions, unknown: 'opt-out' } }))).toBe('opt-out');
  });

  it('is opt-in everywhere for a config without jurisdictions: the behaviour before regimes', () => {
    for (const place of ['US-CA', 'JP', 'FR', null]) expect(resolveRegime(place, weroomConfig)).toBe('opt-in');
  });

  it("lets a region's entry win over its country's", () => {
    const regional = defineConsentConfig({ ...weroomConfig, jurisdictions: { regimes: { US: 'none', 'US-CA': 'opt-out' } } });
    expect(resolveRegime('US-CA', regional)).toBe('opt-out');
    expect(resolveRegime('US-WA', regional)).toBe('none');
  });

  it('falls back to opt-in where the table is broken, in production as well as development (fail closed)', () => {
    const broken = { ...weroomConfig, jurisdictions: { regimes: { JP: 'optout' }, default: 'none' } } as never;
    expect(() => resolveRegime('JP', broken)).toThrow(ConsentConfigError);
    expect(() => resolveRegime('JP', broken)).toThrow('jurisdictions.regimes.JP must be "opt-in", "opt-out" or "none"');
    const previous = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      expect(resolveRegime('JP', broken)).toBe('opt-in');
      expect(resolveRegime('KR', broken)).toBe('none');
      expect(resolveRegime('JP', { ...weroomConfig, jurisdictions: 'everywhere' } as never)).toBe('opt-in');
    } finally {
      process.env.NODE_ENV = previous;
    }
  });

  it('names the field of a broken table in development', () => {
    expect(() => resolveRegime('FR', { ...weroomConfig, jurisdictions: { regimes: { France: 'opt-in' } } } as never)).toThrow('jurisdictions.regimes["France"]');
    expect(() => resolveRegime('FR', { ...weroomConfig, jurisdictions: { default: 'strict' } } as never)).toThrow('jurisdictions.default must be');
    expect(() => resolveRegime('FR', { ...weroomConfig, jurisdictions: { region: {} } } as never)).toThrow('jurisdictions.region is not a known field');
  });
});

describe('the presets', () => {
  it('list the 27 EU member states and the 30 EEA countries, Greece as GR', () => {
    expect(new Set(EU_COUNTRIES).size).toBe(27);
    expect(new Set(EEA_COUNTRIES).size).toBe(30);
    expect(EU_COUNTRIES).toContain('GR');
    expect(EU_COUNTRIES).not.toContain('EL');
    expect(OPT_IN_PLACES).toEqual(expect.arrayContaining(['GB', 'CH', 'BR', 'IS', 'LI', 'NO']));
  });

  it('make every US state with a comprehensive law in force opt-out, and nothing else', () => {
    const states = Object.keys(US_OPT_OUT_STATES);
    expect(states).toEqual(expect.arrayContaining(['US-CA', 'US-CO', 'US-CT', 'US-VA', 'US-UT', 'US-TX', 'US-OR', 'US-MT']));
    expect(states).toHaveLength(20);
    expect(Object.entries(REGIME_PRESETS).filter(([, regime]) => regime === 'opt-out').map(([place]) => place).sort()).toEqual(states.sort());
    for (const place of Object.keys(REGIME_PRESETS)) expect(normalizeJurisdiction(place)).toBe(place);
  });
});

describe('a decision and the regime it was given under (JUR-3)', () => {
  const now = Date.UTC(2026, 10, 29);
  const cookieOf = (regime: 'opt-in' | 'opt-out' | 'none', granted: string[], denied: string[]) =>
    `cookie_consent=${encodeConsentValue({ revision: '1', decidedAt: now - 60_000, consentId: 'q1W2e3R4t5Y6u7I8', method: 'acknowledge', granted: ['features', ...granted], denied, regime })}`;

  it('holds where the regime is as strict or less: opt-in in California, opt-out in Japan', () => {
    expect(readConsent(cookieOf('opt-in', ['performance', 'advertising'], []), config, { now, jurisdiction: 'US-CA' })).toMatchObject({ status: 'decided', regime: 'opt-in' });
    expect(readConsent(cookieOf('opt-out', ['performance'], ['advertising']), config, { now, jurisdiction: 'JP' })).toMatchObject({ status: 'decided', regime: 'opt-out' });
  });

  it('is asked again where the regime is stricter: a Californian in France, a visitor from Japan in California', () => {
    expect(readConsent(cookieOf('opt-out', ['performance', 'advertising'], []), config, { now, jurisdiction: 'FR' })).toEqual({ status: 'undecided', reason: 'regime-changed' });
    expect(readConsent(cookieOf('opt-out', [], ['performance', 'advertising']), config, { now, jurisdiction: null })).toEqual({ status: 'undecided', reason: 'regime-changed' });
    expect(readConsent(cookieOf('none', ['performance'], ['advertising']), config, { now, jurisdiction: 'US-CA' })).toEqual({ status: 'undecided', reason: 'regime-changed' });
  });

  it('keeps the old call readConsent(cookies, config, now)', () => {
    expect(readConsent(cookieOf('opt-in', [], ['performance', 'advertising']), config, now)).toMatchObject({ status: 'decided' });
  });

  it('is noted in the record with the jurisdiction (JUR-3, REC-1)', () => {
    const records: unknown[] = [];
    const store = createConsentStore(config, {
      storage: createMemoryStorage(),
      features: [jurisdiction('us-ca'), recordConsent({ onDecision: (record) => void records.push(record) })],
    });
    const stop = store.start();
    store.optOut();
    stop();
    expect(records).toEqual([expect.objectContaining({ jurisdiction: 'US-CA', regime: 'opt-out', method: 'opt-out', surface: 'preferences' })]);
  });
});
