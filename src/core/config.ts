import type { ConsentModeConfig } from './consent-mode.js';
import { checkConfigDetails } from './config-checks.js';
import type { BuiltInPurpose, ConsentLocale, ConsentTextsOverride } from './texts.js';

/** A text given once for every locale, or per locale (`{ en: '1 year', fr: '1 an' }`). */
export type LocalizedText = string | Readonly<Record<string, string>>;

/**
 * How long a cookie lasts, formatted in each language (`Intl`): one unit (`{ years: 2 }`,
 * `{ days: 90 }`), `{ session: true }` for a cookie gone when the browser closes, or a text.
 */
export type CookieDuration =
  | LocalizedText
  | { readonly session: true }
  | { readonly minutes: number }
  | { readonly hours: number }
  | { readonly days: number }
  | { readonly months: number }
  | { readonly years: number };

/** One cookie (or family of cookies) that a category sets, as the policy declares it (EU-9). */
export type CookieDeclaration = {
  /** The cookie's name, or a pattern for a family such as `/^_ga_/`. */
  name: string | RegExp;
  /** Who sets it: the site itself or a third party such as Google. */
  provider: string;
  /** What it is for: a text, or the key of a purpose every language module describes (the library's own lists). */
  purpose: LocalizedText | { readonly builtIn: BuiltInPurpose };
  /** How long it lasts. */
  duration: CookieDuration;
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
  /**
   * The languages the site speaks besides English, each a module of its own:
   * `import fr from '@weroom/cookie-consent/locales/fr'`, then `locales: [fr]`. @default [] (English only)
   */
  locales?: readonly ConsentLocale[];
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
  /** The language modules the config lists; English is built in. */
  locales: readonly ConsentLocale[];
  texts: Readonly<Record<string, ConsentTextsOverride>>;
  consentMode?: ConsentModeConfig<C>;
};

export const DEFAULT_EXPIRES_AFTER_DAYS = 182;
/** CNIL's 13-month ceiling, under the 400-day cap browsers put on cookies (EU-12, CK-3). */
export const MAX_EXPIRES_AFTER_DAYS = 395;
/** Ids go into the cookie as they are, so they stay short and plain. */
export const CATEGORY_ID_PATTERN = /^[a-z][a-z0-9_-]{0,31}$/;
export const REVISION_PATTERN = /^[A-Za-z0-9_-]{1,32}$/;
/** RFC 6265 cookie-name token. */
const COOKIE_NAME_PATTERN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]{1,64}$/;
const DOMAIN_PATTERN = /^\.?[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*$/;
const PATH_PATTERN = /^\/[^\s;,\u0000-\u001f\u007f]*$/;

declare const process: { env: { NODE_ENV?: string } };

/** Throws the error for `path`, which must be `expected`; `got` says what it was. */
export function fail(path: string, expected: string, ...got: [unknown?]): never {
  throw new ConsentConfigError(`Invalid consent config: ${path} ${expected}${got.length > 0 ? `, got ${describe(got[0])}` : ''}`);
}

/** What each rule checked in every build asks for, told in development builds only. */
const RULES = {
  object: 'must be an object',
  boolean: 'must be a boolean',
  cookieDeclaration: 'must be an object { name, provider, purpose, duration }',
  patternFlags: 'must not use the g or y flag',
  cookieDeclarationName: 'must be a string or a RegExp',
  categoryId: 'a category id must start with a lowercase letter and hold at most 32 of a-z, 0-9, "-" and "_"',
  requiredAndGpc: 'cannot be both required and held off by Global Privacy Control',
  array: 'must be an array',
  revision: 'must be a whole number or a string of at most 32 letters, digits, "-" and "_"',
  categories: 'must be an object of categories by id',
  categoryCount: 'must declare from 1 to 32 categories',
  expiresAfterDays: `must be a number of days above 0 and at most ${MAX_EXPIRES_AFTER_DAYS}`,
  cookie: 'must be an object { name, domain, path }',
  cookieName: "must be a cookie name (letters, digits and !#$%&'*+-.^_`|~)",
  cookiePath: 'must start with "/" and hold no space, comma or semicolon',
  cookieDomain: 'must be a domain name such as ".example.com"',
  texts: 'must be an object of texts per locale',
  locales: 'must be an array of language modules, such as the default export of @weroom/cookie-consent/locales/fr',
} as const;

/**
 * Throws the error for `path`, which broke `rule`. Every build names the field; development
 * builds also say what it must be and what it was, and production builds leave those words out.
 */
function reject(path: string, rule: keyof typeof RULES, ...got: [unknown?]): never {
  try {
    // Written so that an app's production build drops the words: see ARCHITECTURE.md.
    if (process.env.NODE_ENV !== 'production') fail(path, RULES[rule], ...got);
  } catch (error) {
    if (error instanceof ConsentConfigError) throw error;
  }
  throw new ConsentConfigError(`Invalid consent config: ${path} (a development build says why)`);
}

function isLocaleModule(value: unknown): value is ConsentLocale {
  return isRecord(value) && typeof value.code === 'string' && isRecord(value.texts) && typeof value.more === 'function';
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof RegExp);
}

export function describe(value: unknown): string {
  if (value === null || typeof value !== 'object') return typeof value === 'string' ? `"${value.slice(0, 40)}"` : String(value);
  return Array.isArray(value) ? 'an array' : value instanceof RegExp ? 'a RegExp' : 'an object';
}

function resolveCookieName(cookie: unknown, path: string): void {
  if (!isRecord(cookie)) reject(path, 'cookieDeclaration', cookie);
  const { name } = cookie;
  if (name instanceof RegExp) {
    // A global or sticky pattern keeps `lastIndex` between tests and would skip cookies.
    if (name.global || name.sticky) reject(`${path}.name`, 'patternFlags');
  } else if (typeof name !== 'string' || !name) {
    reject(`${path}.name`, 'cookieDeclarationName', name);
  }
}

function resolveCategory(id: string, value: unknown): ResolvedCategory {
  const path = `categories.${id}`;
  if (!CATEGORY_ID_PATTERN.test(id)) reject(`${path}:`, 'categoryId');
  if (!isRecord(value)) reject(path, 'object', value);
  const { required = false, gpc = id === 'advertising', cookies = [] } = value;
  if (typeof required !== 'boolean') reject(`${path}.required`, 'boolean', required);
  if (typeof gpc !== 'boolean') reject(`${path}.gpc`, 'boolean', gpc);
  if (required && gpc && value.gpc !== undefined) reject(path, 'requiredAndGpc');
  if (!Array.isArray(cookies)) reject(`${path}.cookies`, 'array', cookies);
  cookies.forEach((cookie, index) => resolveCookieName(cookie, `${path}.cookies[${index}]`));
  // A required category is always granted, so the signal cannot hold it off.
  return { id, required, gpc: gpc && !required, cookies };
}

/**
 * Checks a config and fills in its defaults. Throws a {@link ConsentConfigError} naming the first
 * field that breaks a rule, so a mistake fails where the provider is created, not later. What
 * could crash the library or grant by mistake is checked everywhere; finer checks (unknown
 * fields, texts, Consent Mode options) run in development builds only, to keep production small.
 */
export function resolveConfig<C extends string>(config: ConsentConfig<C>): ResolvedConfig<C> {
  const raw: unknown = config;
  if (!isRecord(raw)) reject('the config', 'object', raw);

  const { revision, categories: rawCategories, expiresAfterDays = DEFAULT_EXPIRES_AFTER_DAYS, cookie = {}, texts = {}, locales = [], consentMode } = raw;
  if (typeof revision === 'number' ? !(Number.isSafeInteger(revision) && revision >= 0) : !(typeof revision === 'string' && REVISION_PATTERN.test(revision))) {
    reject('revision', 'revision', revision);
  }
  if (!isRecord(rawCategories)) reject('categories', 'categories', rawCategories);
  const ids = Object.keys(rawCategories);
  if (ids.length === 0 || ids.length > 32) reject('categories', 'categoryCount');
  const categories: Record<string, ResolvedCategory> = {};
  for (const id of ids) categories[id] = resolveCategory(id, rawCategories[id]);

  if (typeof expiresAfterDays !== 'number' || !(expiresAfterDays > 0 && expiresAfterDays <= MAX_EXPIRES_AFTER_DAYS)) {
    reject('expiresAfterDays', 'expiresAfterDays', expiresAfterDays);
  }
  if (!isRecord(cookie)) reject('cookie', 'cookie', cookie);
  const { name = 'cookie_consent', path = '/', domain } = cookie;
  if (typeof name !== 'string' || !COOKIE_NAME_PATTERN.test(name)) reject('cookie.name', 'cookieName', name);
  if (typeof path !== 'string' || !PATH_PATTERN.test(path)) reject('cookie.path', 'cookiePath', path);
  if (domain !== undefined && (typeof domain !== 'string' || !DOMAIN_PATTERN.test(domain))) reject('cookie.domain', 'cookieDomain', domain);
  if (!isRecord(texts)) reject('texts', 'texts', texts);
  // A language module without its texts would crash the banner: refused, not skipped.
  if (!Array.isArray(locales) || !locales.every(isLocaleModule)) reject('locales', 'locales');

  try {
    // Written so that an app's production build drops it: see ARCHITECTURE.md.
    if (process.env.NODE_ENV !== 'production') checkConfigDetails(raw, ids);
  } catch (error) {
    if (error instanceof ConsentConfigError) throw error;
  }

  return {
    revision: String(revision),
    categoryIds: ids as C[],
    categories: categories as Record<C, ResolvedCategory>,
    categoryList: Object.values(categories),
    expiresAfterDays,
    cookie: domain === undefined ? { name, path } : { name, path, domain },
    locales,
    texts: texts as Record<string, ConsentTextsOverride>,
    ...(isRecord(consentMode) ? { consentMode: consentMode as ConsentModeConfig<C> } : {}),
  };
}
