import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConsentConfigError, createConsentStore, type ConsentConfig } from '@weroom/cookie-consent';
import { weroomConfig } from '../helpers';

const minimal = { revision: 1, categories: { features: { required: true }, performance: {}, advertising: {} } };

/** A config with one field changed, typed loosely: these are the mistakes a JavaScript app can make. */
function withField(patch: Record<string, unknown>): ConsentConfig {
  return { ...minimal, ...patch } as unknown as ConsentConfig;
}

function errorOf(config: unknown): string {
  try {
    createConsentStore(config as ConsentConfig);
  } catch (error) {
    expect(error).toBeInstanceOf(ConsentConfigError);
    return (error as Error).message;
  }
  throw new Error('the config was accepted');
}

describe('a consent config', () => {
  it('is valid with nothing but a revision and three categories, every other value defaulted', () => {
    const store = createConsentStore(minimal);
    expect(store.config.categoryIds).toEqual(['features', 'performance', 'advertising']);
    expect(store.config.expiresAfterDays).toBe(182);
    expect(store.config.cookie).toEqual({ name: 'cookie_consent', path: '/' });
    expect(store.config.categories.features).toMatchObject({ required: true, gpc: false });
  });

  it('keeps the categories in the order they are declared', () => {
    const store = createConsentStore({ revision: 'v2', categories: { zeta: {}, alpha: {}, mid: { required: true } } });
    expect(store.config.categoryIds).toEqual(['zeta', 'alpha', 'mid']);
  });

  it('holds the advertising category off under Global Privacy Control unless told otherwise (GPC-1)', () => {
    expect(createConsentStore(minimal).config.categories.advertising.gpc).toBe(true);
    expect(createConsentStore(minimal).config.categories.performance.gpc).toBe(false);
    const own = createConsentStore({ revision: 1, categories: { advertising: { gpc: false }, social: { gpc: true } } });
    expect(own.config.categories.advertising.gpc).toBe(false);
    expect(own.config.categories.social.gpc).toBe(true);
  });

  it('accepts the whole of Weroom’s declared cookies, names and patterns', () => {
    expect(createConsentStore(weroomConfig).config.categories.performance.cookies).toHaveLength(2);
  });

  describe('when it is broken', () => {
    it.each([
      ['not an object', null, 'the config must be an object'],
      ['no revision', { categories: minimal.categories }, 'revision must be a whole number or a string'],
      ['a revision with a dot', withField({ revision: '1.2' }), 'revision must be'],
      ['no categories', withField({ categories: {} }), 'categories must declare from 1 to 32 categories'],
      ['categories as an array', withField({ categories: ['performance'] }), 'categories must be an object'],
      ['a category id with capitals', withField({ categories: { Performance: {} } }), 'categories.Performance: a category id must'],
      ['a category that is not an object', withField({ categories: { performance: true } }), 'categories.performance must be an object'],
      ['a required flag that is a string', withField({ categories: { features: { required: 'yes' } } }), 'categories.features.required must be a boolean'],
      ['a required category under GPC', withField({ categories: { features: { required: true, gpc: true } } }), 'cannot be both required and held off'],
      ['a cookie without a name', withField({ categories: { performance: { cookies: [{ provider: 'Google', purpose: 'x', duration: 'y' }] } } }), 'categories.performance.cookies[0].name must be a string or a RegExp'],
      ['a cookie named by a number', withField({ categories: { performance: { cookies: [{ name: 42, provider: 'Google', purpose: 'x', duration: 'y' }] } } }), 'categories.performance.cookies[0].name must be a string or a RegExp, got 42'],
      ['a global pattern', withField({ categories: { performance: { cookies: [{ name: /^_ga/g, provider: 'Google', purpose: 'x', duration: 'y' }] } } }), 'cookies[0].name must not use the g or y flag'],
      ['a cookie without a provider', withField({ categories: { performance: { cookies: [{ name: '_ga', purpose: 'x', duration: 'y' }] } } }), 'cookies[0].provider must be a non-empty string'],
      ['a purpose that is a number', withField({ categories: { performance: { cookies: [{ name: '_ga', provider: 'G', purpose: 1, duration: 'y' }] } } }), 'cookies[0].purpose must be a string or an object of strings per locale'],
      ['a misspelt field', withField({ expiresAfterDay: 30 }), 'expiresAfterDay is not a known field'],
      ['a misspelt category field', withField({ categories: { features: { requried: true } } }), 'categories.features.requried is not a known field'],
      ['a lifetime of zero days', withField({ expiresAfterDays: 0 }), 'expiresAfterDays must be a number of days above 0 and at most 395'],
      ['a lifetime over 13 months', withField({ expiresAfterDays: 400 }), 'expiresAfterDays must be a number of days above 0 and at most 395, got 400'],
      ['a lifetime that is not a number', withField({ expiresAfterDays: '30' }), 'expiresAfterDays must be a number'],
      ['a cookie name with a space', withField({ cookie: { name: 'my consent' } }), 'cookie.name must be a cookie name'],
      ['a cookie path with a semicolon', withField({ cookie: { path: '/;x' } }), 'cookie.path must start with "/"'],
      ['a cookie domain with a slash', withField({ cookie: { domain: 'example.com/x' } }), 'cookie.domain must be a domain name'],
      ['texts for a category it lacks', withField({ texts: { en: { categories: { perfomance: { title: 'x' } } } } }), 'texts.en.categories.perfomance is not a category of this config'],
      ['a text that is not a string', withField({ texts: { en: { banner: { title: 5 } } } }), 'texts.en.banner.title must be a string, got 5'],
      ['texts under a made-up locale key', withField({ texts: { 'not a locale': {} } }), 'texts must be keyed by a locale'],
    ])('with %s, fails at creation naming the field', (_, config, message) => {
      expect(errorOf(config)).toContain(message);
    });
  });

  describe('in a production build', () => {
    afterEach(() => {
      vi.unstubAllEnvs();
    });

    it.each([
      ['no categories', withField({ categories: {} }), 'categories'],
      ['only categories with broken ids', withField({ categories: { Performance: {} } }), 'categories'],
      ['a revision with a dot', withField({ revision: '1.2' }), 'revision'],
      ['not an object', null, 'categories'],
    ])('with %s, still fails at creation naming the field, in fewer words', (_, config, field) => {
      vi.stubEnv('NODE_ENV', 'production');
      const message = errorOf(config);
      expect(message).toBe(`Invalid consent config: ${field} (a development build says why)`);
    });

    it('falls back to what grants nothing by mistake where a field is broken', () => {
      vi.stubEnv('NODE_ENV', 'production');
      const store = createConsentStore(
        withField({
          categories: {
            features: { required: 'yes' },
            advertising: { gpc: 'no', cookies: [{ name: 42 }, { name: /^_gcl_/g, provider: 'Google', purpose: 'x', duration: 'y' }] },
          },
          cookie: { name: 'my consent', path: '/;x', domain: 'example.com/x' },
          expiresAfterDays: 400,
          locales: [{ code: 'de' }],
        }),
      );
      const { config } = store;
      // A required flag that is not `true` asks; a GPC flag that is not `false` holds off.
      expect(config.categories.features).toMatchObject({ required: false, gpc: false });
      expect(config.categories.advertising?.gpc).toBe(true);
      // A cookie with no usable name is left out; a pattern loses the flag that would skip cookies.
      expect(config.categories.advertising?.cookies.map((cookie) => String(cookie.name))).toEqual(['/^_gcl_/']);
      expect(config.cookie).toEqual({ name: 'cookie_consent', path: '/' });
      expect(config.expiresAfterDays).toBe(182);
      expect(config.locales).toEqual([]);
    });

    it('leaves out the development-only checks, which guard no consent', () => {
      vi.stubEnv('NODE_ENV', 'production');
      expect(() => createConsentStore(withField({ expiresAfterDay: 30 }))).not.toThrow();
    });
  });
});
