// `@weroom/cookie-consent/records/embedded`: an entry of its own, so that a site's bundler
// resolves only the database package the site uses.
import { PGlite } from '@electric-sql/pglite';
import { createSqlRecordStore, type RecordStore, type SqlClient } from './store.js';

/**
 * The embedded store: PGlite, Postgres compiled to WebAssembly, persisted to `dataDir` (in memory
 * without one). Nothing to install but the `@electric-sql/pglite` package, nothing to start; one
 * process at a time. The first open of a new folder takes a few seconds (initdb).
 */
export async function openEmbeddedRecordStore(options: { dataDir?: string } = {}): Promise<RecordStore> {
  const db = options.dataDir ? new PGlite(options.dataDir) : new PGlite();
  await db.waitReady;
  const client: SqlClient = {
    query: async <T,>(sql: string, params: unknown[] = []) => ({ rows: (await db.query<T>(sql, params)).rows }),
    close: () => db.close(),
  };
  return createSqlRecordStore(client);
}
