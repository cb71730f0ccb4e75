import { CONSENT_MODE_KEYS, type ConsentModeConfig } from './consent-mode';
import { TEXT_KEYS, type ConsentTextsOverride } from './texts';

/** A text given once for every locale, or per locale (`{ en: '1 year', fr: '1 an' }`). */
export type LocalizedText = string | Readonly<Record<string, string>>;

/** One cookie (or family of cookies) that a category sets, as the policy declares it (EU-9). */
export type CookieDeclaration = {
  /** The cookie's name, or a pattern for a family such as `/^_ga_/`. */
  name: string | RegExp;
  /** Who sets it: the site itself or a third party such as Google. */
  provider: string;
  /** What it is for. */
  purpose: LocalizedText;
  /** How long it lasts, as people read it (`2 years`, `session`). */
  duration: LocalizedText;
};

/** One purpose people can allow or refuse. */
export type CategoryConfig = {
  /** Strictly necessary: always granted, shown as "Always active", never asked. @default false */
  required?: boolean;
  /**
   * Held denied while the browser sends Global Privacy Control, even through "Accept all"; only an
   * explicit opt-in for this category in the preferences overrides it (GPC-1).
   * @default true for a category named `advertising`, false otherwise
   */
  gpc?: boolean;
  /** The cookies this category sets, listed in the preferences and the policy. @default [] */
  cookies?: readonly CookieDeclaration[];
};

/** Where the decision is kept (CK-1). */
export type ConsentCookieConfig = {
  /** @default 'cookie_consent' */
  name?: string;
  /** Set only to share the decision across subdomains (`.example.com`); host-only otherwise. */
  domain?: string;
  /** @default '/' */
  path?: string;
};

/** The whole consent configuration of a site. `C` is the union of its category ids. */
export type ConsentConfig<C extends string = string> = {
  /** The policy's version. A decision stored under another revision is asked again (EU-11). */
  revision: number | string;
  /** The categories, in the order they are shown. */
  categories: { readonly [K in C]: CategoryConfig };
  /** Days a decision lasts before it is asked again (EU-12). @default 182 (at most 395) */
  expiresAfterDays?: number;
  /** The consent cookie's name, domain and path. */
  cookie?: ConsentCookieConfig;
  /** Text overrides per locale (`en`, `fr`, `fr-CA`); every text has a default. */
  texts?: Readonly<Record<string, ConsentTextsOverride<NoInfer<C>>>>;
  /** Google Consent Mode v2: present (even `{}`), every change is told to Google tags. */
  consentMode?: ConsentModeConfig<NoInfer<C>>;
};

/** The category ids of a config: `CategoryId<typeof config>` is `'features' | 'performance' | ...`. */
export type CategoryId<T> = T extends { categories: infer R } ? Extract<keyof R, string> : never;

/**
 * Declares a consent config, keeping its category ids as literal types so that
 * `useConsent('perfomance')` is a type error. It returns the config unchanged: checking happens
 * when a provider or store is created, where an error can name the field.
 */
export function defineConsentConfig<const C extends string>(config: ConsentConfig<C>): ConsentConfig<C> {
  return config;
}

/** A config that broke a rule; the message names the field and what it must be. */
export class ConsentConfigError extends Error {
  override name = 'ConsentConfigError';
}

/** A category after checking, with every default filled in. */
export type ResolvedCategory = {
  id: string;
  required: boolean;
  gpc: boolean;
  cookies: readonly CookieDeclaration[];
};

/** A checked config with its defaults filled in: what the store works with. */
export type ResolvedConfig<C extends string = string> = {
  revision: string;
  categoryIds: readonly C[];
  categories: Readonly<Record<C, ResolvedCategory>>;
  /** The categories in the order they are shown. */
  categoryList: readonly ResolvedCategory[];
  expiresAfterDays: number;
  cookie: { name: string; path: string; domain?: string };
  texts: Readonly<Record<string, ConsentTextsOverride>>;
  consentMode?: ConsentModeConfig<C>;
};

export const DEFAULT_EXPIRES_AFTER_DAYS = 182;
/** CNIL's 13-month ceiling, under the 400-day cap browsers put on cookies (EU-12, CK-3). */
export const MAX_EXPIRES_AFTER_DAYS = 395;
/** Ids go into the cookie as they are, so they stay short and plain. */
export const CATEGORY_ID_PATTERN = /^[a-z][a-z0-9_-]{0,31}$/;
export const REVISION_PATTERN = /^[A-Za-z0-9_-]{1,32}$/;
const MAX_CATEGORIES = 32;
/** RFC 6265 cookie-name token. */
const COOKIE_NAME_PATTERN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]{1,64}$/;
const DOMAIN_PATTERN = /^\.?[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*$/;
const PATH_PATTERN = /^\/[^\s;,\u0000-\u001f\u007f]*$/;
const LOCALE_PATTERN = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

const CONFIG_FIELDS = ['revision', 'categories', 'expiresAfterDays', 'cookie', 'texts', 'consentMode'];
const CONSENT_MODE_FIELDS = ['mapping', 'waitForUpdate', 'region', 'adsDataRedaction', 'urlPassthrough', 'mode', 'dataLayerName'];
const CATEGORY_FIELDS = ['required', 'gpc', 'cookies'];
const COOKIE_FIELDS = ['name', 'domain', 'path'];
const DECLARATION_FIELDS = ['name', 'provider', 'purpose', 'duration'];
const TEXT_SECTIONS = [...Object.keys(TEXT_KEYS), 'categories'];

function fail(message: string): never {
  throw new ConsentConfigError(`Invalid consent config: ${message}`);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof RegExp);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (value instanceof RegExp) return 'a RegExp';
  return typeof value === 'string' ? `"${value.slice(0, 40)}"` : typeof value === 'object' ? 'an object' : String(value);
}

function onlyKnownFields(value: Record<string, unknown>, known: readonly string[], path: string): void {
  for (const key of Object.keys(value)) {
    if (!known.includes(key)) fail(`${path}${key} is not a known field (expected one of ${known.join(', ')})`);
  }
}

function checkLocalizedText(value: unknown, path: string): void {
  if (typeof value === 'string') return;
  if (isRecord(value) && Object.keys(value).length > 0) {
    for (const [locale, text] of Object.entries(value)) {
      if (!LOCALE_PATTERN.test(locale)) fail(`${path}.${locale} must be keyed by a locale such as "en" or "fr-CA"`);
      if (typeof text !== 'string') fail(`${path}.${locale} must be a string, got ${describe(text)}`);
    }
    return;
  }
  fail(`${path} must be a string or an object of strings per locale, got ${describe(value)}`);
}

function resolveCookieDeclaration(value: unknown, path: string): CookieDeclaration {
  if (!isRecord(value)) fail(`${path} must be an object { name, provider, purpose, duration }, got ${describe(value)}`);
  onlyKnownFields(value, DECLARATION_FIELDS, `${path}.`);
  const { name } = value;
  if (name instanceof RegExp) {
    // A global or sticky pattern keeps `lastIndex` between tests and would skip cookies.
    if (name.global || name.sticky) fail(`${path}.name must not use the g or y flag`);
  } else if (typeof name !== 'string' || name.length === 0) {
    fail(`${path}.name must be a string or a RegExp, got ${describe(name)}`);
  }
  if (typeof value.provider !== 'string' || value.provider.length === 0) {
    fail(`${path}.provider must be a non-empty string, got ${describe(value.provider)}`);
  }
  checkLocalizedText(value.purpose, `${path}.purpose`);
  checkLocalizedText(value.duration, `${path}.duration`);
  return value as CookieDeclaration;
}

function resolveCategory(id: string, value: unknown): ResolvedCategory {
  const path = `categories.${id}`;
  if (!CATEGORY_ID_PATTERN.test(id)) {
    fail(`${path}: a category id must start with a lowercase letter and hold at most 32 of a-z, 0-9, "-" and "_"`);
  }
  if (!isRecord(value)) fail(`${path} must be an object, got ${describe(value)}`);
  onlyKnownFields(value, CATEGORY_FIELDS, `${path}.`);
  const { required = false, gpc = id === 'advertising', cookies = [] } = value;
  if (typeof required !== 'boolean') fail(`${path}.required must be a boolean, got ${describe(required)}`);
  if (typeof gpc !== 'boolean') fail(`${path}.gpc must be a boolean, got ${describe(gpc)}`);
  if (required && gpc && value.gpc !== undefined) {
    fail(`${path} cannot be both required and held off by Global Privacy Control`);
  }
  if (!Array.isArray(cookies)) fail(`${path}.cookies must be an array, got ${describe(cookies)}`);
  return {
    id,
    required,
    // A required category is always granted, so the signal cannot hold it off.
    gpc: gpc && !required,
    cookies: cookies.map((cookie, index) => resolveCookieDeclaration(cookie, `${path}.cookies[${index}]`)),
  };
}

function resolveTextsOverrides(value: unknown, categoryIds: readonly string[]): Record<string, ConsentTextsOverride> {
  if (value === undefined) return {};
  if (!isRecord(value)) fail(`texts must be an object of texts per locale, got ${describe(value)}`);
  for (const [locale, texts] of Object.entries(value)) {
    const path = `texts.${locale}`;
    if (!LOCALE_PATTERN.test(locale)) fail(`${path}: texts must be keyed by a locale such as "en" or "fr-CA"`);
    if (!isRecord(texts)) fail(`${path} must be an object, got ${describe(texts)}`);
    onlyKnownFields(texts, TEXT_SECTIONS, `${path}.`);
    for (const [section, entries] of Object.entries(texts)) {
      if (!isRecord(entries)) fail(`${path}.${section} must be an object, got ${describe(entries)}`);
      for (const [key, text] of Object.entries(entries)) {
        if (section !== 'categories') {
          const known = TEXT_KEYS[section as keyof typeof TEXT_KEYS];
          if (!known.includes(key)) fail(`${path}.${section}.${key} is not a known text (expected one of ${known.join(', ')})`);
          if (typeof text !== 'string') fail(`${path}.${section}.${key} must be a string, got ${describe(text)}`);
          continue;
        }
        if (!categoryIds.includes(key)) fail(`${path}.categories.${key} is not a category of this config`);
        if (!isRecord(text)) fail(`${path}.categories.${key} must be an object { title, description }`);
        onlyKnownFields(text, ['title', 'description'], `${path}.categories.${key}.`);
        for (const [field, string] of Object.entries(text)) {
          if (typeof string !== 'string') fail(`${path}.categories.${key}.${field} must be a string, got ${describe(string)}`);
        }
      }
    }
  }
  return value as Record<string, ConsentTextsOverride>;
}

function resolveConsentMode(value: unknown, categoryIds: readonly string[]): ConsentModeConfig | undefined {
  if (value === undefined) return undefined;
  if (!isRecord(value)) fail(`consentMode must be an object, got ${describe(value)}`);
  onlyKnownFields(value, CONSENT_MODE_FIELDS, 'consentMode.');
  const { mapping = {}, waitForUpdate, region, adsDataRedaction = false, urlPassthrough = false, mode = 'basic', dataLayerName = 'dataLayer' } = value;
  if (!isRecord(mapping)) fail(`consentMode.mapping must be an object of keys per category, got ${describe(mapping)}`);
  for (const [id, keys] of Object.entries(mapping)) {
    if (!categoryIds.includes(id)) fail(`consentMode.mapping.${id} is not a category of this config`);
    if (!Array.isArray(keys)) fail(`consentMode.mapping.${id} must be an array of Consent Mode keys, got ${describe(keys)}`);
    keys.forEach((key: unknown, index) => {
      if (!CONSENT_MODE_KEYS.includes(key as never)) {
        fail(`consentMode.mapping.${id}[${index}] must be one of ${CONSENT_MODE_KEYS.join(', ')}, got ${describe(key)}`);
      }
    });
  }
  if (waitForUpdate !== undefined && (typeof waitForUpdate !== 'number' || !Number.isInteger(waitForUpdate) || waitForUpdate < 0 || waitForUpdate > 60_000)) {
    fail(`consentMode.waitForUpdate must be a whole number of milliseconds from 0 to 60000, got ${describe(waitForUpdate)}`);
  }
  if (region !== undefined) {
    if (!Array.isArray(region) || region.length === 0) fail(`consentMode.region must be a non-empty array of ISO 3166 codes, got ${describe(region)}`);
    region.forEach((code: unknown, index) => {
      if (code === 'EU' || code === 'EEA') fail(`consentMode.region[${index}]: Google takes ISO 3166 country codes ("FR", "DE"), not "${code}"`);
      if (typeof code !== 'string' || !/^[A-Z]{2}(?:-[A-Z0-9]{1,3})?$/.test(code)) {
        fail(`consentMode.region[${index}] must be an ISO 3166 code such as "FR" or "US-CA", got ${describe(code)}`);
      }
    });
  }
  if (typeof adsDataRedaction !== 'boolean') fail(`consentMode.adsDataRedaction must be a boolean, got ${describe(adsDataRedaction)}`);
  if (typeof urlPassthrough !== 'boolean') fail(`consentMode.urlPassthrough must be a boolean, got ${describe(urlPassthrough)}`);
  if (mode !== 'basic' && mode !== 'advanced') fail(`consentMode.mode must be "basic" or "advanced", got ${describe(mode)}`);
  if (typeof dataLayerName !== 'string' || !/^[A-Za-z_$][A-Za-z0-9_$]{0,63}$/.test(dataLayerName)) {
    fail(`consentMode.dataLayerName must be a JavaScript identifier, got ${describe(dataLayerName)}`);
  }
  return {
    mapping: mapping as ConsentModeConfig['mapping'] & object,
    ...(waitForUpdate === undefined ? {} : { waitForUpdate }),
    ...(region === undefined ? {} : { region: region as string[] }),
    adsDataRedaction,
    urlPassthrough,
    mode,
    dataLayerName,
  };
}

/**
 * Checks a config and fills in its defaults. Throws a {@link ConsentConfigError} naming the first
 * field that breaks a rule, so a mistake fails where the provider is created, not later.
 */
export function resolveConfig<C extends string>(config: ConsentConfig<C>): ResolvedConfig<C> {
  const raw: unknown = config;
  if (!isRecord(raw)) fail(`the config must be an object, got ${describe(raw)}`);
  onlyKnownFields(raw, CONFIG_FIELDS, '');

  const { revision } = raw;
  const revisionOk =
    typeof revision === 'number' ? Number.isSafeInteger(revision) && revision >= 0 : typeof revision === 'string' && REVISION_PATTERN.test(revision);
  if (!revisionOk) {
    fail(`revision must be a whole number or a string of at most 32 letters, digits, "-" and "_", got ${describe(revision)}`);
  }

  if (!isRecord(raw.categories)) fail(`categories must be an object of categories by id, got ${describe(raw.categories)}`);
  const ids = Object.keys(raw.categories);
  if (ids.length === 0) fail('categories must declare at least one category');
  if (ids.length > MAX_CATEGORIES) fail(`categories may declare at most ${MAX_CATEGORIES} categories`);
  const categories: Record<string, ResolvedCategory> = {};
  for (const id of ids) categories[id] = resolveCategory(id, raw.categories[id]);

  const { expiresAfterDays = DEFAULT_EXPIRES_AFTER_DAYS } = raw;
  if (typeof expiresAfterDays !== 'number' || !Number.isFinite(expiresAfterDays) || expiresAfterDays <= 0 || expiresAfterDays > MAX_EXPIRES_AFTER_DAYS) {
    fail(`expiresAfterDays must be a number of days above 0 and at most ${MAX_EXPIRES_AFTER_DAYS}, got ${describe(expiresAfterDays)}`);
  }

  const cookie = raw.cookie ?? {};
  if (!isRecord(cookie)) fail(`cookie must be an object { name, domain, path }, got ${describe(cookie)}`);
  onlyKnownFields(cookie, COOKIE_FIELDS, 'cookie.');
  const { name = 'cookie_consent', path = '/', domain } = cookie;
  if (typeof name !== 'string' || !COOKIE_NAME_PATTERN.test(name)) {
    fail(`cookie.name must be a cookie name (letters, digits and !#$%&'*+-.^_\`|~), got ${describe(name)}`);
  }
  if (typeof path !== 'string' || !PATH_PATTERN.test(path)) fail(`cookie.path must start with "/" and hold no space, comma or semicolon, got ${describe(path)}`);
  if (domain !== undefined && (typeof domain !== 'string' || !DOMAIN_PATTERN.test(domain))) {
    fail(`cookie.domain must be a domain name such as ".example.com", got ${describe(domain)}`);
  }

  return {
    revision: String(revision),
    categoryIds: ids as C[],
    categories: categories as Record<C, ResolvedCategory>,
    categoryList: Object.values(categories),
    expiresAfterDays,
    cookie: domain === undefined ? { name, path } : { name, path, domain },
    texts: resolveTextsOverrides(raw.texts, ids),
    ...(raw.consentMode === undefined ? {} : { consentMode: resolveConsentMode(raw.consentMode, ids) as ConsentModeConfig<C> }),
  };
}
