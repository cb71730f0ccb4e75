// Part of `npm run build`: the prepared data directory the embedded records store starts a new
// folder from (dist/records/pgdata.tar.gz), made by the PGlite the package is built with. Only
// initdb's work is in it; the records schema is applied by the store's migrations when it opens.
//   node scripts/records-template.mjs [the built package's folder, dist by default]
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';

const out = join(resolve(process.argv[2] ?? fileURLToPath(new URL('../dist', import.meta.url))), 'records/pgdata.tar.gz');
const db = new PGlite();
await db.waitReady;
await db.query('CHECKPOINT');
const dump = await db.dumpDataDir('gzip');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, Buffer.from(await dump.arrayBuffer()));
await db.close();
console.log(`records template: ${(dump.size / 1024 / 1024).toFixed(1)} MB (${out})`);
