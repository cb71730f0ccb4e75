// `weroom-consent audit`: the command line a site owner and CI run, its reports and exit status.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { startFixtureSite, type FixtureSite } from './fixture-site.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const browserTest = existsSync(CHROMIUM) ? describe : describe.skip;
const here = (file: string) => new URL(file, import.meta.url).pathname;

/** Runs the command in this process; resolves to its status and what it printed. */
async function run(...argv: string[]): Promise<{ status: number; out: string; err: string }> {
  let out = '';
  let err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    err += String(chunk);
    return true;
  });
  try {
    const status = await main(argv);
    return { status, out, err };
  } finally {
    vi.restoreAllMocks();
  }
}

/** A loopback port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('given a mistake on the command line', () => {
  it('exits 2 with the usage when the config is missing', async () => {
    const { status, err } = await run('audit', 'https://www.example.com');
    expect(status).toBe(2);
    expect(err).toContain('Say where the consent config is: --config');
  });

  it('exits 2 on an unknown option or kind', async () => {
    expect((await run('audit', 'https://www.example.com', '--config', 'x.ts', '--fast')).err).toContain('Unknown option: --fast');
    const { status, err } = await run('audit', 'https://www.example.com', '--config', 'x.ts', '--fail-on', 'leaks');
    expect(status).toBe(2);
    expect(err).toContain('--fail-on takes leak, undeclared, mislabelled, too-long, never-seen; got leaks.');
  });

  it('exits 2 naming a config file it cannot read', async () => {
    const { status, err } = await run('audit', 'https://www.example.com', '--config', here('./missing-config.json'));
    expect(status).toBe(2);
    expect(err).toMatch(/^Cannot read the config file .*missing-config\.json\.\n$/);
  });
});

browserTest('given a site', () => {
  let faulty: FixtureSite;
  let clean: FixtureSite;
  let folder: string;

  beforeAll(async () => {
    faulty = await startFixtureSite({ faults: true });
    clean = await startFixtureSite({ faults: false });
    folder = mkdtempSync(join(tmpdir(), 'audit-cli-'));
  });
  afterAll(async () => {
    await faulty?.close();
    await clean?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('exits 1 on a leak, with a table per pass, the summary line, and both reports written', async () => {
    const json = join(folder, 'report.json');
    const html = join(folder, 'report.html');
    const { status, out, err } = await run(
      'audit', faulty.url, '--config', here('./faulty-config.json'), '--pages', '1', '--settle-ms', '0', '--offline',
      '--browser', CHROMIUM, '--json', json, '--html', html, '--header', 'x-preview:yes', '--cookie', 'signed_in=1',
    );
    expect(status).toBe(1);
    expect(err).toMatch(/The audit fails: \d+ finding\(s\) that fail the run \(leak, mislabelled\)\.\n$/);
    expect(out).toMatch(/^no-choice: opt-in; no choice made; grants features; 1 page\(s\)$/m);
    expect(out).toMatch(/^reject: opt-in; clicked "Reject all"; grants features; 1 page\(s\)$/m);
    expect(out).toMatch(/✗ leak +cookie _ga +performance/);
    expect(out).toMatch(/^\d+ leaks, \d+ undeclared, \d+ mislabelled, \d+ too long, \d+ never seen on 1 page in [\d.]+ s — FAILED$/m);
    // The sign-in cookie given with --cookie is the audit's, not the site's.
    expect(out).not.toContain('signed_in');
    const report = JSON.parse(readFileSync(json, 'utf8')) as { findings: { kind: string; pass: string; cookie?: string }[] };
    expect(report.findings).toContainEqual(expect.objectContaining({ kind: 'leak', pass: 'no-choice', cookie: '_ga' }));
    expect(readFileSync(html, 'utf8')).toMatch(/^<!doctype html>/);
    // The preview header and the sign-in cookie reach the site.
    expect(faulty.headers.some((headers) => headers['x-preview'] === 'yes' && String(headers.cookie).includes('signed_in=1'))).toBe(true);
  }, 60_000);

  it('exits 0 on the clean twin, loading its TypeScript config module', async () => {
    const { status, out } = await run('audit', clean.url, '--config', here('./clean-config.ts'), '--pages', '2', '--settle-ms', '0', '--offline', '--browser', CHROMIUM);
    expect(status).toBe(0);
    expect(out).toMatch(/^4 never seen on 2 pages in [\d.]+ s$/m);
  }, 60_000);

  it('exits 1 on the kinds --fail-on names', async () => {
    const { status } = await run('audit', clean.url, '--config', here('./clean-config.ts'), '--pages', '1', '--settle-ms', '0', '--offline', '--browser', CHROMIUM, '--fail-on', 'never-seen');
    expect(status).toBe(1);
  }, 60_000);

  it('exits 2 when the site cannot be reached', async () => {
    const port = await closedPort();
    const { status, err } = await run('audit', `http://127.0.0.1:${port}/`, '--config', here('./faulty-config.json'), '--browser', CHROMIUM);
    expect(status).toBe(2);
    expect(err).toContain(`Cannot load http://127.0.0.1:${port}/: `);
  }, 60_000);

  it('exits 2 saying how to get a browser when the one named is not there', async () => {
    const { status, err } = await run('audit', clean.url, '--config', here('./faulty-config.json'), '--browser', '/nowhere/chromium');
    expect(status).toBe(2);
    expect(err).toContain('No browser at /nowhere/chromium.');
    expect(err).toContain('npx playwright install chromium');
  });
});
