import type { ConsentRecord } from '../core/consent-record.js';

/**
 * Where records wait for the records endpoint (REC-4): `localStorage`, or this page's memory when
 * storage refuses. Written synchronously the moment a decision is made, with nothing to load, so a
 * record is safe even when the network, and the sender's own code with it, is gone; the sender
 * (records-outbox.ts) loads afterwards and posts what waits.
 */
export const OUTBOX_KEY = 'weroom-cookie-consent:outbox';
/** At most this many records wait; beyond, the oldest go (a person decides a few times, not twenty). */
const MAX_WAITING = 20;

export type Waiting = { endpoint: string; record: ConsentRecord };

const inMemory: Waiting[] = [];

export function readOutbox(): Waiting[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(OUTBOX_KEY) ?? '[]');
    const stored = Array.isArray(parsed) ? parsed.filter((entry): entry is Waiting => typeof entry?.endpoint === 'string' && typeof entry?.record?.recordId === 'string') : [];
    return [...stored, ...inMemory];
  } catch {
    return [...inMemory];
  }
}

export function writeOutbox(waiting: readonly Waiting[]): void {
  const kept = waiting.slice(-MAX_WAITING);
  inMemory.length = 0;
  try {
    if (kept.length === 0) localStorage.removeItem(OUTBOX_KEY);
    else localStorage.setItem(OUTBOX_KEY, JSON.stringify(kept));
  } catch {
    // Storage refused (private mode, full): the records wait in this page's memory.
    inMemory.push(...kept);
  }
}

/** Puts a record in the outbox. */
export function queueRecord(endpoint: string, record: ConsentRecord): void {
  writeOutbox([...readOutbox(), { endpoint, record }]);
}

/** Whether anything waits, without loading the sender. */
export function outboxHoldsRecords(): boolean {
  return readOutbox().length > 0;
}
