import type { ResolvedConfig } from '../core/config.js';
import type { ConsentRecord } from '../core/consent-record.js';
import { CONSENT_SURFACES, METHOD_CODES, type ConsentMethod, type ConsentSurface } from '../core/consent-state.js';
import { isRegime, normalizeJurisdiction } from '../core/jurisdiction.js';

/** A refusal: the status, a stable code for programs and a reason for people (REC-5). */
export type Refusal = { status: number; error: string; reason: string };

/** A record as the endpoint accepts it: exactly the browser's `ConsentRecord`, every field checked. */
export type IncomingRecord = ConsentRecord<string>;

const FIELDS = ['recordId', 'consentId', 'decidedAt', 'revision', 'shownHash', 'locale', 'choices', 'method', 'surface', 'gpc', 'jurisdiction', 'regime'] as const;
/** The library's ids: 12 random bytes, base64url. */
export const ID_PATTERN = /^[A-Za-z0-9_-]{16}$/;
const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const HASH = /^fnv1a64:[0-9a-f]{16}$/;
const LOCALE = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8}){0,3}$/;
const METHODS = Object.keys(METHOD_CODES) as ConsentMethod[];

export type CheckOptions = {
  config: ResolvedConfig;
  /** The revisions accepted: the config's, and any the site still takes from late outboxes. */
  revisions: ReadonlySet<string>;
  now: number;
  /** How far back a record may be dated: an outbox keeps records this long. */
  maxAgeMs: number;
  /** How far ahead a visitor's clock may run. */
  maxSkewMs: number;
};

function refuse(status: number, error: string, reason: string): { ok: false; refusal: Refusal } {
  return { ok: false, refusal: { status, error, reason } };
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Checks a parsed body against the config. Anything but a record of this site, as its library
 * would send it, is refused with the first field that is wrong: unknown or missing fields, ids of
 * another shape, a time far from now, a revision or category the config does not have.
 */
export function checkRecord(body: unknown, options: CheckOptions): { ok: true; record: IncomingRecord } | { ok: false; refusal: Refusal } {
  if (!isObject(body)) return refuse(400, 'not-a-record', 'The body must be a JSON object: one consent record.');
  const unknown = Object.keys(body).find((key) => !(FIELDS as readonly string[]).includes(key));
  if (unknown !== undefined) return refuse(400, 'unknown-field', `Unknown field "${unknown.slice(0, 40)}".`);
  const missing = FIELDS.find((key) => !Object.hasOwn(body, key));
  if (missing !== undefined) return refuse(400, 'missing-field', `Missing field "${missing}".`);
  const { recordId, consentId, decidedAt, revision, shownHash, locale, choices, method, surface, gpc, jurisdiction, regime } = body;
  if (typeof recordId !== 'string' || !ID_PATTERN.test(recordId)) return refuse(400, 'bad-record-id', 'recordId must be 16 characters of A-Z, a-z, 0-9, "-" and "_".');
  if (typeof consentId !== 'string' || !ID_PATTERN.test(consentId)) return refuse(400, 'bad-consent-id', 'consentId must be 16 characters of A-Z, a-z, 0-9, "-" and "_".');
  if (typeof decidedAt !== 'string' || !ISO_UTC.test(decidedAt) || Number.isNaN(Date.parse(decidedAt))) {
    return refuse(400, 'bad-time', 'decidedAt must be an ISO 8601 UTC time such as 2026-11-29T12:30:15.000Z.');
  }
  const at = Date.parse(decidedAt);
  if (at > options.now + options.maxSkewMs || at < options.now - options.maxAgeMs) return refuse(422, 'time-out-of-range', 'decidedAt is too far from now.');
  if (typeof revision !== 'string' || !options.revisions.has(revision)) return refuse(422, 'unknown-revision', 'This revision of the policy is not one the site accepts.');
  if (typeof shownHash !== 'string' || !HASH.test(shownHash)) return refuse(400, 'bad-hash', 'shownHash must be "fnv1a64:" and 16 hexadecimal digits.');
  if (typeof locale !== 'string' || !LOCALE.test(locale)) return refuse(400, 'bad-locale', 'locale must be a language tag such as "fr" or "pt-BR".');
  if (!isObject(choices)) return refuse(400, 'bad-choices', 'choices must be an object of booleans by category.');
  const { categories, categoryIds } = options.config;
  const foreign = Object.keys(choices).find((id) => !Object.hasOwn(categories, id));
  if (foreign !== undefined) return refuse(422, 'unknown-category', `The config has no category "${foreign.slice(0, 40)}".`);
  for (const id of categoryIds) {
    const choice = choices[id];
    if (typeof choice !== 'boolean') return refuse(400, 'bad-choices', `choices.${id} must be true or false.`);
    if (categories[id]?.required && !choice) return refuse(422, 'required-denied', `The category "${id}" is required: it cannot be denied.`);
  }
  if (!METHODS.includes(method as ConsentMethod)) return refuse(400, 'bad-method', `method must be one of ${METHODS.join(', ')}.`);
  if (!CONSENT_SURFACES.includes(surface as ConsentSurface)) return refuse(400, 'bad-surface', `surface must be one of ${CONSENT_SURFACES.join(', ')}.`);
  if (typeof gpc !== 'boolean') return refuse(400, 'bad-gpc', 'gpc must be true or false.');
  if (jurisdiction !== null && (typeof jurisdiction !== 'string' || normalizeJurisdiction(jurisdiction) !== jurisdiction)) {
    return refuse(400, 'bad-jurisdiction', 'jurisdiction must be null or a code such as "FR" or "US-CA".');
  }
  if (!isRegime(regime)) return refuse(400, 'bad-regime', 'regime must be "opt-in", "opt-out" or "none".');
  // What the library never sends: "Accept all" granting a category that Global Privacy Control holds off.
  const heldByGpc = gpc && method === 'accept-all' ? categoryIds.find((id) => categories[id]?.gpc && choices[id] === true) : undefined;
  if (heldByGpc !== undefined) return refuse(422, 'gpc-granted', `"Accept all" with Global Privacy Control on cannot grant "${heldByGpc}", which the signal holds off.`);
  return {
    ok: true,
    record: {
      recordId,
      consentId,
      decidedAt,
      revision,
      shownHash,
      locale,
      choices: Object.fromEntries(categoryIds.map((id) => [id, choices[id] as boolean])),
      method: method as ConsentMethod,
      surface: surface as ConsentSurface,
      gpc,
      jurisdiction: jurisdiction as string | null,
      regime,
    },
  };
}
