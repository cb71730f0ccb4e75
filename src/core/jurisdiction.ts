import type { ConsentRegime, JurisdictionConfig } from './types.js';
export type { ConsentRegime, JurisdictionConfig } from './types.js';
const REGIMES: readonly ConsentRegime[] = ['none', 'opt-out', 'opt-in'];
/** `FR`, `US-CA`, `GB-ENG`: a country, then at most a first-level region of three characters. */
const PLACE = /^([A-Z]{2})(?:-([A-Z0-9]{1,3}))?$/;
/** Codes that name no country: user-assigned ranges (AA, QM–QZ, XA–XZ, ZZ), Cloudflare's `XX` among them. */
const NOT_A_COUNTRY = /^(?:AA|Q[M-Z]|X[A-Z]|ZZ)$/;

/** Whether `value` is one of the three regimes. */
export function isRegime(value: unknown): value is ConsentRegime {
  return REGIMES.includes(value as ConsentRegime);
}

/** Whether `a` asks more before optional cookies run than `b` (`opt-in` > `opt-out` > `none`). */
export function isStricter(a: ConsentRegime, b: ConsentRegime): boolean {
  return REGIMES.indexOf(a) > REGIMES.indexOf(b);
}

/**
 * A place as `CC` or `CC-RRR`, upper case, or `null` for anything that is not one: an empty or
 * missing value, `XX`, Tor's `T1`, a code that names no country, a forged string.
 */
export function normalizeJurisdiction(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > 8) return null;
  const match = PLACE.exec(value.trim().toUpperCase());
  if (!match || NOT_A_COUNTRY.test(match[1]!)) return null;
  return match[0];
}

/** The regime for a visitor whose place is not known: the table's `unknown`, else `opt-in` (fail closed). */
export function unknownPlaceRegime(config: JurisdictionConfig | undefined): ConsentRegime {
  const chosen = config?.unknown;
  return isRegime(chosen) ? chosen : 'opt-in';
}

/**
 * The regime for a place: its region's entry, else its country's, else the default; an unknown
 * place gets `unknown`. Whatever is missing or broken means `opt-in`, the strictest (fail closed).
 */
export function regimeFor(config: JurisdictionConfig | undefined, jurisdiction: unknown): ConsentRegime {
  const place = normalizeJurisdiction(jurisdiction);
  const table: Readonly<Record<string, unknown>> = typeof config?.regimes === 'object' && config.regimes !== null ? config.regimes : {};
  const entry = (key: string): unknown => (Object.hasOwn(table, key) ? table[key] : undefined);
  if (place === null) return unknownPlaceRegime(config);
  const chosen = entry(place) ?? entry(place.slice(0, 2)) ?? config?.default;
  return isRegime(chosen) ? chosen : 'opt-in';
}
