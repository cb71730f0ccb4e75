#!/usr/bin/env node
// weroom-consent-records: export the records of a period, or purge those past retention.
//   weroom-consent-records export --db ./consent-db --from 2026-11-01 --to 2026-12-01 --format csv > records.csv
//   weroom-consent-records purge --url postgres://… --retention-days 1825
import { openEmbeddedRecordStore } from './embedded.js';
import { openPostgresRecordStore } from './postgres.js';
import { exportRecords, purgeRecords, type ExportFormat } from './export.js';

const USAGE = `Usage:
  weroom-consent-records export (--db <folder> | --url <postgres url>) --from <date> --to <date> [--format jsonl|csv]
  weroom-consent-records purge  (--db <folder> | --url <postgres url>) --retention-days <days>
Dates are ISO 8601 (2026-11-01 or 2026-11-01T00:00:00Z); --to is excluded. --url defaults to $CONSENT_DATABASE_URL.`;

function fail(message: string): never {
  process.stderr.write(`${message}\n\n${USAGE}\n`);
  process.exit(2);
}

function argumentsOf(list: readonly string[]): Map<string, string> {
  const found = new Map<string, string>();
  for (let index = 0; index < list.length; index += 2) {
    const name = list[index]!;
    const value = list[index + 1];
    if (!name.startsWith('--') || value === undefined) fail(`Unexpected argument: ${name}`);
    found.set(name.slice(2), value);
  }
  return found;
}

function dateOf(value: string | undefined, name: string): Date {
  const date = value === undefined ? new Date(Number.NaN) : new Date(value);
  if (Number.isNaN(date.getTime())) fail(`--${name} must be a date such as 2026-11-01.`);
  return date;
}

const [command, ...rest] = process.argv.slice(2);
if (command !== 'export' && command !== 'purge') fail(command ? `Unknown command: ${command}` : 'No command.');
const options = argumentsOf(rest);
const url = options.get('url') ?? (options.has('db') ? undefined : process.env.CONSENT_DATABASE_URL);
if (!url && !options.has('db')) fail('Say where the records are: --db <folder> or --url <postgres url>.');
const store = url ? await openPostgresRecordStore({ connectionString: url, max: 2 }) : await openEmbeddedRecordStore({ dataDir: options.get('db')! });
try {
  if (command === 'export') {
    const format = (options.get('format') ?? 'jsonl') as ExportFormat;
    if (format !== 'jsonl' && format !== 'csv') fail('--format must be jsonl or csv.');
    for await (const line of exportRecords(store, { from: dateOf(options.get('from'), 'from'), to: dateOf(options.get('to'), 'to'), format })) {
      if (!process.stdout.write(line)) await new Promise((resolve) => process.stdout.once('drain', resolve));
    }
  } else {
    const days = Number(options.get('retention-days'));
    if (!(days > 0)) fail('--retention-days must be a positive number.');
    const purged = await purgeRecords(store, { retentionDays: days });
    process.stderr.write(`Deleted ${purged} record(s) decided more than ${days} days ago.\n`);
  }
} finally {
  await store.close();
}
