// npm run bench:records: a bounded load test of the records endpoint on loopback, for the
// embedded store (PGlite, persisted to a temporary folder) and, when CONSENT_BENCH_POSTGRES_URL
// (or CONSENT_TEST_POSTGRES_URL) names one, a Postgres server. Each run posts distinct records for
// RECORDS_BENCH_SECONDS (30 by default) from 10 connections, then prints records per second,
// p50/p99 latency and errors, and checks that the store holds exactly the records it accepted.
import { fork } from 'node:child_process';
import autocannon from 'autocannon';

const seconds = Number(process.env.RECORDS_BENCH_SECONDS ?? 30);
const postgresUrl = process.env.CONSENT_BENCH_POSTGRES_URL ?? process.env.CONSENT_TEST_POSTGRES_URL;
const GOAL = { perSecond: 1000, p99: 50 };

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

async function run(kind) {
  const server = fork(new URL('./records-server.mjs', import.meta.url), [kind], { env: { ...process.env, CONSENT_BENCH_POSTGRES_URL: postgresUrl ?? '' } });
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
  const port = await ask(null, 'port');
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
  server.send('stop');
  const perSecond = result['2xx'] / seconds;
  const line = {
    store: kind === 'postgres' ? 'Postgres server' : 'embedded (PGlite)',
    'records/s': Math.round(perSecond),
    'p50 ms': result.latency.p50,
    'p99 ms': result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
    'accepted (201)': accepted,
    stored,
  };
  return { line, ok: stored === accepted && line.errors === 0, meetsGoal: perSecond >= GOAL.perSecond && result.latency.p99 < GOAL.p99 };
}

const runs = [await run('embedded')];
if (postgresUrl) runs.push(await run('postgres'));
else console.log('No Postgres server named (CONSENT_BENCH_POSTGRES_URL): the embedded store only.');
console.table(runs.map((entry) => entry.line));
console.log(`Goal: at least ${GOAL.perSecond} records/s on the embedded store, p99 under ${GOAL.p99} ms, nothing lost.`);
for (const entry of runs) {
  if (!entry.ok) console.log(`${entry.line.store}: ${entry.line['accepted (201)']} accepted but ${entry.line.stored} stored, ${entry.line.errors} errors.`);
}
console.log(runs[0].meetsGoal ? 'The embedded store meets the goal.' : 'The embedded store misses the goal.');
process.exit(runs.every((entry) => entry.ok) ? 0 : 1);
