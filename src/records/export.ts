import type { RecordStore, StoredRecord } from './store.js';

export type ExportFormat = 'jsonl' | 'csv';

const CSV_COLUMNS = ['recordId', 'consentId', 'decidedAt', 'receivedAt', 'revision', 'shownHash', 'textsKnown', 'regimeMatches', 'locale', 'choices', 'method', 'surface', 'gpc', 'jurisdiction', 'regime'] as const;

function csvCell(value: unknown): string {
  const text = value === null || value === undefined ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);
  // Quoted when needed; a leading =, +, - or @ is defused so that a spreadsheet reads it as text.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The records decided in `[from, to)`, one line at a time: JSON Lines (one record per line) or
 * CSV with a header line (choices as JSON). The signed-in person's hash is left out.
 */
export async function* exportRecords(store: RecordStore, options: { from: Date; to: Date; format?: ExportFormat }): AsyncGenerator<string> {
  const format = options.format ?? 'jsonl';
  if (format === 'csv') yield `${CSV_COLUMNS.join(',')}\n`;
  for await (const record of store.range(options.from, options.to)) {
    const { subjectHash: _subject, ...shown } = record as StoredRecord;
    yield format === 'csv' ? `${CSV_COLUMNS.map((column) => csvCell(shown[column])).join(',')}\n` : `${JSON.stringify(shown)}\n`;
  }
}

/**
 * The texts behind the hashes of the records decided in `[from, to)`, one JSON line per hash
 * (`{ shownHash, revision, locale, texts, categories }`): with the records' export, the whole
 * proof of what each person was shown.
 */
export async function* exportShownTexts(store: RecordStore, options: { from: Date; to: Date }): AsyncGenerator<string> {
  for (const shown of await store.textsInRange(options.from, options.to)) yield `${JSON.stringify(shown)}\n`;
}

/** Deletes the records older than `retentionDays` (counted from when they were decided); returns how many. */
export function purgeRecords(store: RecordStore, options: { retentionDays: number; now?: number }): Promise<number> {
  if (!(Number.isFinite(options.retentionDays) && options.retentionDays > 0)) throw new Error('purgeRecords: retentionDays must be a positive number of days.');
  return store.purge(new Date((options.now ?? Date.now()) - options.retentionDays * 86_400_000));
}
