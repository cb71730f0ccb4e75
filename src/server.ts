// React-free helpers for server code (Server Components, middleware, edge runtimes): no
// 'use client', no DOM, no Node-only API.
import { resolveConfig, type ConsentConfig } from './core/config.js';
import { interpretStoredDecision, type ConsentDecision } from './core/consent-state.js';
import { readCookieValue } from './core/consent-storage.js';
import { decodeConsentValue } from './core/cookie-codec.js';
import { negotiate, spokenLocales } from './core/locale.js';
import { normalizeJurisdiction, regimeFor, type ConsentRegime } from './core/jurisdiction.js';

export { ConsentConfigError, defineConsentConfig } from './core/config.js';
export type { CategoryConfig, CategoryId, ConsentConfig, CookieDeclaration, CookieDuration, LocalizedText } from './core/config.js';
export { loadLocaleTexts } from './core/texts.js';
export type { ConsentService, ServiceCompany } from './core/services.js';
export type { Register, RegisteredCategory } from './core/register.js';
export type { ConsentLocale, FirstLayerLocaleTexts, SecondLayerLocaleTexts } from './core/texts.js';
export type { ConsentDecision, ConsentMethod, Decision, Undecided, UndecidedReason } from './core/consent-state.js';
export { consentModeScript, consentModeScriptTag } from './core/consent-mode-snippet.js';
export type { ConsentModeConfig, ConsentModeKey } from './core/consent-mode.js';
export { googleAdsCookies, googleAnalyticsCookies } from './core/google-cookies.js';
export type { ConsentRegime, JurisdictionConfig } from './core/jurisdiction.js';

/** A `Cookie` request header, or a cookie store such as Next.js `cookies()`. */
export type CookieSource = string | null | undefined | { get(name: string): { value: string } | undefined };

/**
 * The visitor's decision as the request's cookies tell it, read with the same codec as the
 * browser and failing closed the same way: anything unreadable is undecided (CK-4).
 */
export function readConsent<C extends string>(
  cookies: CookieSource,
  config: ConsentConfig<C>,
  options: number | { now?: number; jurisdiction?: string | null | undefined } = {},
): ConsentDecision<C> {
  const { now = Date.now(), jurisdiction } = typeof options === 'number' ? { now: options } : options;
  const resolved = resolveConfig(config);
  let value: string | null = null;
  try {
    value = typeof cookies === 'string' ? readCookieValue(cookies, resolved.cookie.name) : (cookies?.get(resolved.cookie.name)?.value ?? null);
  } catch {
    value = null;
  }
  return interpretStoredDecision(decodeConsentValue(value), resolved, now, regimeFor(resolved.jurisdictions, jurisdiction));
}

/** Request headers: a Fetch `Headers`, Next.js `headers()`, or Node's `IncomingMessage.headers`. */
export type HeaderSource =
  | { get(name: string): string | null | undefined }
  | Readonly<Record<string, string | readonly string[] | undefined>>
  | null
  | undefined;

/** The country header of each CDN, with the header of its first-level region (a code without the country). */
const CDN_HEADERS: readonly (readonly [country: string, region: string])[] = [
  ['cf-ipcountry', 'cf-region-code'],
  ['x-vercel-ip-country', 'x-vercel-ip-country-region'],
  ['cloudfront-viewer-country', 'cloudfront-viewer-country-region'],
];

function headerOf(headers: HeaderSource, name: string): string | undefined {
  try {
    if (!headers) return undefined;
    if (typeof (headers as { get?: unknown }).get === 'function') return (headers as { get(name: string): string | null | undefined }).get(name) ?? undefined;
    const record = headers as Readonly<Record<string, string | readonly string[] | undefined>>;
    const key = Object.keys(record).find((candidate) => candidate.toLowerCase() === name);
    const value = key === undefined ? undefined : record[key];
    return typeof value === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Where the visitor is, as the CDN in front of the site says: `US-CA`, `FR`, or `null` when no
 * header names a country (absent, `XX`, Tor's `T1`, anything else). Read in order: the site's own
 * `header` (a code such as `US-CA` or `FR`), Cloudflare's `cf-ipcountry` (and `cf-region-code`),
 * Vercel's `x-vercel-ip-country` (and `-region`), CloudFront's `cloudfront-viewer-country` (and
 * `-region`). A region that is not a code is dropped and the country kept.
 *
 * These headers are only as true as the path to the server: a visitor who can reach the origin
 * without the CDN can send any of them. A forged place can only choose which regime the visitor
 * gets for themself, and a value that names no country reads as unknown (opt-in by default).
 */
export function readJurisdiction(headers: HeaderSource, options: { header?: string } = {}): string | null {
  const own = options.header ? normalizeJurisdiction(headerOf(headers, options.header.toLowerCase())) : null;
  if (own) return own;
  for (const [countryHeader, regionHeader] of CDN_HEADERS) {
    const country = normalizeJurisdiction(headerOf(headers, countryHeader));
    if (!country || country.length !== 2) continue;
    return normalizeJurisdiction(`${country}-${headerOf(headers, regionHeader) ?? ''}`) ?? country;
  }
  return null;
}

/** The regime the config gives a place (`readJurisdiction`'s answer); `opt-in` for anything unknown or broken. */
export function resolveRegime<C extends string>(jurisdiction: string | null | undefined, config: ConsentConfig<C>): ConsentRegime {
  return regimeFor(resolveConfig(config).jurisdictions, jurisdiction);
}

/**
 * The language to render for a request's `Accept-Language` header, among the config's language
 * modules and English (quality values honoured, region-tolerant): give it to the provider's
 * `locale`, so the server HTML is in the visitor's language and hydration keeps it (I18N-2, I18N-3).
 */
export function negotiateLocale<C extends string>(acceptLanguage: string | null | undefined, config: ConsentConfig<C>): string {
  return negotiate(acceptLanguage, spokenLocales(resolveConfig(config)));
}
