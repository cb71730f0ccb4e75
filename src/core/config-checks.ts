import {
  CATEGORY_ID_PATTERN,
  COOKIE_NAME_PATTERN,
  DOMAIN_PATTERN,
  MAX_EXPIRES_AFTER_DAYS,
  PATH_PATTERN,
  REVISION_PATTERN,
  fail,
  isLocaleModule,
  isRecord,
} from './config-rules.js';
import { languageOf } from './texts.js';
import { CONSENT_MODE_KEYS } from './consent-mode.js';
import { isRegime, normalizeJurisdiction } from './jurisdiction.js';
import { BUILT_IN_PURPOSES, FIRST_LAYER_TEXT_NAMES, SECOND_LAYER_TEXT_NAMES } from './text-keys.js';

const LOCALE_PATTERN = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

const FIELDS = {
  config: ['revision', 'categories', 'expiresAfterDays', 'cookie', 'locales', 'services', 'texts', 'consentMode', 'jurisdictions'],
  category: ['required', 'gpc', 'cookies', 'grantedByDefault'],
  cookie: ['name', 'domain', 'path'],
  declaration: ['name', 'provider', 'purpose', 'duration'],
  jurisdictions: ['regimes', 'default', 'unknown'],
  consentMode: ['mapping', 'waitForUpdate', 'region', 'adsDataRedaction', 'urlPassthrough', 'mode', 'dataLayerName'],
};

function onlyKnownFields(value: Record<string, unknown>, known: readonly string[], path: string): void {
  for (const key of Object.keys(value)) {
    if (!known.includes(key)) fail(`${path}${key}`, `is not a known field (expected one of ${known.join(', ')})`);
  }
}

function checkLocalizedText(value: unknown, path: string): void {
  if (typeof value === 'string') return;
  if (isRecord(value) && Object.keys(value).length > 0) {
    for (const [locale, text] of Object.entries(value)) {
      if (!LOCALE_PATTERN.test(locale)) fail(`${path}.${locale}`, 'must be keyed by a locale such as "en" or "fr-CA"');
      if (typeof text !== 'string') fail(`${path}.${locale}`, 'must be a string', text);
    }
    return;
  }
  fail(path, 'must be a string or an object of strings per locale', value);
}

const DURATION_UNITS = ['minutes', 'hours', 'days', 'months', 'years'];

function checkDuration(value: unknown, path: string): void {
  if (isRecord(value) && Object.keys(value).length === 1) {
    const [unit, amount] = Object.entries(value)[0]!;
    if (unit === 'session' && amount === true) return;
    if (DURATION_UNITS.includes(unit)) {
      if (typeof amount !== 'number' || !(amount > 0) || !Number.isFinite(amount)) fail(`${path}.${unit}`, 'must be a number above 0', amount);
      return;
    }
  }
  checkLocalizedText(value, path);
}

/** The keys of each section of a set of texts. */
function keysOf(texts: object): Record<string, readonly string[]> {
  return Object.fromEntries(Object.entries(texts).map(([section, entries]) => [section, Object.keys(entries as object)]));
}

/**
 * Overrides for a language no module speaks leave every other text in English: a mix of languages
 * on one banner. Warned, not refused: a site may mean it.
 */
function warnOfPartialLanguage(locale: string, own: Record<string, unknown>, sections: Record<string, readonly string[]>, shipped: readonly string[]): void {
  const language = languageOf(locale);
  if (language === 'en' || shipped.some((code) => languageOf(code) === language)) return;
  const missing = Object.entries(sections).flatMap(([section, keys]) =>
    keys.filter((key) => typeof (own[section] as Record<string, unknown> | undefined)?.[key] !== 'string').map((key) => `${section}.${key}`),
  );
  if (missing.length === 0) return;
  console.warn(
    `[cookie-consent] texts.${locale} overrides some texts of a language the config lists no module for, so the others show in English: ${missing.join(', ')}. Add the module (@weroom/cookie-consent/locales/${language}) to locales, or give every text.`,
  );
}

function checkTexts(texts: Record<string, unknown>, categoryIds: readonly string[], shipped: readonly string[]): void {
  const sections = keysOf({ ...FIRST_LAYER_TEXT_NAMES, ...SECOND_LAYER_TEXT_NAMES });
  for (const [locale, own] of Object.entries(texts)) {
    const path = `texts.${locale}`;
    if (!LOCALE_PATTERN.test(locale)) fail(`${path}:`, 'texts must be keyed by a locale such as "en" or "fr-CA"');
    if (!isRecord(own)) fail(path, 'must be an object', own);
    onlyKnownFields(own, [...Object.keys(sections), 'categories'], `${path}.`);
    warnOfPartialLanguage(locale, own, sections, shipped);
    for (const [section, entries] of Object.entries(own)) {
      if (!isRecord(entries)) fail(`${path}.${section}`, 'must be an object', entries);
      for (const [key, text] of Object.entries(entries)) {
        const at = `${path}.${section}.${key}`;
        if (section !== 'categories') {
          const known = sections[section]!;
          if (!known.includes(key)) fail(at, `is not a known text (expected one of ${known.join(', ')})`);
          if (typeof text !== 'string') fail(at, 'must be a string', text);
          continue;
        }
        if (!categoryIds.includes(key)) fail(at, 'is not a category of this config');
        if (!isRecord(text)) fail(at, 'must be an object { title, description }');
        onlyKnownFields(text, ['title', 'description'], `${at}.`);
        for (const [field, string] of Object.entries(text)) {
          if (typeof string !== 'string') fail(`${at}.${field}`, 'must be a string', string);
        }
      }
    }
  }
}

function checkConsentMode(value: unknown, categoryIds: readonly string[]): void {
  if (value === undefined) return;
  if (!isRecord(value)) fail('consentMode', 'must be an object', value);
  onlyKnownFields(value, FIELDS.consentMode, 'consentMode.');
  const { mapping = {}, waitForUpdate, region, adsDataRedaction = false, urlPassthrough = false, mode = 'basic', dataLayerName = 'dataLayer' } = value;
  if (!isRecord(mapping)) fail('consentMode.mapping', 'must be an object of keys per category', mapping);
  for (const [id, keys] of Object.entries(mapping)) {
    if (!categoryIds.includes(id)) fail(`consentMode.mapping.${id}`, 'is not a category of this config');
    if (!Array.isArray(keys)) fail(`consentMode.mapping.${id}`, 'must be an array of Consent Mode keys', keys);
    keys.forEach((key: unknown, index) => {
      if (!CONSENT_MODE_KEYS.includes(key as never)) fail(`consentMode.mapping.${id}[${index}]`, `must be one of ${CONSENT_MODE_KEYS.join(', ')}`, key);
    });
  }
  if (waitForUpdate !== undefined && !(Number.isInteger(waitForUpdate) && (waitForUpdate as number) >= 0 && (waitForUpdate as number) <= 60_000)) {
    fail('consentMode.waitForUpdate', 'must be a whole number of milliseconds from 0 to 60000', waitForUpdate);
  }
  if (region !== undefined) {
    if (!Array.isArray(region) || region.length === 0) fail('consentMode.region', 'must be a non-empty array of ISO 3166 codes', region);
    region.forEach((code: unknown, index) => {
      if (code === 'EU' || code === 'EEA') fail(`consentMode.region[${index}]:`, `Google takes ISO 3166 country codes ("FR", "DE"), not "${code}"`);
      if (typeof code !== 'string' || !/^[A-Z]{2}(?:-[A-Z0-9]{1,3})?$/.test(code)) fail(`consentMode.region[${index}]`, 'must be an ISO 3166 code such as "FR" or "US-CA"', code);
    });
  }
  if (typeof adsDataRedaction !== 'boolean') fail('consentMode.adsDataRedaction', 'must be a boolean', adsDataRedaction);
  if (typeof urlPassthrough !== 'boolean') fail('consentMode.urlPassthrough', 'must be a boolean', urlPassthrough);
  if (mode !== 'basic' && mode !== 'advanced') fail('consentMode.mode', 'must be "basic" or "advanced"', mode);
  if (typeof dataLayerName !== 'string' || !/^[A-Za-z_$][A-Za-z0-9_$]{0,63}$/.test(dataLayerName)) {
    fail('consentMode.dataLayerName', 'must be a JavaScript identifier', dataLayerName);
  }
}

const REGIME_WORDS = 'must be "opt-in", "opt-out" or "none"';

function checkJurisdictions(value: unknown): void {
  if (value === undefined) return;
  if (!isRecord(value)) fail('jurisdictions', 'must be an object { regimes, default, unknown }', value);
  onlyKnownFields(value, FIELDS.jurisdictions, 'jurisdictions.');
  for (const key of ['default', 'unknown'] as const) {
    if (value[key] !== undefined && !isRegime(value[key])) fail(`jurisdictions.${key}`, REGIME_WORDS, value[key]);
  }
  const { regimes = {} } = value;
  if (!isRecord(regimes)) fail('jurisdictions.regimes', 'must be an object of regimes by place ("FR", "US-CA")', regimes);
  for (const [place, regime] of Object.entries(regimes)) {
    if (normalizeJurisdiction(place) !== place) {
      fail(`jurisdictions.regimes["${place.slice(0, 20)}"]:`, 'a place is an upper-case ISO 3166-1 country code ("FR") or ISO 3166-2 region code ("US-CA")');
    }
    if (!isRegime(regime)) fail(`jurisdictions.regimes.${place}`, REGIME_WORDS, regime);
  }
}

function checkCategory(id: string, value: unknown): void {
  const path = `categories.${id}`;
  if (!CATEGORY_ID_PATTERN.test(id)) fail(`${path}:`, 'a category id must start with a lowercase letter and hold at most 32 of a-z, 0-9, "-" and "_"');
  if (!isRecord(value)) fail(path, 'must be an object', value);
  const { required = false, gpc, cookies = [] } = value;
  if (typeof required !== 'boolean') fail(`${path}.required`, 'must be a boolean', required);
  if (gpc !== undefined && typeof gpc !== 'boolean') fail(`${path}.gpc`, 'must be a boolean', gpc);
  if (required && gpc === true) fail(path, 'cannot be both required and held off by Global Privacy Control');
  if (value.grantedByDefault !== undefined && typeof value.grantedByDefault !== 'boolean') fail(`${path}.grantedByDefault`, 'must be a boolean', value.grantedByDefault);
  if (!Array.isArray(cookies)) fail(`${path}.cookies`, 'must be an array', cookies);
  cookies.forEach((cookie: unknown, index) => {
    const at = `${path}.cookies[${index}]`;
    if (!isRecord(cookie)) fail(at, 'must be an object { name, provider, purpose, duration }', cookie);
    const { name } = cookie;
    if (name instanceof RegExp) {
      // A global or sticky pattern keeps `lastIndex` between tests and would skip cookies.
      if (name.global || name.sticky) fail(`${at}.name`, 'must not use the g or y flag');
    } else if (typeof name !== 'string' || !name) {
      fail(`${at}.name`, 'must be a string or a RegExp', name);
    }
  });
}

/**
 * Every rule of a config, for development builds only: the ones a production build gives a safe
 * default instead (see `resolveConfig`), then unknown fields (a typo would otherwise be ignored
 * silently), the cookie declarations' texts, text overrides, language modules and Consent Mode.
 */
export function checkConfig(raw: unknown): void {
  if (!isRecord(raw)) fail('the config', 'must be an object', raw);
  const { revision, categories, expiresAfterDays, cookie = {}, texts = {}, locales = [] } = raw;
  if (typeof revision === 'number' ? !(Number.isSafeInteger(revision) && revision >= 0) : !(typeof revision === 'string' && REVISION_PATTERN.test(revision))) {
    fail('revision', 'must be a whole number or a string of at most 32 letters, digits, "-" and "_"', revision);
  }
  if (!isRecord(categories)) fail('categories', 'must be an object of categories by id', categories);
  const ids = Object.keys(categories);
  if (ids.length === 0 || ids.length > 32) fail('categories', 'must declare from 1 to 32 categories');
  for (const id of ids) checkCategory(id, categories[id]);
  if (expiresAfterDays !== undefined && !(typeof expiresAfterDays === 'number' && expiresAfterDays > 0 && expiresAfterDays <= MAX_EXPIRES_AFTER_DAYS)) {
    fail('expiresAfterDays', `must be a number of days above 0 and at most ${MAX_EXPIRES_AFTER_DAYS}`, expiresAfterDays);
  }
  if (!isRecord(cookie)) fail('cookie', 'must be an object { name, domain, path }', cookie);
  const { name = 'cookie_consent', path = '/', domain } = cookie;
  if (typeof name !== 'string' || !COOKIE_NAME_PATTERN.test(name)) fail('cookie.name', "must be a cookie name (letters, digits and !#$%&'*+-.^_`|~)", name);
  if (typeof path !== 'string' || !PATH_PATTERN.test(path)) fail('cookie.path', 'must start with "/" and hold no space, comma or semicolon', path);
  if (domain !== undefined && (typeof domain !== 'string' || !DOMAIN_PATTERN.test(domain))) fail('cookie.domain', 'must be a domain name such as ".example.com"', domain);
  if (!isRecord(texts)) fail('texts', 'must be an object of texts per locale', texts);
  if (!Array.isArray(locales)) fail('locales', 'must be an array of language modules, such as the default export of @weroom/cookie-consent/locales/fr', locales);
  locales.forEach((locale: unknown, index) => {
    if (!isLocaleModule(locale)) {
      fail(`locales[${index}]`, 'must be a language module, such as the default export of @weroom/cookie-consent/locales/fr', locale);
    }
  });
  const { services = [] } = raw;
  if (!Array.isArray(services)) fail('services', 'must be an array of services, such as metaPixel({ pixelId }) from @weroom/cookie-consent/services', services);
  services.forEach((service: unknown, index) => {
    if (!isRecord(service) || typeof service.start !== 'function') fail(`services[${index}]`, 'must be a service, such as metaPixel({ pixelId }) from @weroom/cookie-consent/services', service);
    if (!ids.includes(String(service.category))) fail(`services[${index}].category`, `must be a category of this config (${ids.join(', ')}): ${String(service.name)} would never load`, service.category);
  });
  checkConfigDetails(raw, ids);
}

function checkConfigDetails(raw: Record<string, unknown>, categoryIds: readonly string[]): void {
  onlyKnownFields(raw, FIELDS.config, '');
  const categories = raw.categories as Record<string, Record<string, unknown>>;
  for (const id of categoryIds) {
    const category = categories[id]!;
    onlyKnownFields(category, FIELDS.category, `categories.${id}.`);
    ((category.cookies ?? []) as Record<string, unknown>[]).forEach((cookie, index) => {
      const path = `categories.${id}.cookies[${index}]`;
      onlyKnownFields(cookie, FIELDS.declaration, `${path}.`);
      if (typeof cookie.provider !== 'string' || !cookie.provider) fail(`${path}.provider`, 'must be a non-empty string', cookie.provider);
      const { purpose } = cookie;
      if (isRecord(purpose) && 'builtIn' in purpose) {
        if (!Object.hasOwn(BUILT_IN_PURPOSES, String(purpose.builtIn))) fail(`${path}.purpose.builtIn`, `must be one of ${Object.keys(BUILT_IN_PURPOSES).join(', ')}`, purpose.builtIn);
      } else {
        checkLocalizedText(purpose, `${path}.purpose`);
      }
      checkDuration(cookie.duration, `${path}.duration`);
    });
  }
  if (isRecord(raw.cookie)) onlyKnownFields(raw.cookie, FIELDS.cookie, 'cookie.');
  const shipped = ((raw.locales ?? []) as { code: string }[]).map((module) => module.code);
  if (isRecord(raw.texts)) checkTexts(raw.texts, categoryIds, shipped);
  ((raw.locales ?? []) as { code: string; texts: Record<string, unknown> }[]).forEach((locale, index) => {
    if (!LOCALE_PATTERN.test(locale.code)) fail(`locales[${index}].code`, 'must be a locale such as "fr" or "pt-BR"', locale.code);
    for (const section of [...Object.keys(FIRST_LAYER_TEXT_NAMES), 'categories']) {
      if (!isRecord(locale.texts[section])) fail(`locales[${index}].texts.${section}`, 'is missing: is this a language module of this version of the library?');
    }
  });
  checkConsentMode(raw.consentMode, categoryIds);
  checkJurisdictions(raw.jurisdictions);
}
