// The records endpoint under load: one server process, on loopback, over the built package.
// Started by records.mjs with the store to use (and the embedded store's folder); sends its port,
// then answers until stopped. Reports its resident memory on request: now, the peak since it
// started, and the peak sampled while a load ran.
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConsentConfig } from '../../dist/server.js';
import { createRecordsHandler } from '../../dist/records/index.js';
import { toNodeListener } from '../../dist/records/node.js';
import { openEmbeddedRecordStore } from '../../dist/records/embedded.js';
import { openPostgresRecordStore } from '../../dist/records/postgres.js';

export const benchConfig = defineConsentConfig({
  revision: 1,
  categories: { features: { required: true }, performance: {}, advertising: {} },
});

const kind = process.argv[2];
const store =
  kind === 'postgres'
    ? await openPostgresRecordStore({ connectionString: process.env.CONSENT_BENCH_POSTGRES_URL, max: 10 })
    : await openEmbeddedRecordStore({ dataDir: process.argv[3] || mkdtempSync(join(tmpdir(), 'consent-bench-')) });

const MB = 1024 * 1024;
/** The peak resident memory since the process started (VmHWM), in MB. */
const peakSinceStart = () => Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? 0) / 1024;
let loadPeak = 0;
const sampler = setInterval(() => (loadPeak = Math.max(loadPeak, process.memoryUsage.rss() / MB)), 100);
sampler.unref();
if (kind === 'postgres') {
  // A fresh table for the count at the end: the bench owns the database it is given.
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: process.env.CONSENT_BENCH_POSTGRES_URL });
  await client.connect();
  await client.query('TRUNCATE consent_records, consent_texts');
  await client.end();
}
// One client sends everything here: the limit is the load test's, not a visitor's.
const handler = createRecordsHandler({ config: benchConfig, store, rateLimit: 10_000_000 });
// Counted here, where each answer is sent: the client stops counting at its deadline with a few
// requests still in flight, which the server still answers and stores.
let accepted = 0;
const server = createServer(
  toNodeListener(async (request, info) => {
    const response = await handler(request, info);
    if (response.status === 201) accepted += 1;
    return response;
  }),
);
server.listen(0, '127.0.0.1', () => process.send?.({ port: server.address().port }));
process.on('message', async (message) => {
  if (message === 'count') process.send?.({ count: { stored: await store.count(), accepted } });
  if (message === 'memory') process.send?.({ memory: { rss: process.memoryUsage.rss() / MB, peak: peakSinceStart(), sampled: loadPeak } });
  if (message === 'reset-peak') {
    loadPeak = 0;
    process.send?.({ reset: true });
  }
  if (message === 'stop') {
    server.close();
    await store.close();
    process.exit(0);
  }
});
