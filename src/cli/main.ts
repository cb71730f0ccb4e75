// weroom-consent: the package's command line, one command with subcommands.
//   weroom-consent records export --db ./consent-records --from 2026-11-01 --to 2026-12-01 --format csv > records.csv
//   weroom-consent records purge --url postgres://… --retention-days 1825
// Each store loads only when asked for: a site with PGlite alone has no `pg`, and the reverse.
import { writeFileSync } from 'node:fs';
import type { RecordStore } from '../records/store.js';
import { exportRecords, exportShownTexts, purgeRecords, type ExportFormat } from '../records/export.js';

const USAGE = `Usage:
  weroom-consent records export (--db <folder> | --url <postgres url>) --from <date> --to <date> [--format jsonl|csv] [--texts <file>]
  weroom-consent records purge  (--db <folder> | --url <postgres url>) --retention-days <days>
  weroom-consent --help

Dates are ISO 8601 (2026-11-01 or 2026-11-01T00:00:00Z); --to is excluded. --url defaults to
$CONSENT_DATABASE_URL. --texts writes the texts behind each record's shownHash, one JSON line per
hash, so that the export holds the whole proof.

An embedded folder (--db) belongs to the process that has it open: stop the server first, or read
the records through the server's own store (exportRecords(store) in an admin route of yours).`;

/** A failure the person can act on: its message, the usage when asked, and the exit status. */
class CliError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly usage = false,
  ) {
    super(message);
  }
}

const usageError = (message: string) => new CliError(message, 2, true);

function argumentsOf(list: readonly string[]): Map<string, string> {
  const found = new Map<string, string>();
  for (let index = 0; index < list.length; index += 2) {
    const name = list[index]!;
    const value = list[index + 1];
    if (!name.startsWith('--') || value === undefined) throw usageError(`Unexpected argument: ${name}`);
    found.set(name.slice(2), value);
  }
  return found;
}

function dateOf(value: string | undefined, name: string): Date {
  const date = value === undefined ? new Date(Number.NaN) : new Date(value);
  if (Number.isNaN(date.getTime())) throw usageError(`--${name} must be a date such as 2026-11-01.`);
  return date;
}

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

async function openStore(options: Map<string, string>): Promise<RecordStore> {
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

async function write(line: string): Promise<void> {
  if (!process.stdout.write(line)) await new Promise((resolve) => process.stdout.once('drain', resolve));
}

async function records(command: string | undefined, rest: readonly string[]): Promise<void> {
  if (command !== 'export' && command !== 'purge') throw usageError(command ? `Unknown records command: ${command}` : 'No records command.');
  const options = argumentsOf(rest);
  // Every argument is checked before the store opens (a new folder's first open takes seconds).
  const format = (options.get('format') ?? 'jsonl') as ExportFormat;
  if (command === 'export') {
    if (format !== 'jsonl' && format !== 'csv') throw usageError('--format must be jsonl or csv.');
    dateOf(options.get('from'), 'from');
    dateOf(options.get('to'), 'to');
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
    } else {
      const purged = await purgeRecords(store, { retentionDays: days });
      process.stderr.write(`Deleted ${purged} record(s) decided more than ${days} days ago.\n`);
    }
  } finally {
    await store.close();
  }
}

/** Runs one command line (the arguments after the program's name); resolves to the exit status. */
export async function main(argv: readonly string[]): Promise<number> {
  const [group, command, ...rest] = argv;
  try {
    if (group === undefined || group === '--help' || group === '-h' || group === 'help' || command === '--help' || command === '-h') {
      process.stdout.write(`${USAGE}\n`);
      return group === undefined ? 2 : 0;
    }
    if (group !== 'records') throw usageError(`Unknown command: ${group}`);
    await records(command, rest);
    return 0;
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    process.stderr.write(error.usage ? `${error.message}\n\n${USAGE}\n` : `${error.message}\n`);
    return error.status;
  }
}
