import { afterEach, describe, expect, it } from 'vitest';
import { createConsentStore, createMemoryStorage, defineConsentConfig, jurisdiction, recordConsent, type ConsentStoreOptions } from '@weroom/cookie-consent';
import { REGIME_PRESETS } from '@weroom/cookie-consent/jurisdictions';
import { resolveRegime } from '@weroom/cookie-consent/server';
import { unknownPlaceRegime } from '../../src/core/jurisdiction';
import { weroomConfig } from '../helpers';

const config = defineConsentConfig({
  ...weroomConfig,
  categories: { ...weroomConfig.categories, performance: { ...weroomConfig.categories.performance, grantedByDefault: true } },
  jurisdictions: { regimes: { ...REGIME_PRESETS, JP: 'none' } },
});
type Category = 'features' | 'performance' | 'advertising';

const stops: (() => void)[] = [];
afterEach(() => stops.splice(0).forEach((stop) => stop()));

/** A visitor from `place`, with the jurisdiction feature (and any other `options.features`). */
function visitor(place: string | null, options: ConsentStoreOptions<Category> = {}) {
  const storage = options.storage ?? createMemoryStorage();
  const store = createConsentStore(config, { ...options, storage, features: [jurisdiction(place), ...(options.features ?? [])] });
  stops.push(store.start());
  return { store, storage };
}

describe('opt-in, where consent comes first (EU-1)', () => {
  it('runs nothing optional before a choice, in France and for a visitor whose place is unknown (JUR-1)', () => {
    for (const place of ['FR', null, 'XX']) {
      const { store } = visitor(place);
      expect(store.regime).toBe('opt-in');
      expect(store.getState().granted).toEqual({ features: true, performance: false, advertising: false });
    }
  });
});

describe('without the jurisdiction feature', () => {
  it('takes the place as unknown: opt-in by default, and records no place', () => {
    const records: unknown[] = [];
    const store = createConsentStore(config, { storage: createMemoryStorage(), features: [recordConsent({ onDecision: (record) => void records.push(record) })] });
    stops.push(store.start());
    expect(store.jurisdiction).toBeNull();
    expect(store.regime).toBe('opt-in');
    store.rejectAll();
    expect(records).toEqual([expect.objectContaining({ jurisdiction: null, regime: 'opt-in' })]);
  });

  it("gives the table's unknown regime, as readConsent and the head script do without a place (JUR-1)", () => {
    const lenient = defineConsentConfig({ ...config, jurisdictions: { regimes: { JP: 'none' }, default: 'none', unknown: 'opt-out' } });
    const store = createConsentStore(lenient, { storage: createMemoryStorage() });
    stops.push(store.start());
    expect(store.jurisdiction).toBeNull();
    expect(store.regime).toBe(resolveRegime(undefined, lenient));
    expect(store.regime).toBe('opt-out');
    expect(store.getState()).toMatchObject({ status: 'undecided', granted: { features: true, performance: true } });
  });

  it('refuses an unknown regime that is not one in development, and asks first otherwise', () => {
    const broken = defineConsentConfig({ ...config, jurisdictions: { unknown: 'maybe' as never } });
    expect(() => createConsentStore(broken, { storage: createMemoryStorage() })).toThrow(/jurisdictions\.unknown/);
    expect(unknownPlaceRegime(broken.jurisdictions)).toBe('opt-in');
  });

  it('is the same store as with the feature given no place', () => {
    const lenient = defineConsentConfig({ ...config, jurisdictions: { regimes: { JP: 'none' }, default: 'none', unknown: 'opt-out' } });
    const without = createConsentStore(lenient, { storage: createMemoryStorage() });
    const withNoPlace = createConsentStore(lenient, { storage: createMemoryStorage(), features: [jurisdiction(null)] });
    expect([without.jurisdiction, without.regime]).toEqual([withNoPlace.jurisdiction, withNoPlace.regime]);
  });
});

describe('opt-out, where optional cookies run until the person opts out (JUR-2)', () => {
  it('runs every optional category before any choice', () => {
    const { store } = visitor('US-CA');
    expect(store.regime).toBe('opt-out');
    expect(store.getState()).toMatchObject({ status: 'undecided', granted: { features: true, performance: true, advertising: true } });
  });

  it('takes Global Privacy Control as an opt-out of the categories it covers, without any interaction (GPC-1)', () => {
    const { store } = visitor('US-CA', { globalPrivacyControl: true });
    expect(store.getState().granted).toEqual({ features: true, performance: true, advertising: false });
    store.acknowledge();
    expect(store.getState().granted).toEqual({ features: true, performance: true, advertising: false });
  });

  it('opts out of the categories sold or shared in one step, keeping the others, and remembers it', () => {
    const { store, storage } = visitor('US-CA');
    store.optOut();
    expect(store.getState()).toMatchObject({ status: 'decided', granted: { performance: true, advertising: false } });
    expect(storage.read()).toMatch(/^2\.1\.[0-9a-z]+\.[\w-]+\.o\.features~performance\.advertising\.o$/);
    const again = visitor('US-CA', { storage }).store;
    expect(again.getState()).toMatchObject({ status: 'decided', granted: { advertising: false } });
  });

  it('opts out of every optional category where the config marks none as covered by GPC', () => {
    const noGpc = defineConsentConfig({ ...config, categories: { ...config.categories, advertising: { gpc: false } } });
    const store = createConsentStore(noGpc, { storage: createMemoryStorage(), features: [jurisdiction('US-CA')] });
    stops.push(store.start());
    store.optOut();
    expect(store.getState().granted).toEqual({ features: true, performance: false, advertising: false });
  });

  it('closes the notice keeping what runs, recorded as an acknowledgement', () => {
    const records: unknown[] = [];
    const { store } = visitor('US-CO', { features: [recordConsent({ onDecision: (record) => void records.push(record) })] });
    store.acknowledge({ surface: 'banner' });
    expect(store.getState()).toMatchObject({ status: 'decided', granted: { performance: true, advertising: true } });
    expect(records).toEqual([expect.objectContaining({ method: 'acknowledge', surface: 'banner', regime: 'opt-out', jurisdiction: 'US-CO' })]);
  });
});

describe('none, where no consent is asked', () => {
  it('runs only the categories the config grants by default, and never one GPC covers', () => {
    expect(visitor('JP').store.getState()).toMatchObject({ status: 'undecided', granted: { features: true, performance: true, advertising: false } });
    const withGpc = defineConsentConfig({ ...config, categories: { ...config.categories, advertising: { grantedByDefault: true } } });
    const store = createConsentStore(withGpc, { storage: createMemoryStorage(), features: [jurisdiction('JP')], globalPrivacyControl: true });
    stops.push(store.start());
    expect(store.getState().granted.advertising).toBe(false);
  });

  it('never grants by default under opt-in, whatever the category says', () => {
    expect(visitor('DE').store.getState().granted.performance).toBe(false);
  });

  it('keeps the settings working: a choice made there holds', () => {
    const { store } = visitor('JP');
    store.save({ performance: false });
    expect(store.getState()).toMatchObject({ status: 'decided', granted: { performance: false, advertising: false } });
  });
});

describe('a visitor who travels (JUR-3)', () => {
  it('is asked again where the regime is stricter, and not where it is as strict or less', () => {
    const { store, storage } = visitor('US-CA');
    store.acknowledge();
    expect(visitor('FR', { storage }).store.getState()).toMatchObject({ status: 'undecided', reason: 'regime-changed', granted: { performance: false, advertising: false } });
    expect(visitor('JP', { storage }).store.getState()).toMatchObject({ status: 'decided' });
    const european = visitor('FR');
    european.store.rejectAll();
    expect(visitor('US-CA', { storage: european.storage }).store.getState()).toMatchObject({ status: 'decided', granted: { performance: false, advertising: false } });
  });
});
