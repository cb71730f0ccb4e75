// `weroom-consent records …`: export, purge and sum up the records of an embedded folder or a Postgres server.
// Each store loads only when asked for: a site with PGlite alone has no `pg`, and the reverse.
import { writeFileSync } from 'node:fs';
import type { RecordStore } from '../records/store.js';
import { exportRecords, exportShownTexts, purgeRecords, type ExportFormat } from '../records/export.js';
import type { StatsPeriodUnit } from '../records/stats.js';
import { CliError, argumentsOf, dateOf, usageError, write } from './errors.js';

export const RECORDS_USAGE = `  weroom-consent records export (--db <folder> | --url <postgres url>) --from <date> --to <date> [--format jsonl|csv] [--texts <file>]
  weroom-consent records purge  (--db <folder> | --url <postgres url>) --retention-days <days>
  weroom-consent records stats  (--db <folder> | --url <postgres url>) --from <date> --to <date> [--by day|week|month] [--threshold <people>] [--json <file>] [--html <file>]`;

export const RECORDS_NOTES = `Dates are ISO 8601 (2026-11-01 or 2026-11-01T00:00:00Z); --to is excluded. --url defaults to
$CONSENT_DATABASE_URL. --texts writes the texts behind each record's shownHash, one JSON line per
hash, so that the export holds the whole proof. stats prints the consent rates by period (weeks by
default) as a table; --json and --html write them to files too. A group of fewer people than
--threshold (10) is hidden.

An embedded folder (--db) belongs to the process that has it open: stop the server first, or read
the records through the server's own store (exportRecords(store) in an admin route of yours).`;

/** Loads a store's entry, saying which package to install when its database driver is missing. */
async function importStore<T>(load: () => Promise<T>, driver: string): Promise<T> {
  try {
    return await load();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ERR_MODULE_NOT_FOUND' && String((error as Error).message).includes(driver)) {
      throw new CliError(`This store needs the ${driver} package: npm install ${driver}`, 1);
    }
    throw error;
  }
}

/** The store named by `--db <folder>` or `--url <postgres url>` (or $CONSENT_DATABASE_URL). */
export async function openStore(options: Map<string, string>): Promise<RecordStore> {
  const url = options.get('url') ?? (options.has('db') ? undefined : process.env.CONSENT_DATABASE_URL);
  if (url) {
    const { openPostgresRecordStore } = await importStore(() => import('../records/postgres.js'), 'pg');
    return openPostgresRecordStore({ connectionString: url, max: 2 });
  }
  const dataDir = options.get('db');
  if (!dataDir) throw usageError('Say where the records are: --db <folder> or --url <postgres url>.');
  const { openEmbeddedRecordStore, RecordsFolderLockedError } = await importStore(() => import('../records/embedded.js'), '@electric-sql/pglite');
  try {
    return await openEmbeddedRecordStore({ dataDir });
  } catch (error) {
    if (error instanceof RecordsFolderLockedError) throw new CliError(error.message, 1);
    throw error;
  }
}

export async function records(command: string | undefined, rest: readonly string[]): Promise<void> {
  if (command !== 'export' && command !== 'purge' && command !== 'stats') throw usageError(command ? `Unknown records command: ${command}` : 'No records command.');
  const options = argumentsOf(rest);
  // Every argument is checked before the store opens (a new folder's first open takes seconds).
  const format = (options.get('format') ?? 'jsonl') as ExportFormat;
  if (command === 'export') {
    if (format !== 'jsonl' && format !== 'csv') throw usageError('--format must be jsonl or csv.');
    dateOf(options.get('from'), 'from');
    dateOf(options.get('to'), 'to');
  }
  const by = (options.get('by') ?? 'week') as StatsPeriodUnit;
  const threshold = Number(options.get('threshold') ?? 10);
  if (command === 'stats') {
    if (by !== 'day' && by !== 'week' && by !== 'month') throw usageError('--by must be day, week or month.');
    if (!(Number.isInteger(threshold) && threshold >= 1)) throw usageError('--threshold must be a whole number of people, 1 or more.');
    if (dateOf(options.get('from'), 'from') >= dateOf(options.get('to'), 'to')) throw usageError('--from must be before --to.');
  }
  const days = Number(options.get('retention-days'));
  if (command === 'purge' && !(days > 0)) throw usageError('--retention-days must be a positive number.');
  const store = await openStore(options);
  try {
    if (command === 'export') {
      const period = { from: dateOf(options.get('from'), 'from'), to: dateOf(options.get('to'), 'to') };
      for await (const line of exportRecords(store, { ...period, format })) await write(line);
      const textsFile = options.get('texts');
      if (textsFile) {
        let lines = '';
        for await (const line of exportShownTexts(store, period)) lines += line;
        writeFileSync(textsFile, lines);
      }
    } else if (command === 'stats') {
      // Loaded when asked for: the page's chart library is read from disk only then.
      const [{ consentStats }, { renderStatsHtml, renderStatsTable }] = await Promise.all([import('../records/stats.js'), import('../records/stats-report.js')]);
      const stats = await consentStats(store, { from: dateOf(options.get('from'), 'from'), to: dateOf(options.get('to'), 'to'), by, threshold });
      await write(renderStatsTable(stats));
      const jsonFile = options.get('json');
      if (jsonFile) writeFileSync(jsonFile, `${JSON.stringify(stats, null, 2)}\n`);
      const htmlFile = options.get('html');
      if (htmlFile) writeFileSync(htmlFile, await renderStatsHtml(stats));
    } else {
      const purged = await purgeRecords(store, { retentionDays: days });
      process.stderr.write(`Deleted ${purged} record(s) decided more than ${days} days ago.\n`);
    }
  } finally {
    await store.close();
  }
}
