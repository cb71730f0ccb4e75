// What a config must be, shared by the protective reading (config.ts) and the development checks
// (config-checks.ts), so that neither imports the other.
import type { ConsentLocale } from './texts.js';

/** A config that broke a rule; the message names the field and what it must be. */
export class ConsentConfigError extends Error {
  override name = 'ConsentConfigError';
}

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

