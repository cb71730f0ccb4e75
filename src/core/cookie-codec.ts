import { CATEGORY_ID_PATTERN } from './config-rules.js';
import { METHOD_CODES } from './consent-state.js';
import type { ConsentMethod, ConsentRegime, StoredDecision } from './types.js';
export type { StoredDecision } from './types.js';

/**
 * The consent cookie's value, format 1 (CK-2):
 *
 *     1.<revision>.<decided at, seconds, base 36>.<consent id>.<method>.<granted ids>.<denied ids>
 *     1.3.t5x1k0.q1W2e3R4t5Y6u7I8.c.features~performance.advertising
 *
 * Every character is URL-unreserved (`A-Z a-z 0-9 - _ . ~`), so no server or framework rewrites
 * it, and expiry and revision are decided from the cookie alone. A later format bumps the
 * leading number; a value of a format this code does not know reads as no decision (CK-4).
 *
 * Format 2 is format 1 with the regime the decision was given under at the end (`o` opt-out,
 * `n` none); a decision given under opt-in is written in format 1, which older readers know.
 *
 *     2.3.t5x1k0.q1W2e3R4t5Y6u7I8.k.features~performance~advertising..o
 */
// (The format above is `StoredDecision` written out: see types.ts.)

export const FORMAT_VERSION = '1';
/** Far above any real value (32 ids of 32 characters), far below the 4 KB a browser keeps. */
const MAX_VALUE_LENGTH = 2048;
const VALUE_PATTERN =
  /^([12])\.([A-Za-z0-9_-]{1,32})\.([0-9a-z]{1,9})\.([A-Za-z0-9_-]{8,64})\.([a-z])\.([a-z0-9_~-]*)\.([a-z0-9_~-]*)(?:\.([on]))?$/;
const REGIME_CODES: Readonly<Record<ConsentRegime, string>> = { 'opt-in': '', 'opt-out': 'o', none: 'n' };
const METHODS_BY_CODE = new Map(Object.entries(METHOD_CODES).map(([method, code]) => [code, method as ConsentMethod]));

export function encodeConsentValue(decision: StoredDecision): string {
  const seconds = Math.floor(decision.decidedAt / 1000).toString(36);
  const regime = REGIME_CODES[decision.regime ?? 'opt-in'] ?? '';
  return [
    regime ? '2' : FORMAT_VERSION,
    decision.revision,
    seconds,
    decision.consentId,
    METHOD_CODES[decision.method],
    decision.granted.join('~'),
    decision.denied.join('~'),
    ...(regime ? [regime] : []),
  ].join('.');
}

function parseIds(list: string, seen: Set<string>): string[] | null {
  if (list === '') return [];
  const ids = list.split('~');
  for (const id of ids) {
    if (!CATEGORY_ID_PATTERN.test(id) || seen.has(id)) return null;
    seen.add(id);
  }
  return ids;
}

/**
 * Reads a consent cookie value. Anything that is not exactly a format-1 value (truncated,
 * tampered, foreign, from a future format) gives `null`; it never throws (CK-4).
 */
export function decodeConsentValue(value: unknown): StoredDecision | null {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_VALUE_LENGTH) return null;
  let text = value;
  if (text.includes('%')) {
    // Some servers percent-encode cookie values they write back; a broken escape is garbage.
    try {
      text = decodeURIComponent(text);
    } catch {
      return null;
    }
  }
  const match = VALUE_PATTERN.exec(text);
  if (!match) return null;
  const [, format, revision, seconds, consentId, code, grantedList, deniedList, regimeCode] = match;
  // Format 1 has no regime, format 2 always has one.
  if ((format === '2') !== (regimeCode !== undefined)) return null;
  const regime: ConsentRegime = regimeCode === 'o' ? 'opt-out' : regimeCode === 'n' ? 'none' : 'opt-in';
  const method = METHODS_BY_CODE.get(code ?? '');
  const decidedAt = Number.parseInt(seconds ?? '', 36) * 1000;
  if (!method || !Number.isSafeInteger(decidedAt)) return null;
  const seen = new Set<string>();
  const granted = parseIds(grantedList ?? '', seen);
  const denied = parseIds(deniedList ?? '', seen);
  if (!granted || !denied || revision === undefined || consentId === undefined) return null;
  return { revision, decidedAt, consentId, method, granted, denied, regime };
}
