// @vitest-environment node
// The command line as a site runs it: built as the package builds it, run by node on a folder of records.
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEmbeddedRecordStore } from '@weroom/cookie-consent/records/embedded';
import { buildPackage, removeBuild, root } from './built';
import { POSTGRES_URL, aStoredRecord } from './support';

const run = promisify(execFile);
let outDir: string;
const dataDir = join(mkdtempSync(join(tmpdir(), 'consent-cli-')), 'records');
const sites = mkdtempSync(join(tmpdir(), 'consent-cli-sites-'));
const day = (offset: number) => new Date(Date.UTC(2026, 10, 1) + offset * 86_400_000).toISOString();
const shownHash = 'fnv1a64:0123456789abcdef';

beforeAll(async () => {
  outDir = await buildPackage('records-cli');
  const store = await openEmbeddedRecordStore({ dataDir });
  await store.saveTexts({ shownHash, revision: '1', locale: 'fr', texts: { banner: { title: 'Nous utilisons des cookies' } }, categories: [] });
  for (const [index, offset] of [-40, 2, 5].entries()) {
    await store.insert(
      aStoredRecord(`cli${String(index).padStart(13, '0')}`, {
        decidedAt: day(offset),
        shownHash,
        textsKnown: true,
        locale: 'fr',
        choices: { features: true, performance: index === 1 },
        surface: 'banner',
        jurisdiction: 'FR',
      }),
    );
  }
  await store.close();
}, 60_000);

afterAll(() => {
  rmSync(join(dataDir, '..'), { recursive: true, force: true });
  rmSync(sites, { recursive: true, force: true });
  removeBuild(outDir);
});

// `weroom-consent-records …` is kept as an alias of `weroom-consent records …`.
const cli = (...args: string[]) => run(process.execPath, [join(outDir, 'records/cli.js'), ...args], { cwd: root });
const command = (...args: string[]) => run(process.execPath, [join(outDir, 'cli/weroom-consent.js'), ...args], { cwd: root });

/** A site that installed the package and only the given packages of the repository's node_modules. */
function siteWith(name: string, packages: readonly string[]): (...args: string[]) => Promise<{ stdout: string; stderr: string }> {
  const site = join(sites, name);
  cpSync(outDir, join(site, 'node_modules/@weroom/cookie-consent/dist'), { recursive: true });
  for (const installed of packages) {
    mkdirSync(join(site, 'node_modules', installed, '..'), { recursive: true });
    symlinkSync(join(root, 'node_modules', installed), join(site, 'node_modules', installed), 'dir');
  }
  return (...args) => run(process.execPath, [join(site, 'node_modules/@weroom/cookie-consent/dist/cli/weroom-consent.js'), ...args], { cwd: site });
}

describe('the weroom-consent command line', () => {
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

  it('writes the texts behind each exported hash beside the records, for the whole proof', async () => {
    const texts = join(sites, 'texts.jsonl');
    await command('records', 'export', '--db', dataDir, '--from', '2026-09-01', '--to', '2026-12-01', '--texts', texts);
    const lines = readFileSync(texts, 'utf8').trim().split('\n');
    expect(lines.map((line) => JSON.parse(line) as unknown)).toEqual([
      { shownHash, revision: '1', locale: 'fr', texts: { banner: { title: 'Nous utilisons des cookies' } }, categories: [] },
    ]);
  }, 60_000);

  it('prints the consent rates of a period, and writes them as JSON and as a page, with no consent id in any', async () => {
    const json = join(sites, 'stats.json');
    const html = join(sites, 'stats.html');
    const { stdout } = await command('records', 'stats', '--db', dataDir, '--from', '2026-09-01', '--to', '2026-12-01', '--by', 'month', '--threshold', '1', '--json', json, '--html', html);
    expect(stdout).toContain('2026-11');
    const stats = JSON.parse(readFileSync(json, 'utf8')) as { periods: unknown[]; all: { total: { people: number; decisions: number } } };
    expect(stats.periods).toHaveLength(3);
    // The two records left after the purge above: one person, two decisions.
    expect(stats.all.total).toMatchObject({ people: 1, decisions: 2 });
    const page = readFileSync(html, 'utf8');
    expect(page).toMatch(/^<!doctype html>/i);
    for (const output of [stdout, readFileSync(json, 'utf8'), page]) expect(output).not.toContain('q1W2e3R4t5Y6u7I8');
    await expect(command('records', 'stats', '--db', dataDir, '--from', '2026-09-01', '--to', '2026-12-01', '--by', 'year')).rejects.toMatchObject({ code: 2 });
  }, 60_000);

  it('prints its usage for --help and exits 0', async () => {
    for (const help of [['--help'], ['records', '--help']]) {
      const { stdout } = await command(...help);
      expect(stdout).toContain('weroom-consent records export');
      expect(stdout).toContain('--texts <file>');
    }
    expect((await cli('--help')).stdout).toContain('Usage:');
  }, 60_000);

  it('runs on an embedded folder where only PGlite is installed, and says which package --url needs', async () => {
    const site = siteWith('pglite-only', ['@electric-sql/pglite', 'proper-lockfile']);
    const { stdout } = await site('records', 'export', '--db', dataDir, '--from', '2026-09-01', '--to', '2027-01-01');
    expect(stdout.trim().split('\n')).toHaveLength(2);
    await expect(site('records', 'export', '--url', 'postgres://nobody@127.0.0.1:1/none', '--from', '2026-09-01', '--to', '2027-01-01')).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('npm install pg'),
    });
  }, 60_000);

  // Needs a Postgres server: `.ci/run` starts one; without it, only the refusal of --db is checked.
  it('runs on a Postgres server where only pg is installed, and says which package --db needs', async () => {
    const site = siteWith('pg-only', ['pg']);
    await expect(site('records', 'export', '--db', dataDir, '--from', '2026-09-01', '--to', '2027-01-01')).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('npm install @electric-sql/pglite'),
    });
    if (!POSTGRES_URL) return;
    const { stdout } = await site('records', 'export', '--url', POSTGRES_URL, '--from', '2000-01-01', '--to', '2001-01-01', '--format', 'csv');
    expect(stdout).toMatch(/^recordId,consentId,/);
  }, 60_000);

  it('refuses a command it does not know, with its usage', async () => {
    await expect(cli('delete-everything')).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining('Usage:') });
    await expect(cli('export', '--db', dataDir, '--from', 'yesterday', '--to', '2027-01-01')).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining('--from must be a date') });
  }, 60_000);
});
