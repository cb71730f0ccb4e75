// Types only: the queue's code is the recordConsent feature's, handed in, so that this module
// shares no code with the first visit (a shared module would be a chunk, and a request, of its own).
import type { Waiting } from './records-queue.js';

/** The outbox, as the recordConsent feature keeps it (records-queue.ts). */
export type OutboxQueue = { readOutbox: () => Waiting[]; writeOutbox: (waiting: readonly Waiting[]) => void };

/**
 * The sender of the records endpoint (REC-4): posts what waits in the outbox (records-queue.ts)
 * with `fetch(…, { keepalive: true })`, which outlives the page, and takes each record out once
 * the endpoint has answered for it. A record the endpoint could not take (offline, the server
 * down, the page closed first) is sent again on the next page load, and the endpoint stores it
 * once by its id however often it arrives (REC-3). Loaded only by the `recordConsent` feature
 * with an `endpoint`, after a decision or when its outbox holds records.
 */

/** The endpoint refuses a record older than this (its `maxAgeDays`): no use keeping it. */
const MAX_AGE_MS = 30 * 86_400_000;
/** Answers that say this record will never be taken; anything else (404, 429, 5xx, no answer) is tried again. */
const REFUSED = new Set([400, 403, 405, 413, 415, 422]);

function remove({ readOutbox, writeOutbox }: OutboxQueue, recordId: string): void {
  writeOutbox(readOutbox().filter((entry) => entry.record.recordId !== recordId));
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
let again = false;
let retryWhenOnline = false;

/** Posts what waits, oldest first, until one fails; false when one did. */
async function sendWaiting(queue: OutboxQueue): Promise<boolean> {
  const now = Date.now();
  for (const entry of queue.readOutbox()) {
    if (Date.parse(entry.record.decidedAt) > now - MAX_AGE_MS && !(await post(entry))) return false;
    remove(queue, entry.record.recordId);
  }
  return true;
}

/**
 * Sends what waits; a call during a send sends again after it, so a record queued meanwhile goes
 * too. After a failure it tries again when the browser is back online, or on the next page load.
 */
export function flushOutbox(queue: OutboxQueue): Promise<void> {
  if (flushing) {
    again = true;
    return flushing;
  }
  flushing = (async () => {
    do {
      again = false;
      if (!(await sendWaiting(queue))) {
        if (!retryWhenOnline && typeof window !== 'undefined') {
          retryWhenOnline = true;
          window.addEventListener('online', () => ((retryWhenOnline = false), void flushOutbox(queue)), { once: true });
        }
        return;
      }
    } while (again);
  })().finally(() => (flushing = null));
  return flushing;
}
