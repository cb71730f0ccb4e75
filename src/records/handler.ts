import { resolveConfig, type ConsentConfig } from '../core/config.js';
import { checkRecord, ID_PATTERN, type Refusal } from './validate.js';
import { shownTextsFinder } from './shown-texts.js';
import { decisionOfRecord } from './account.js';
import { hmacHex } from './hash.js';
import { regimeFor } from '../core/jurisdiction.js';
import type { RecordStore, StoredRecord } from './store.js';

const DAY_MS = 86_400_000;

export type RecordsHandlerOptions = {
  /** The site's consent config: the same module the site renders with. */
  config: ConsentConfig<string>;
  /** Where records are kept: `openEmbeddedRecordStore()` or `openPostgresRecordStore()`, or a promise of one. */
  store: RecordStore | Promise<RecordStore>;
  /** Origins allowed to post from another site (`https://shop.example.com`). @default none: same origin only */
  allowedOrigins?: readonly string[];
  /** Requests per client per minute (posts and reads together); over it, 429. @default 60 */
  rateLimit?: number;
  /** Policy revisions accepted besides the config's, for records still waiting in outboxes. @default [] */
  acceptRevisions?: readonly (string | number)[];
  /** How old a record may be when it arrives (an outbox that waited). @default 30 days */
  maxAgeDays?: number;
  /**
   * The signed-in person's own user id, from the request (the site's session), or null: their
   * choice then follows them across devices (REC-6). Stored only as a keyed hash.
   */
  subject?: (request: Request) => string | null | undefined | Promise<string | null | undefined>;
  /** The key of that hash; required with `subject`. Keep it secret and stable. */
  subjectSecret?: string;
  /**
   * How long a record's body may take to arrive, in milliseconds; a slower one is answered 408 (a
   * record is under 4 KB, and a client trickling it would hold a connection). @default 5000
   */
  bodyTimeoutMs?: number;
  /** The clock. @default Date.now */
  now?: () => number;
};

/** What a framework may tell the handler besides the request: the client's address, for the rate limit only. */
export type RecordsRequestInfo = { clientAddress?: string };

export type RecordsHandler = (request: Request, info?: RecordsRequestInfo) => Promise<Response>;

const MAX_BODY_BYTES = 4096;
const JSON_HEADERS = { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' };

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { ...JSON_HEADERS, ...headers } });
}

function refused({ status, error, reason }: Refusal, headers: Record<string, string> = {}): Response {
  return json(status, { ok: false, error, reason }, headers);
}

/** A fixed window per client, in memory: bounded, and never written anywhere (no address is kept). */
function rateLimiter(perMinute: number, now: () => number) {
  const windows = new Map<string, { start: number; count: number }>();
  return (client: string): number | null => {
    const time = now();
    let window = windows.get(client);
    if (!window || time - window.start >= 60_000) {
      if (windows.size >= 10_000) {
        for (const [key, value] of windows) if (time - value.start >= 60_000) windows.delete(key);
        if (windows.size >= 10_000) windows.clear();
      }
      window = { start: time, count: 0 };
      windows.set(client, window);
    }
    window.count += 1;
    return window.count > perMinute ? Math.ceil((window.start + 60_000 - time) / 1000) : null;
  };
}

/** The client for the rate limit: the address the server saw, else the proxy headers, else one shared bucket. */
function clientOf(request: Request, info: RecordsRequestInfo | undefined): string {
  const forwarded = request.headers.get('x-forwarded-for')?.split(',')[0]?.trim();
  return info?.clientAddress ?? request.headers.get('cf-connecting-ip') ?? request.headers.get('x-real-ip') ?? forwarded ?? 'unknown';
}

/**
 * Reads at most `limit` bytes of the body within `timeoutMs`: `too-large` when it is longer,
 * `too-slow` when it has not all arrived in time (a client trickling its body holds a connection).
 */
async function readBody(request: Request, limit: number, timeoutMs: number): Promise<{ text: string } | { refused: 'too-large' | 'too-slow' }> {
  if (!request.body) return { text: '' };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    reader.cancel().catch(() => undefined);
  }, timeoutMs);
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (timedOut) return { refused: 'too-slow' };
      if (done) break;
      size += value.byteLength;
      if (size > limit) {
        await reader.cancel().catch(() => undefined);
        return { refused: 'too-large' };
      }
      chunks.push(value);
    }
  } finally {
    clearTimeout(timer);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
}

/** A record as the person may read it: no subject hash, which is the site's business. */
function forReading({ subjectHash: _subject, ...record }: StoredRecord): Omit<StoredRecord, 'subjectHash'> {
  return record;
}

/**
 * The records endpoint, in the Fetch API's shape: mount it unchanged in a Next.js route handler,
 * a React Router action, Hono, or Node's `http` through `toNodeListener`.
 *
 * - `POST` a record (`application/json`, at most 4 KB), as the `recordConsent({ endpoint })` feature
 *   sends it: 201 when stored, 200 when that record id was already stored (REC-3).
 * - `GET ?consentId=…`: that person's records, oldest first (REC-5).
 * - `GET ?subject`: the signed-in person's latest choice, for their other devices (REC-6).
 *
 * Anything else gets a 4xx with `{ ok: false, error, reason }` and stores nothing: a wrong method
 * or content type, a body over 4 KB, malformed JSON, unknown or missing fields, a category or
 * revision the config does not have, a time far from now, a forged id, another origin, a flood.
 */
export function createRecordsHandler(options: RecordsHandlerOptions): RecordsHandler {
  const config = resolveConfig(options.config);
  const now = options.now ?? Date.now;
  const revisions = new Set([config.revision, ...(options.acceptRevisions ?? []).map(String)]);
  const maxAgeMs = (options.maxAgeDays ?? 30) * DAY_MS;
  const bodyTimeoutMs = options.bodyTimeoutMs ?? 5000;
  const allowed = new Set(options.allowedOrigins ?? []);
  const limit = rateLimiter(options.rateLimit ?? 60, now);
  const findTexts = shownTextsFinder(config);
  const savedTexts = new Set<string>();
  if (options.subject && !options.subjectSecret) throw new Error('createRecordsHandler: `subject` needs a `subjectSecret` to hash user ids with.');

  const subjectHashOf = async (request: Request): Promise<string | null> => {
    const subject = await options.subject?.(request);
    return typeof subject === 'string' && subject !== '' ? hmacHex(options.subjectSecret!, subject) : null;
  };

  /** CORS for an allowed other origin; `null` when the request comes from a site that is not allowed. */
  function originHeaders(request: Request): Record<string, string> | null {
    const origin = request.headers.get('origin');
    if (origin === null) return request.headers.get('sec-fetch-site') === 'cross-site' ? null : {};
    // The site's own origin: the request's URL, or the host the browser asked for, which is what
    // reaches the handler behind a proxy or a framework that rewrites the URL's host.
    const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
    let originHost: string | null = null;
    try {
      originHost = new URL(origin).host;
    } catch {
      originHost = null;
    }
    if (origin === new URL(request.url).origin || (host !== null && originHost === host)) return {};
    return allowed.has(origin) ? { 'access-control-allow-origin': origin, vary: 'Origin' } : null;
  }

  async function post(request: Request, cors: Record<string, string>): Promise<Response> {
    const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
    if (type !== 'application/json') return refused({ status: 415, error: 'content-type', reason: 'Send the record as application/json.' }, cors);
    const declared = Number(request.headers.get('content-length') ?? '0');
    if (declared > MAX_BODY_BYTES) return refused({ status: 413, error: 'too-large', reason: 'A record is at most 4 KB.' }, cors);
    let read: Awaited<ReturnType<typeof readBody>>;
    try {
      read = await readBody(request, MAX_BODY_BYTES, bodyTimeoutMs);
    } catch {
      return refused({ status: 400, error: 'bad-body', reason: 'The body is not UTF-8 text.' }, cors);
    }
    if ('refused' in read && read.refused === 'too-large') return refused({ status: 413, error: 'too-large', reason: 'A record is at most 4 KB.' }, cors);
    if ('refused' in read) return refused({ status: 408, error: 'too-slow', reason: `The record did not arrive within ${bodyTimeoutMs / 1000} s.` }, cors);
    let body: unknown;
    try {
      body = JSON.parse(read.text);
    } catch {
      return refused({ status: 400, error: 'bad-json', reason: 'The body is not valid JSON.' }, cors);
    }
    const checked = checkRecord(body, { config, revisions, now: now(), maxAgeMs, maxSkewMs: DAY_MS });
    if (!checked.ok) return refused(checked.refusal, cors);
    const { record } = checked;
    const store = await options.store;
    const shown =
      record.revision === config.revision
        ? await findTexts({ locale: record.locale, regime: record.regime, inDialog: record.surface === 'preferences', shownHash: record.shownHash })
        : null;
    if (shown && !savedTexts.has(shown.shownHash)) {
      await store.saveTexts(shown);
      savedTexts.add(shown.shownHash);
    }
    // A record that disagrees with today's config (the site has since edited its table of places or
    // its languages) is still proof: kept, and flagged rather than refused, since the browser drops
    // what the endpoint refuses.
    const regimeMatches = regimeFor(config.jurisdictions, record.jurisdiction) === record.regime;
    const stored = await store.insert({ ...record, textsKnown: shown !== null, regimeMatches, subjectHash: await subjectHashOf(request) });
    return json(stored ? 201 : 200, { ok: true, stored, recordId: record.recordId, textsKnown: shown !== null, regimeMatches }, cors);
  }

  async function get(request: Request, cors: Record<string, string>): Promise<Response> {
    const params = new URL(request.url).searchParams;
    const store = await options.store;
    if (params.has('subject')) {
      const subjectHash = await subjectHashOf(request);
      if (!subjectHash) return refused({ status: 401, error: 'not-signed-in', reason: 'Only a signed-in person has a choice kept with their account.' }, cors);
      const latest = await store.latestForSubject(subjectHash);
      // The decision the provider's `accountConsent` takes, under the regime of where the visitor is.
      const decision = latest ? decisionOfRecord(latest, config, now(), params.get('jurisdiction')) : null;
      return json(200, { ok: true, record: latest ? forReading(latest) : null, decision }, cors);
    }
    const consentId = params.get('consentId');
    if (consentId === null || !ID_PATTERN.test(consentId)) return refused({ status: 400, error: 'bad-consent-id', reason: 'Give ?consentId= with the id from your consent cookie.' }, cors);
    const records = (await store.history(consentId)).map(forReading);
    return json(200, { ok: true, consentId, records }, cors);
  }

  return async (request, info) => {
    const cors = originHeaders(request);
    if (cors === null) return refused({ status: 403, error: 'origin', reason: 'Posts from another site are refused unless the site allows its origin.' });
    if (request.method === 'OPTIONS') {
      return new Response(null, {
        status: 204,
        headers: { ...cors, 'access-control-allow-methods': 'GET, POST', 'access-control-allow-headers': 'content-type', 'access-control-max-age': '600' },
      });
    }
    if (request.method !== 'POST' && request.method !== 'GET') return refused({ status: 405, error: 'method', reason: 'Use POST to send a record, GET to read.' }, { ...cors, allow: 'GET, POST' });
    const retryAfter = limit(clientOf(request, info));
    if (retryAfter !== null) return refused({ status: 429, error: 'rate-limit', reason: 'Too many requests from this client; try again later.' }, { ...cors, 'retry-after': String(retryAfter) });
    try {
      return await (request.method === 'POST' ? post(request, cors) : get(request, cors));
    } catch (error) {
      console.error('[cookie-consent] records endpoint:', error);
      return json(503, { ok: false, error: 'unavailable', reason: 'The record could not be kept now; send it again later.' }, cors);
    }
  };
}
