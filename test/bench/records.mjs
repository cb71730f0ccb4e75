// npm run bench:records: a bounded load test of the records endpoint on loopback, for the
// embedded store (PGlite, persisted to a temporary folder) and, when CONSENT_BENCH_POSTGRES_URL
// (or CONSENT_TEST_POSTGRES_URL) names one, a Postgres server. Each run posts distinct records for
// RECORDS_BENCH_SECONDS (30 by default) from 10 connections, then prints records per second,
// p50/p99 latency and errors, and checks that the store holds exactly the records it accepted. It
// reports the server process's resident memory too: right after its first start (a new folder's
// initdb), idle, the peak under the load, and idle again on a reopened folder.
import { fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';

const seconds = Number(process.env.RECORDS_BENCH_SECONDS ?? 30);
const postgresUrl = process.env.CONSENT_BENCH_POSTGRES_URL ?? process.env.CONSENT_TEST_POSTGRES_URL;
const GOAL = { perSecond: 1000, p99: 50, memoryMB: 384, instanceMB: 512 };

function aRecord(index) {
  const now = new Date().toISOString();
  return JSON.stringify({
    recordId: `b${index.toString(36).padStart(15, '0')}`,
    consentId: `c${(index % 100_000).toString(36).padStart(15, '0')}`,
    decidedAt: now,
    revision: '1',
    shownHash: 'fnv1a64:0123456789abcdef',
    locale: 'en',
    choices: { features: true, performance: index % 2 === 0, advertising: index % 3 === 0 },
    method: 'custom',
    surface: 'banner',
    gpc: false,
    jurisdiction: 'FR',
    regime: 'opt-in',
  });
}

/** Starts the bench's server for `kind` (on `dataDir` for the embedded store); `ask` sends a message and waits for the answer's `key`. */
function start(kind, dataDir) {
  const server = fork(new URL('./records-server.mjs', import.meta.url), [kind, dataDir ?? ''], { env: { ...process.env, CONSENT_BENCH_POSTGRES_URL: postgresUrl ?? '' } });
  const ask = (message, key) =>
    new Promise((resolve) => {
      const listen = (answer) => {
        if (answer && key in answer) {
          server.off('message', listen);
          resolve(answer[key]);
        }
      };
      server.on('message', listen);
      if (message) server.send(message);
    });
  return { server, ask };
}

const settle = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const mb = (value) => Math.round(value);

async function run(kind) {
  const dataDir = kind === 'embedded' ? join(mkdtempSync(join(tmpdir(), 'consent-bench-')), 'records') : undefined;
  const { server, ask } = start(kind, dataDir);
  const port = await ask(null, 'port');
  const started = await ask('memory', 'memory');
  await settle(2000);
  const idle = await ask('memory', 'memory');
  await ask('reset-peak', 'reset');
  let index = 0;
  const result = await autocannon({
    url: `http://127.0.0.1:${port}/api/consent`,
    connections: 10,
    duration: seconds,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    requests: [{ setupRequest: (request) => ({ ...request, body: aRecord(index++) }) }],
  });
  // In-flight requests finish after the client's deadline: let them land before counting.
  await new Promise((resolve) => setTimeout(resolve, 500));
  const { stored, accepted } = await ask('count', 'count');
  const loaded = await ask('memory', 'memory');
  server.send('stop');
  await new Promise((resolve) => server.once('exit', resolve));
  let reopened = null;
  if (dataDir) {
    const again = start(kind, dataDir);
    await again.ask(null, 'port');
    await settle(2000);
    reopened = await again.ask('memory', 'memory');
    again.server.send('stop');
    await new Promise((resolve) => again.server.once('exit', resolve));
    rmSync(join(dataDir, '..'), { recursive: true, force: true });
  }
  const perSecond = result['2xx'] / seconds;
  const line = {
    store: kind === 'postgres' ? 'Postgres server' : 'embedded (PGlite)',
    'records/s': Math.round(perSecond),
    'p50 ms': result.latency.p50,
    'p99 ms': result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
    'accepted (201)': accepted,
    stored,
    'MB at first start (peak)': mb(started.peak),
    'MB idle': mb(idle.rss),
    'MB peak under load': mb(Math.max(loaded.sampled, loaded.rss)),
    'MB idle, reopened': reopened ? mb(reopened.rss) : '—',
    'MB peak, reopened': reopened ? mb(reopened.peak) : '—',
  };
  return { line, ok: stored === accepted && line.errors === 0, meetsGoal: perSecond >= GOAL.perSecond && result.latency.p99 < GOAL.p99 };
}

const runs = [await run('embedded')];
if (postgresUrl) runs.push(await run('postgres'));
else console.log('No Postgres server named (CONSENT_BENCH_POSTGRES_URL): the embedded store only.');
console.table(runs.map((entry) => entry.line));
console.log(`Goal: at least ${GOAL.perSecond} records/s on the embedded store, p99 under ${GOAL.p99} ms, nothing lost; the whole server under ${GOAL.memoryMB} MB resident at every step (a ${GOAL.instanceMB} MB instance, with room for the site).`);
for (const entry of runs) {
  if (!entry.ok) console.log(`${entry.line.store}: ${entry.line['accepted (201)']} accepted but ${entry.line.stored} stored, ${entry.line.errors} errors.`);
}
const embedded = runs[0].line;
const embeddedPeak = Math.max(embedded['MB at first start (peak)'], embedded['MB peak under load'], embedded['MB peak, reopened']);
console.log(runs[0].meetsGoal ? 'The embedded store meets the speed goal.' : 'The embedded store misses the speed goal.');
console.log(
  embeddedPeak <= GOAL.memoryMB
    ? `The embedded store's server peaks at ${embeddedPeak} MB: within the memory goal.`
    : `The embedded store's server peaks at ${embeddedPeak} MB: over the memory goal by ${embeddedPeak - GOAL.memoryMB} MB.`,
);
process.exit(runs.every((entry) => entry.ok) ? 0 : 1);
