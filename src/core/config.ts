import { checkConfig } from './config-checks.js';
import {
  CATEGORY_ID_PATTERN,
  COOKIE_NAME_PATTERN,
  ConsentConfigError,
  DEFAULT_EXPIRES_AFTER_DAYS,
  DOMAIN_PATTERN,
  MAX_EXPIRES_AFTER_DAYS,
  PATH_PATTERN,
  REVISION_PATTERN,
  isLocaleModule,
  isRecord,
} from './config-rules.js';
import type { ConsentTextsOverride } from './texts.js';
import type { ConsentConfig, ConsentModeConfig, ConsentService, CookieDeclaration, JurisdictionConfig, ResolvedCategory, ResolvedConfig } from './types.js';
export { ConsentConfigError } from './config-rules.js';

// Replaced by the app's bundler; see ARCHITECTURE.md, "Development-only code".
declare const process: { env: { NODE_ENV?: string } };

export type { CategoryConfig, CategoryId, ConsentConfig, ConsentCookieConfig, CookieDeclaration, CookieDuration, LocalizedText, ResolvedCategory, ResolvedConfig } from './types.js';

/**
 * Declares a consent config, keeping its category ids as literal types so that
 * `useConsent('perfomance')` is a type error. It returns the config unchanged: checking happens
 * when a provider or store is created, where an error can name the field.
 */
export function defineConsentConfig<const C extends string>(config: ConsentConfig<C>): ConsentConfig<C> {
  return config;
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
