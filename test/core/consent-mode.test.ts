import { runInNewContext } from 'node:vm';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import {
  CONSENT_MODE_KEYS,
  consentModeScript,
  consentModeScriptTag,
  createConsentStore,
  defineConsentConfig,
  gtag,
  type ConsentConfig,
} from '@weroom/cookie-consent';
import { grantsOf, interpretStoredDecision } from '../../src/core/consent-state';
import { decodeConsentValue, encodeConsentValue } from '../../src/core/cookie-codec';
import { consentModeSignals, pushConsentUpdate } from '../../src/core/consent-mode';
import { resolveConfig } from '../../src/core/config';
import { DAY_MS, weroomConfig } from '../helpers';

const config = defineConsentConfig({ ...weroomConfig, consentMode: {} });

afterEach(() => {
  delete (window as { dataLayer?: unknown }).dataLayer;
});

/** Runs the head snippet as a browser would, in a fresh global with this cookie and GPC setting. */
function runSnippet(script: string, cookie: string, gpc = false) {
  const sandbox: Record<string, unknown> = { document: { cookie }, navigator: gpc ? { globalPrivacyControl: true } : {} };
  sandbox.window = sandbox;
  runInNewContext(script, sandbox);
  return (sandbox.dataLayer as ArrayLike<unknown>[]).map((entry) => (Array.isArray(entry) || 'event' in (entry as object) ? entry : Array.from(entry)));
}

function kindOf(value: unknown): string {
  return Object.prototype.toString.call(value);
}

describe('the gtag helper (CM-3)', () => {
  it('pushes the arguments object itself, which gtag.js reads, and not an array, which it ignores', () => {
    gtag('consent', 'update', { analytics_storage: 'granted' });
    const [entry] = (window as unknown as { dataLayer: unknown[] }).dataLayer;
    expect(kindOf(entry)).toBe('[object Arguments]');
    expect(Array.isArray(entry)).toBe(false);
    expect(Array.from(entry as ArrayLike<unknown>)).toEqual(['consent', 'update', { analytics_storage: 'granted' }]);
  });
});

describe('the mapping from categories to Consent Mode keys (CM-1)', () => {
  it('grants the usual keys for the usual category names and sets all seven keys', () => {
    const resolved = resolveConfig(config);
    expect(consentModeSignals(resolved, { features: true, performance: true, advertising: false })).toEqual({
      ad_storage: 'denied',
      ad_user_data: 'denied',
      ad_personalization: 'denied',
      analytics_storage: 'granted',
      functionality_storage: 'granted',
      personalization_storage: 'denied',
      security_storage: 'granted',
    });
    expect(consentModeSignals(resolved, { features: true, performance: false, advertising: true })).toMatchObject({
      ad_storage: 'granted',
      ad_user_data: 'granted',
      ad_personalization: 'granted',
      analytics_storage: 'denied',
    });
  });

  it('follows a mapping of the config’s own', () => {
    const own = resolveConfig(
      defineConsentConfig({
        revision: 1,
        categories: { necessary: { required: true }, stats: {}, videos: {} },
        consentMode: { mapping: { stats: ['analytics_storage'], videos: ['personalization_storage', 'ad_storage'] } },
      }),
    );
    expect(consentModeSignals(own, { necessary: true, stats: false, videos: true })).toMatchObject({
      analytics_storage: 'denied',
      personalization_storage: 'granted',
      ad_storage: 'granted',
      functionality_storage: 'granted',
    });
  });

  it.each([
    [{ mapping: { performance: ['analytics'] } }, 'consentMode.mapping.performance[0] must be one of ad_storage'],
    [{ mapping: { perfomance: ['analytics_storage'] } }, 'consentMode.mapping.perfomance is not a category of this config'],
    [{ region: ['EU'] }, 'Google takes ISO 3166 country codes ("FR", "DE"), not "EU"'],
    [{ region: ['france'] }, 'consentMode.region[0] must be an ISO 3166 code'],
    [{ waitForUpdate: 1.5 }, 'consentMode.waitForUpdate must be a whole number of milliseconds'],
    [{ mode: 'full' }, 'consentMode.mode must be "basic" or "advanced"'],
    [{ dataLayerName: 'data layer' }, 'consentMode.dataLayerName must be a JavaScript identifier'],
  ])('rejects %j, naming the field', (consentMode, message) => {
    expect(() => createConsentStore({ ...weroomConfig, consentMode } as unknown as ConsentConfig)).toThrow(message);
  });
});

describe('the head snippet (CM-2)', () => {
  it('sets a default for all seven keys, denied but for the required category’s, when there is no decision', () => {
    const layer = runSnippet(consentModeScript(config), '');
    expect(layer).toEqual([
      [
        'consent',
        'default',
        {
          ad_storage: 'denied',
          ad_user_data: 'denied',
          ad_personalization: 'denied',
          analytics_storage: 'denied',
          functionality_storage: 'granted',
          personalization_storage: 'denied',
          security_storage: 'granted',
        },
      ],
    ]);
    expect(Object.keys(layer[0]![2 as never] as object).sort()).toEqual([...CONSENT_MODE_KEYS].sort());
  });

  it('re-applies a stored decision right after the default, then pushes an event for GTM', () => {
    const store = createConsentStore(config);
    store.start();
    store.save({ performance: true });
    const layer = runSnippet(consentModeScript(config), document.cookie);
    expect(layer.map((entry) => (Array.isArray(entry) ? entry.slice(0, 2).join(' ') : JSON.stringify(entry)))).toEqual([
      'consent default',
      'consent update',
      '{"event":"consent_update"}',
    ]);
    expect(layer[1]![2 as never]).toMatchObject({ analytics_storage: 'granted', ad_storage: 'denied' });
  });

  it('passes wait_for_update and region in the default, and sets ads_data_redaction and url_passthrough (CM-4)', () => {
    const withOptions = defineConsentConfig({
      ...weroomConfig,
      consentMode: { waitForUpdate: 500, region: ['FR', 'US-CA'], adsDataRedaction: true, urlPassthrough: true },
    });
    const layer = runSnippet(consentModeScript(withOptions), '');
    expect(layer[0]![2 as never]).toMatchObject({ wait_for_update: 500, region: ['FR', 'US-CA'] });
    expect(layer.slice(1)).toEqual([
      ['set', 'ads_data_redaction', true],
      ['set', 'url_passthrough', true],
    ]);
  });

  it('leaves every option off unless asked for (CM-4)', () => {
    const [defaults, ...rest] = runSnippet(consentModeScript(config), '');
    expect(defaults![2 as never]).not.toHaveProperty('wait_for_update');
    expect(defaults![2 as never]).not.toHaveProperty('region');
    expect(rest).toEqual([]);
  });

  it.each([
    ['opt-in', undefined],
    ['opt-out', 'US-CA'],
    ['none', 'JP'],
  ] as const)('reads the decision exactly as the library does under %s, for any cookie value and regime it was given under, with GPC on or off', (regime, jurisdiction) => {
    const regional = defineConsentConfig({
      ...config,
      categories: { ...config.categories, performance: { ...config.categories.performance, grantedByDefault: true } },
      jurisdictions: { regimes: { 'US-CA': 'opt-out', JP: 'none' } },
    });
    const resolved = resolveConfig(regional);
    const now = Date.now();
    const ids = ['features', 'performance', 'advertising', 'social'];
    const plausible = fc
      .record({
        revision: fc.constantFrom('1', '2'),
        ageDays: fc.integer({ min: -3, max: 400 }),
        method: fc.constantFrom('accept-all', 'reject-all', 'custom', 'close', 'withdraw', 'opt-out', 'acknowledge' as const),
        granted: fc.subarray(ids),
        denied: fc.subarray(ids),
        given: fc.constantFrom('opt-in', 'opt-out', 'none' as const),
      })
      .map(({ revision, ageDays, method, granted, denied, given }) =>
        encodeConsentValue({
          revision,
          decidedAt: Math.floor((now - ageDays * DAY_MS) / 1000) * 1000,
          consentId: 'q1W2e3R4t5Y6u7I8',
          method,
          granted,
          denied: denied.filter((id) => !granted.includes(id)),
          regime: given,
        }),
      );
    const script = consentModeScript(regional, { jurisdiction });
    fc.assert(
      fc.property(fc.oneof(plausible, fc.string(), plausible.map((value) => value.replace('.', '%2E'))), fc.boolean(), (value, gpc) => {
        const layer = runSnippet(script, `other=1; cookie_consent=${value}`, gpc);
        const decision = interpretStoredDecision(decodeConsentValue(value), resolved, Date.now(), regime);
        const undecided = { status: 'undecided', reason: 'no-decision' } as const;
        expect(layer[0]![2 as never]).toEqual(consentModeSignals(resolved, grantsOf(resolved, undecided, gpc, regime)));
        if (decision.status === 'decided') {
          expect(layer[1]![2 as never]).toEqual(consentModeSignals(resolved, grantsOf(resolved, decision, gpc, regime)));
        } else {
          expect(layer).toHaveLength(1);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('sets the defaults by the regime: denied under opt-in, granted under opt-out but for advertising under GPC (CM-2, GPC-1)', () => {
    const regional = defineConsentConfig({ ...config, jurisdictions: { regimes: { 'US-CA': 'opt-out' } } });
    const defaultsOf = (jurisdiction: string | undefined, gpc: boolean) => runSnippet(consentModeScript(regional, { jurisdiction }), '', gpc)[0]![2 as never];
    expect(defaultsOf('FR', false)).toMatchObject({ analytics_storage: 'denied', ad_storage: 'denied' });
    expect(defaultsOf(undefined, false)).toMatchObject({ analytics_storage: 'denied', ad_storage: 'denied' });
    expect(defaultsOf('US-CA', false)).toMatchObject({ analytics_storage: 'granted', ad_storage: 'granted', ad_user_data: 'granted', ad_personalization: 'granted' });
    expect(defaultsOf('US-CA', true)).toMatchObject({ analytics_storage: 'granted', ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied' });
  });

  it('keeps consentMode.region on the default, for sites that set defaults per region', () => {
    const regional = defineConsentConfig({ ...config, consentMode: { region: ['FR', 'US-CA'], waitForUpdate: 500 } });
    expect(runSnippet(consentModeScript(regional), '')[0]![2 as never]).toMatchObject({ region: ['FR', 'US-CA'], wait_for_update: 500 });
  });

  it('is a tag with the nonce, and nothing in it can close the script early', () => {
    const tag = consentModeScriptTag(config, { nonce: 'r4nd0m"><x' });
    expect(tag.startsWith('<script nonce="r4nd0mx">')).toBe(true);
    expect(tag.match(/<\/script>/g)).toHaveLength(1);
    expect(tag).not.toMatch(/\beval\(|new Function/);
    // A `$` would be read as a replacement pattern by a template engine's String.replace.
    expect(consentModeScript(defineConsentConfig({ ...config, consentMode: { dataLayerName: '$layer' } }))).not.toContain('$');
    expect('<head></head>'.replace('<head>', `<head>${tag}`)).toBe(`<head>${tag}</head>`);
  });
});

describe('telling Google about a change', () => {
  it('pushes an update and an event, once for the same state', () => {
    runInNewContext(consentModeScript(config), window);
    const resolved = resolveConfig(config);
    const layer = (window as unknown as { dataLayer: unknown[] }).dataLayer;
    expect(pushConsentUpdate(resolved, { features: true, performance: true, advertising: false })).toBe(true);
    expect(pushConsentUpdate(resolved, { features: true, performance: true, advertising: false })).toBe(false);
    expect(layer.map((entry) => (kindOf(entry) === '[object Arguments]' ? `${(entry as IArguments)[0]} ${(entry as IArguments)[1]}` : JSON.stringify(entry)))).toEqual([
      'consent default',
      'consent update',
      '{"event":"consent_update"}',
    ]);
  });

  it('sets the default first when the head snippet is missing', () => {
    pushConsentUpdate(resolveConfig(config), { features: true, performance: false, advertising: true });
    const layer = (window as unknown as { dataLayer: IArguments[] }).dataLayer;
    expect(Array.from(layer[0]!).slice(0, 2)).toEqual(['consent', 'default']);
    expect(Array.from(layer[1]!).slice(0, 2)).toEqual(['consent', 'update']);
  });
});
