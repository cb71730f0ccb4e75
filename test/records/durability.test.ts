// @vitest-environment node
// Proof that cannot be lost (REC-3): the embedded store's folder belongs to one process at a time.
// The server runs in a process of its own over the built package, as a site runs it; the command
// line runs beside it; the server is stopped as a terminal or a container stops it.
import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEmbeddedRecordStore, RecordsFolderLockedError } from '@weroom/cookie-consent/records/embedded';
import { buildPackage, removeBuild, root } from './built';
import { aStoredRecord } from './support';

const run = promisify(execFile);
let packageDir: string;
const folders: string[] = [];
const children = new Set<ChildProcess>();

beforeAll(async () => {
  packageDir = await buildPackage('records-durability');
}, 60_000);

afterAll(() => {
  for (const child of children) child.kill('SIGKILL');
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  removeBuild(packageDir);
});

function newFolder(): string {
  const parent = mkdtempSync(join(tmpdir(), 'consent-durability-'));
  folders.push(parent);
  return join(parent, 'records');
}

type Server = { child: ChildProcess; port: number };

/** Starts the site's records server on `dataDir`; resolves once it listens, rejects with what it printed if it stops first. */
function startServer(dataDir: string): Promise<Server> {
  const child = spawn(process.execPath, [join(root, 'test/records/fixtures/records-server.mjs'), packageDir, dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(child);
  child.once('exit', () => children.delete(child));
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      const port = /listening (\d+)/.exec(String(chunk))?.[1];
      if (port) resolve({ child, port: Number(port) });
    });
    child.once('exit', (code) => reject(Object.assign(new Error(`the server stopped (${code}): ${stderr}`), { code, stderr })));
  });
}

const stopped = (child: ChildProcess) => new Promise<void>((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve())));

let counter = 0;
/** Posts `count` records as the browser does; returns the ids the server acknowledged (201). */
async function post(port: number, count: number): Promise<string[]> {
  const acknowledged: string[] = [];
  for (let index = 0; index < count; index++) {
    counter += 1;
    const recordId = `dur${String(counter).padStart(13, '0')}`;
    const response = await fetch(`http://127.0.0.1:${port}/api/consent`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        recordId,
        consentId: 'q1W2e3R4t5Y6u7I8',
        decidedAt: new Date(Date.now() - 1000).toISOString(),
        revision: '1',
        shownHash: 'fnv1a64:0123456789abcdef',
        locale: 'en',
        choices: { features: true, performance: true, advertising: false },
        method: 'custom',
        surface: 'banner',
        gpc: false,
        jurisdiction: null,
        regime: 'opt-in',
      }),
    });
    if (response.status === 201) acknowledged.push(recordId);
  }
  return acknowledged;
}

const cli = (...args: string[]) => run(process.execPath, [join(packageDir, 'cli/weroom-consent.js'), ...args], { cwd: root });

/** The record ids the command line exports from a folder that no process holds. */
async function exported(dataDir: string): Promise<string[]> {
  const { stdout } = await cli('records', 'export', '--db', dataDir, '--from', '2000-01-01', '--to', '2100-01-01');
  return stdout
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => (JSON.parse(line) as { recordId: string }).recordId);
}

describe('the embedded store beside a second process', () => {
  it('keeps every acknowledged record when the command line runs beside the server, stopped by SIGINT and by SIGKILL', async () => {
    const dataDir = newFolder();
    const first = await startServer(dataDir);
    const acknowledged = await post(first.port, 10);
    expect(acknowledged).toHaveLength(10);

    // The operator's export while the server runs: refused at once, naming the folder and its holder.
    const refused = await cli('records', 'export', '--db', dataDir, '--from', '2000-01-01', '--to', '2100-01-01').then(
      () => null,
      (error: { code: number; stderr: string; stdout: string }) => error,
    );
    expect(refused).toMatchObject({ code: 1, stdout: '' });
    expect(refused!.stderr).toContain(dataDir);
    expect(refused!.stderr).toContain(`process ${first.child.pid}`);
    expect(refused!.stderr).toMatch(/stop that process first|exportRecords\(store\)/);

    acknowledged.push(...(await post(first.port, 10)));
    expect(acknowledged).toHaveLength(20);
    first.child.kill('SIGINT');
    await stopped(first.child);
    expect((await exported(dataDir)).sort()).toEqual([...acknowledged].sort());

    // Killed outright: its lock stays behind, and is taken over at once since its holder is gone.
    const second = await startServer(dataDir);
    acknowledged.push(...(await post(second.port, 10)));
    second.child.kill('SIGKILL');
    await stopped(second.child);
    expect(existsSync(`${dataDir}.lock`)).toBe(true);
    expect((await exported(dataDir)).sort()).toEqual([...acknowledged].sort());
    expect(acknowledged).toHaveLength(30);
  }, 120_000);

  it('refuses a second server on the same folder, naming the process that holds it', async () => {
    const dataDir = newFolder();
    const first = await startServer(dataDir);
    const second = await startServer(dataDir).then(
      () => null,
      (error: { code: number; stderr: string }) => error,
    );
    expect(second).toMatchObject({ code: 3 });
    expect(second!.stderr).toContain('RecordsFolderLockedError');
    expect(second!.stderr).toContain(`process ${first.child.pid}`);
    // The first one still serves.
    expect(await post(first.port, 1)).toHaveLength(1);
    first.child.kill('SIGKILL');
    await stopped(first.child);
  }, 60_000);

  it('hands back the store already open when this process opens the folder again, and lets it go with its last user', async () => {
    const dataDir = newFolder();
    const one = await openEmbeddedRecordStore({ dataDir });
    const two = await openEmbeddedRecordStore({ dataDir: `${dataDir}/../records` });
    await one.insert(aStoredRecord('inproc0000000001'));
    expect(await two.count()).toBe(1);
    await one.close();
    await one.close(); // twice is once
    expect(await two.count()).toBe(1);
    expect(existsSync(`${dataDir}.lock`)).toBe(true);
    await two.close();
    expect(existsSync(`${dataDir}.lock`)).toBe(false);
    expect(await exported(dataDir)).toEqual(['inproc0000000001']);
  }, 60_000);

  it("takes over another host's lock only once it has gone stale", async () => {
    const dataDir = newFolder();
    mkdirSync(`${dataDir}.lock`, { recursive: true });
    writeFileSync(`${dataDir}.lock.json`, JSON.stringify({ pid: 4242, host: 'another-host.example', startedAt: '2026-12-01T08:00:00.000Z' }));
    const refusal = await openEmbeddedRecordStore({ dataDir }).then(
      () => null,
      (error: unknown) => error,
    );
    expect(refusal).toBeInstanceOf(RecordsFolderLockedError);
    expect((refusal as Error).message).toContain('process 4242 on another-host.example, since 2026-12-01T08:00:00.000Z');
    // Not renewed for a minute: its holder died or hung, and the folder is taken over.
    const minuteAgo = new Date(Date.now() - 60_000);
    utimesSync(`${dataDir}.lock`, minuteAgo, minuteAgo);
    const store = await openEmbeddedRecordStore({ dataDir });
    expect(await store.count()).toBe(0);
    await store.close();
  }, 60_000);
});
