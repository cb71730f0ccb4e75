// @vitest-environment node
// The command line as a site runs it: built as the package builds it, run by node on a folder of records.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEmbeddedRecordStore } from '@weroom/cookie-consent/records/embedded';

const run = promisify(execFile);
const root = process.cwd();
// Inside the repository, so that node finds @electric-sql/pglite in its node_modules.
const outDir = join(root, 'build', 'cli-test');
const dataDir = mkdtempSync(join(tmpdir(), 'consent-cli-'));
const day = (offset: number) => new Date(Date.UTC(2026, 10, 1) + offset * 86_400_000).toISOString();

beforeAll(async () => {
  await build({
    configFile: false,
    logLevel: 'silent',
    build: { ssr: join(root, 'src/records/cli.ts'), outDir, emptyOutDir: true, rolldownOptions: { output: { entryFileNames: 'cli.mjs' } } },
  });
  const store = await openEmbeddedRecordStore({ dataDir });
  for (const [index, offset] of [-40, 2, 5].entries()) {
    await store.insert({
      recordId: `cli${String(index).padStart(13, '0')}`,
      consentId: 'q1W2e3R4t5Y6u7I8',
      decidedAt: day(offset),
      revision: '1',
      shownHash: 'fnv1a64:0123456789abcdef',
      textsKnown: true,
      regimeMatches: true,
      locale: 'fr',
      choices: { features: true, performance: index === 1 },
      method: 'custom',
      surface: 'banner',
      gpc: false,
      jurisdiction: 'FR',
      regime: 'opt-in',
      subjectHash: null,
    });
  }
  await store.close();
}, 60_000);

afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(outDir, { recursive: true, force: true });
});

const cli = (...args: string[]) => run(process.execPath, [join(outDir, 'cli.mjs'), ...args], { cwd: root });

describe('the weroom-consent-records command line', () => {
  it('exports the records of a period as CSV and as JSON Lines', async () => {
    const csv = await cli('export', '--db', dataDir, '--from', '2026-11-01', '--to', '2026-12-01', '--format', 'csv');
    const rows = csv.stdout.trim().split('\n');
    expect(rows[0]).toMatch(/^recordId,consentId,decidedAt,/);
    expect(rows.slice(1).map((row) => row.split(',')[0])).toEqual(['cli0000000000001', 'cli0000000000002']);
    const jsonl = await cli('export', '--db', dataDir, '--from', '2026-09-01', '--to', '2026-11-04');
    expect(jsonl.stdout.trim().split('\n').map((line) => (JSON.parse(line) as { recordId: string }).recordId)).toEqual(['cli0000000000000', 'cli0000000000001']);
  }, 60_000);

  it('purges the records past retention, and says how many', async () => {
    const purged = await cli('purge', '--db', dataDir, '--retention-days', String(Math.ceil((Date.now() - Date.parse(day(0))) / 86_400_000) + 20));
    expect(purged.stderr).toContain('Deleted 1 record(s)');
    const left = await cli('export', '--db', dataDir, '--from', '2026-01-01', '--to', '2027-01-01');
    expect(left.stdout.trim().split('\n')).toHaveLength(2);
  }, 60_000);

  it('refuses a command it does not know, with its usage', async () => {
    await expect(cli('delete-everything')).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining('Usage:') });
    await expect(cli('export', '--db', dataDir, '--from', 'yesterday', '--to', '2027-01-01')).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining('--from must be a date') });
  }, 60_000);
});
