// React-free helpers for server code (Server Components, middleware, edge runtimes): no
// 'use client', no DOM, no Node-only API.
import { resolveConfig, type ConsentConfig } from './core/config.js';
import { interpretStoredDecision, type ConsentDecision } from './core/consent-state.js';
import { readCookieValue } from './core/consent-storage.js';
import { decodeConsentValue } from './core/cookie-codec.js';
import { negotiate, spokenLocales } from './core/locale.js';

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

/** A `Cookie` request header, or a cookie store such as Next.js `cookies()`. */
export type CookieSource = string | null | undefined | { get(name: string): { value: string } | undefined };

/**
 * The visitor's decision as the request's cookies tell it, read with the same codec as the
 * browser and failing closed the same way: anything unreadable is undecided (CK-4).
 */
export function readConsent<C extends string>(
  cookies: CookieSource,
  config: ConsentConfig<C>,
  now: number = Date.now(),
): ConsentDecision<C> {
  const resolved = resolveConfig(config);
  let value: string | null = null;
  try {
    value = typeof cookies === 'string' ? readCookieValue(cookies, resolved.cookie.name) : (cookies?.get(resolved.cookie.name)?.value ?? null);
  } catch {
    value = null;
  }
  return interpretStoredDecision(decodeConsentValue(value), resolved, now);
}

/**
 * The language to render for a request's `Accept-Language` header, among the config's language
 * modules and English (quality values honoured, region-tolerant): give it to the provider's
 * `locale`, so the server HTML is in the visitor's language and hydration keeps it (I18N-2, I18N-3).
 */
export function negotiateLocale<C extends string>(acceptLanguage: string | null | undefined, config: ConsentConfig<C>): string {
  return negotiate(acceptLanguage, spokenLocales(resolveConfig(config)));
}
