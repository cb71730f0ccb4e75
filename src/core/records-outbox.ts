import type { ConsentRecord } from './consent-record.js';

/**
 * The browser's side of the records endpoint (REC-4): each record goes into a small outbox in
 * `localStorage` and is posted with `fetch(…, { keepalive: true })`, which outlives the page; it
 * leaves the outbox once the endpoint has answered for it. A record the endpoint could not take
 * (offline, the server down, the page closed first) is sent again on the next page load, and the
 * endpoint stores it once by its id however often it arrives (REC-3). Loaded only by a provider
 * with a `recordsEndpoint`, on its first record or when its outbox holds some.
 */
export const OUTBOX_KEY = 'weroom-cookie-consent:outbox';
/** At most this many records wait; beyond, the oldest go (a person decides a few times, not twenty). */
const MAX_WAITING = 20;
/** The endpoint refuses a record older than this (its `maxAgeDays`): no use keeping it. */
const MAX_AGE_MS = 30 * 86_400_000;
/** Answers that say this record will never be taken; anything else (404, 429, 5xx, no answer) is tried again. */
const REFUSED = new Set([400, 403, 405, 413, 415, 422]);

type Waiting = { endpoint: string; record: ConsentRecord };

function read(): Waiting[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(OUTBOX_KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((entry): entry is Waiting => typeof entry?.endpoint === 'string' && typeof entry?.record?.recordId === 'string') : [];
  } catch {
    return [];
  }
}

function write(waiting: readonly Waiting[]): void {
  try {
    if (waiting.length === 0) localStorage.removeItem(OUTBOX_KEY);
    else localStorage.setItem(OUTBOX_KEY, JSON.stringify(waiting.slice(-MAX_WAITING)));
  } catch {
    // Storage refused (private mode, full): the record is still sent, once, now.
  }
}

function remove(recordId: string): void {
  write(read().filter((entry) => entry.record.recordId !== recordId));
}

/** Posts one record; true when the endpoint answered for it (stored, already stored, or refused for good). */
async function post({ endpoint, record }: Waiting): Promise<boolean> {
  try {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(record),
      keepalive: true,
      credentials: 'same-origin',
    });
    return response.ok || REFUSED.has(response.status);
  } catch {
    return false;
  }
}

let flushing: Promise<void> | null = null;
let retryWhenOnline = false;

/** Sends what waits, oldest first; stops at the first that fails, and tries again when the browser is back online. */
export function flushOutbox(): Promise<void> {
  flushing ??= (async () => {
    const now = Date.now();
    for (const entry of read()) {
      if (!(Date.parse(entry.record.decidedAt) > now - MAX_AGE_MS)) {
        remove(entry.record.recordId);
        continue;
      }
      if (!(await post(entry))) {
        if (!retryWhenOnline && typeof window !== 'undefined') {
          retryWhenOnline = true;
          window.addEventListener('online', () => ((retryWhenOnline = false), void flushOutbox()), { once: true });
        }
        return;
      }
      remove(entry.record.recordId);
    }
  })().finally(() => (flushing = null));
  return flushing;
}

/** Puts a record in the outbox and sends what waits. */
export function sendRecord(endpoint: string, record: ConsentRecord): Promise<void> {
  write([...read(), { endpoint, record }]);
  // A flush already under way may have read the outbox before this record: send after it.
  return (flushing ?? Promise.resolve()).then(flushOutbox);
}
