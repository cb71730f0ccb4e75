// node test/bench/records-stats.mjs (after npm run build): how long consentStats takes over a year
// of records by week, on the built package. 100,000 records on the embedded store (PGlite, a
// temporary folder) and, when CONSENT_BENCH_POSTGRES_URL names a server, 1,000,000 there (in a
// schema of its own, dropped at the end). The records are made in the database with
// generate_series, a plausible mix: three revisions, six languages, three regimes, a fifth of the
// people deciding again later. Prints the time of a first and a second run and this process's
// memory. RECORDS_STATS_HTML=<file> also writes the embedded store's report there.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { consentStats, createSqlRecordStore, renderStatsHtml, renderStatsTable } from '../../dist/records/index.js';
import { openEmbeddedRecordStore } from '../../dist/records/embedded.js';
import { openPostgresRecordStore } from '../../dist/records/postgres.js';

const postgresUrl = process.env.CONSENT_BENCH_POSTGRES_URL;
const EMBEDDED_RECORDS = Number(process.env.RECORDS_STATS_EMBEDDED ?? 100_000);
const POSTGRES_RECORDS = Number(process.env.RECORDS_STATS_POSTGRES ?? 1_000_000);
const GOAL = { embedded: 5, postgres: 2 };
const FROM = new Date('2026-01-01T00:00:00Z');
const TO = new Date('2027-01-01T00:00:00Z');
const SCHEMA = 'consent_bench_stats';
// Bounded: a run that hangs is stopped.
setTimeout(() => {
  console.error('records-stats: still running after 15 minutes; stopped.');
  process.exit(1);
}, 15 * 60_000).unref();

// A draw in [0, 1000) for record i and purpose k, the same on every run and on both engines.
const draw = (k) => `(abs(hashint4(i * 7 + ${k})) % 1000)`;
// The records, made by the database itself. $1 = how many.
const INSERT = `
INSERT INTO consent_records (record_id, consent_id, decided_at, received_at, revision, shown_hash, texts_known, locale, choices, method, surface, gpc, jurisdiction, regime, subject_hash, regime_matches)
SELECT 'b' || lpad(to_hex(i), 15, '0'),
  'c' || lpad(to_hex(i % (($1::int * 4) / 5)), 15, '0'),
  at, at + interval '2 seconds', revision, 'fnv1a64:' || left(md5(revision || locale), 16), NOT (locale = 'ga' AND revision = '1'),
  locale,
  CASE method
    WHEN 'accept-all' THEN '{"features": true, "performance": true, "advertising": true}'::jsonb
    WHEN 'custom' THEN jsonb_build_object('features', true, 'performance', ${draw(5)} < 600, 'advertising', ${draw(6)} < 200)
    WHEN 'acknowledge' THEN '{"features": true, "performance": true, "advertising": true}'::jsonb
    WHEN 'opt-out' THEN '{"features": true, "performance": true, "advertising": false}'::jsonb
    ELSE '{"features": true, "performance": false, "advertising": false}'::jsonb END,
  method,
  CASE WHEN ${draw(7)} < 850 THEN 'banner' WHEN ${draw(7)} < 970 THEN 'preferences' WHEN ${draw(7)} < 990 THEN 'embed' ELSE 'api' END,
  ${draw(8)} < 80, 'FR', regime, NULL, true
FROM (
  SELECT i, at, revision, locale, regime,
    CASE
      WHEN regime <> 'opt-in' THEN CASE WHEN ${draw(4)} < 800 THEN 'acknowledge' ELSE 'opt-out' END
      WHEN i >= ($1::int * 4) / 5 AND ${draw(4)} < 150 THEN 'withdraw'
      WHEN ${draw(4)} < 30 THEN 'close'
      WHEN ${draw(4)} < 30 + (CASE revision WHEN '1' THEN 560 WHEN '2' THEN 480 ELSE 430 END) THEN 'accept-all'
      WHEN ${draw(4)} < 30 + (CASE revision WHEN '1' THEN 560 WHEN '2' THEN 480 ELSE 430 END) + (CASE revision WHEN '1' THEN 250 WHEN '2' THEN 320 ELSE 380 END) THEN 'reject-all'
      ELSE 'custom' END AS method
  FROM (
    SELECT i, at,
      CASE WHEN at < timestamptz '2026-04-06' THEN '1' WHEN at < timestamptz '2026-09-07' THEN '2' ELSE '3' END AS revision,
      CASE WHEN ${draw(1)} < 450 THEN 'en' WHEN ${draw(1)} < 700 THEN 'fr' WHEN ${draw(1)} < 850 THEN 'de' WHEN ${draw(1)} < 950 THEN 'es' WHEN ${draw(1)} < 995 THEN 'it' ELSE 'ga' END AS locale,
      CASE WHEN ${draw(2)} < 800 THEN 'opt-in' WHEN ${draw(2)} < 950 THEN 'opt-out' ELSE 'none' END AS regime
    FROM (
      -- The first four fifths of the people decide over the year; the last fifth are second decisions, later.
      SELECT i, timestamptz '2026-01-01T00:00:00Z' + (CASE WHEN i < ($1::int * 4) / 5 THEN (i::float8 / (($1::int * 4) / 5)) * 0.8 ELSE 0.2 + ((i - ($1::int * 4) / 5)::float8 / ($1::int / 5)) * 0.8 END) * interval '365 days' AS at
      FROM generate_series(0, $1::int - 1) AS i
    ) AS timed
  ) AS placed
) AS chosen`;

const megabytes = (bytes) => Math.round(bytes / 1048576);

/** Times consentStats twice while sampling this process's memory. */
async function measure(store) {
  const before = process.memoryUsage().rss;
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const times = [];
  let stats;
  for (let run = 0; run < 2; run++) {
    const started = performance.now();
    stats = await consentStats(store, { from: FROM, to: TO, by: 'week' });
    times.push((performance.now() - started) / 1000);
  }
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  return { stats, times, memory: { before: megabytes(before), peak: megabytes(peak), after: megabytes(process.memoryUsage().rss) } };
}

const lines = [];
const line = (store, records, measured, goal) => {
  lines.push({
    store,
    records: records.toLocaleString('en'),
    'first run s': measured.times[0].toFixed(2),
    'second run s': measured.times[1].toFixed(2),
    'goal s': goal,
    'rss MB before/peak/after': `${measured.memory.before}/${measured.memory.peak}/${measured.memory.after}`,
  });
  return measured.times[1] <= goal;
};
let met = true;

{
  const folder = mkdtempSync(join(tmpdir(), 'consent-stats-bench-'));
  const dataDir = join(folder, 'records');
  try {
    const started = performance.now();
    const db = new PGlite(dataDir);
    const setup = await createSqlRecordStore({ query: async (sql, params = []) => ({ rows: (await db.query(sql, params)).rows }), close: () => db.close() });
    await db.query(INSERT, [EMBEDDED_RECORDS]);
    await db.query('ANALYZE consent_records');
    await setup.close();
    console.log(`embedded: ${EMBEDDED_RECORDS.toLocaleString('en')} records made in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    const store = await openEmbeddedRecordStore({ dataDir });
    const measured = await measure(store);
    met = line('embedded (PGlite, folder)', await store.count(), measured, GOAL.embedded) && met;
    if (process.env.RECORDS_STATS_HTML) writeFileSync(process.env.RECORDS_STATS_HTML, await renderStatsHtml(measured.stats));
    if (process.env.RECORDS_STATS_TABLE) console.log(renderStatsTable(measured.stats));
    const cells = JSON.stringify(measured.stats).match(/"hidden"/g)?.length ?? 0;
    console.log(`embedded: ${cells} cells hidden in the figures.`);
    await store.close();
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

if (postgresUrl) {
  const admin = new pg.Client({ connectionString: postgresUrl });
  await admin.connect();
  const { rows } = await admin.query('SHOW jit');
  await admin.query(`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE`);
  await admin.query(`CREATE SCHEMA ${SCHEMA}`);
  await admin.query(`SET search_path = ${SCHEMA}`);
  const url = (extra) => `${postgresUrl}${postgresUrl.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${SCHEMA}${extra}`)}`;
  try {
    const started = performance.now();
    const setup = await createSqlRecordStore({ query: async (sql, params) => ({ rows: (await admin.query(sql, params)).rows }), close: async () => undefined });
    await admin.query(INSERT, [POSTGRES_RECORDS]);
    await admin.query('ANALYZE consent_records');
    await setup.close();
    console.log(`postgres: ${POSTGRES_RECORDS.toLocaleString('en')} records made in ${((performance.now() - started) / 1000).toFixed(1)} s; the server's jit is ${rows[0].jit}`);
    for (const [name, extra] of [
      [`Postgres server (jit ${rows[0].jit})`, ''],
      ['Postgres server, jit=off in the URL', ' -c jit=off'],
    ]) {
      const store = await openPostgresRecordStore({ connectionString: url(extra), max: 2 });
      const measured = await measure(store);
      const meets = line(name, await store.count(), measured, GOAL.postgres);
      if (extra === '') met = meets && met;
      await store.close();
    }
  } finally {
    await admin.query(`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE`);
    await admin.end();
  }
} else {
  console.log('No Postgres server named (CONSENT_BENCH_POSTGRES_URL): the embedded store only.');
}

console.table(lines);
console.log(`Goal: a year by week within ${GOAL.embedded} s on the embedded store (100,000 records) and ${GOAL.postgres} s on a Postgres server (1,000,000).`);
console.log(met ? 'The goal is met.' : 'The goal is missed.');
