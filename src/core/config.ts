import type { ConsentModeConfig } from './consent-mode.js';
import type { JurisdictionConfig } from './jurisdiction.js';
import { checkConfig } from './config-checks.js';
import type { ConsentService } from './services.js';
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
  /**
   * Where the regime asks no consent (`none`): runs before the person chooses, until they turn it
   * off. Never under `opt-in`; under `opt-out` every optional category runs until the opt-out.
   * @default false
   */
  grantedByDefault?: boolean;
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
  /**
   * The third-party services the site uses, each held to its category's consent:
   * `services: [metaPixel({ pixelId: '…' })]` from `@weroom/cookie-consent/services`. Their cookies
   * join their category's. @default []
   */
  services?: readonly ConsentService<NoInfer<C>>[];
  /** Text overrides per locale (`en`, `fr`, `fr-CA`); every text has a default. */
  texts?: Readonly<Record<string, ConsentTextsOverride<NoInfer<C>>>>;
  /** Google Consent Mode v2: present (even `{}`), every change is told to Google tags. */
  consentMode?: ConsentModeConfig<NoInfer<C>>;
  /**
   * The regime (`opt-in`, `opt-out`, `none`) per place of the visitor, given to the provider as
   * `jurisdiction`. @default `opt-in` everywhere
   */
  jurisdictions?: JurisdictionConfig;
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
  /** Runs before any choice where the regime is `none`. */
  grantedByDefault: boolean;
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
  /** The services the config lists, each under a category it has. */
  services: readonly ConsentService<C>[];
  texts: Readonly<Record<string, ConsentTextsOverride>>;
  consentMode?: ConsentModeConfig<C>;
  jurisdictions: JurisdictionConfig;
};

export const DEFAULT_EXPIRES_AFTER_DAYS = 182;
/** CNIL's 13-month ceiling, under the 400-day cap browsers put on cookies (EU-12, CK-3). */
export const MAX_EXPIRES_AFTER_DAYS = 395;
/** Ids go into the cookie as they are, so they stay short and plain. */
export const CATEGORY_ID_PATTERN = /^[a-z][a-z0-9_-]{0,31}$/;
export const REVISION_PATTERN = /^[A-Za-z0-9_-]{1,32}$/;
/** RFC 6265 cookie-name token. */
export const COOKIE_NAME_PATTERN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]{1,64}$/;
export const DOMAIN_PATTERN = /^\.?[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*$/;
export const PATH_PATTERN = /^\/[^\s;,\u0000-\u001f\u007f]*$/;

declare const process: { env: { NODE_ENV?: string } };

/** Throws the error for `path`, which must be `expected`; `got` says what it was. */
export function fail(path: string, expected: string, ...got: [unknown?]): never {
  throw new ConsentConfigError(`Invalid consent config: ${path} ${expected}${got.length > 0 ? `, got ${describe(got[0])}` : ''}`);
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof RegExp);
}

export function describe(value: unknown): string {
  if (value === null || typeof value !== 'object') return typeof value === 'string' ? `"${value.slice(0, 40)}"` : String(value);
  return Array.isArray(value) ? 'an array' : value instanceof RegExp ? 'a RegExp' : 'an object';
}

/** A language module as the config lists it: anything else would leave the banner without texts. */
export function isLocaleModule(value: unknown): value is ConsentLocale {
  return isRecord(value) && typeof value.code === 'string' && isRecord(value.texts) && typeof value.more === 'function';
}

/** A declaration the cookie tables and the deletion can use; a pattern loses its g and y flags, which would skip cookies. */
function usableDeclaration(cookie: unknown): CookieDeclaration[] {
  if (!isRecord(cookie)) return [];
  const { name } = cookie;
  if (name instanceof RegExp) return [{ ...(cookie as CookieDeclaration), name: new RegExp(name.source, name.flags.replace(/[gy]/g, '')) }];
  return typeof name === 'string' && name ? [cookie as CookieDeclaration] : [];
}

function resolveCategory(id: string, value: Record<string, unknown>): ResolvedCategory {
  // Only a real `true` makes a category required (always granted); GPC holds a category off
  // unless told `false`, and by default the one named advertising (GPC-1).
  const required = value.required === true;
  const gpc = !required && (value.gpc === undefined ? id === 'advertising' : value.gpc !== false);
  const grantedByDefault = !required && value.grantedByDefault === true;
  return { id, required, gpc, grantedByDefault, cookies: Array.isArray(value.cookies) ? value.cookies.flatMap(usableDeclaration) : [] };
}

/**
 * Checks a config and fills in its defaults. In development builds every rule is checked and the
 * first field that breaks one throws a {@link ConsentConfigError} naming it, where the provider is
 * created. Production builds keep only what cannot be given a safe default (the config, its
 * categories and revision) and otherwise fall back to what grants nothing by mistake: a category
 * not clearly required is asked, a broken cookie setting is the default, a broken declaration is
 * left out.
 */
export function resolveConfig<C extends string>(config: ConsentConfig<C>): ResolvedConfig<C> {
  const raw: unknown = config;
  try {
    // Written so that an app's production build drops it with its words: see ARCHITECTURE.md.
    if (process.env.NODE_ENV !== 'production') checkConfig(raw);
  } catch (error) {
    if (error instanceof ConsentConfigError) throw error;
  }
  const own = isRecord(raw) ? raw : {};
  const { revision, categories: rawCategories, expiresAfterDays, cookie, texts, locales, services, consentMode, jurisdictions } = own;
  const categories: Record<string, ResolvedCategory> = {};
  if (isRecord(rawCategories)) {
    for (const [id, value] of Object.entries(rawCategories)) {
      if (CATEGORY_ID_PATTERN.test(id) && isRecord(value)) categories[id] = resolveCategory(id, value);
    }
  }
  const ids = Object.keys(categories).slice(0, 32);
  if (ids.length === 0) throw new ConsentConfigError('Invalid consent config: categories (a development build says why)');
  if (!(typeof revision === 'number' ? Number.isSafeInteger(revision) && revision >= 0 : typeof revision === 'string' && REVISION_PATTERN.test(revision))) {
    throw new ConsentConfigError('Invalid consent config: revision (a development build says why)');
  }
  const { name, path, domain } = isRecord(cookie) ? cookie : {};
  // A service under a category the config lacks never loads: left out, as nothing could grant it.
  const usableServices = (Array.isArray(services) ? services : []).filter(
    (service): service is ConsentService<C> => isRecord(service) && typeof service.start === 'function' && Object.hasOwn(categories, String(service.category)),
  );
  for (const service of usableServices) {
    const category = categories[service.category]!;
    categories[service.category] = { ...category, cookies: [...category.cookies, ...(Array.isArray(service.cookies) ? service.cookies.flatMap(usableDeclaration) : [])] };
  }
  return {
    revision: String(revision),
    categoryIds: ids as C[],
    categories: categories as Record<C, ResolvedCategory>,
    categoryList: ids.map((id) => categories[id]!),
    expiresAfterDays:
      typeof expiresAfterDays === 'number' && expiresAfterDays > 0 && expiresAfterDays <= MAX_EXPIRES_AFTER_DAYS ? expiresAfterDays : DEFAULT_EXPIRES_AFTER_DAYS,
    cookie: {
      name: typeof name === 'string' && COOKIE_NAME_PATTERN.test(name) ? name : 'cookie_consent',
      path: typeof path === 'string' && PATH_PATTERN.test(path) ? path : '/',
      ...(typeof domain === 'string' && DOMAIN_PATTERN.test(domain) ? { domain } : {}),
    },
    locales: Array.isArray(locales) ? locales.filter(isLocaleModule) : [],
    services: usableServices,
    texts: (isRecord(texts) ? texts : {}) as Record<string, ConsentTextsOverride>,
    ...(isRecord(consentMode) ? { consentMode: consentMode as ConsentModeConfig<C> } : {}),
    // Read entry by entry where it is used, where anything broken means opt-in.
    jurisdictions: (isRecord(jurisdictions) ? jurisdictions : {}) as JurisdictionConfig,
  };
}
