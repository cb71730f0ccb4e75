import { createSqlRecordStore, type RecordStore, type SqlClient } from './store.js';

/**
 * The embedded store: PGlite, Postgres compiled to WebAssembly, persisted to `dataDir` (in memory
 * without one). Nothing to install but the `@electric-sql/pglite` package, nothing to start; one
 * process at a time. The first open of a new folder takes a few seconds (initdb).
 */
export async function openEmbeddedRecordStore(options: { dataDir?: string } = {}): Promise<RecordStore> {
  const { PGlite } = await import('@electric-sql/pglite');
  const db = options.dataDir ? new PGlite(options.dataDir) : new PGlite();
  await db.waitReady;
  const client: SqlClient = {
    query: async <T,>(sql: string, params: unknown[] = []) => ({ rows: (await db.query<T>(sql, params)).rows }),
    close: () => db.close(),
  };
  return createSqlRecordStore(client);
}

/**
 * A Postgres server through a connection string (`postgres://user:pass@host/db`), with the `pg`
 * package: for a site that runs several instances. The same schema and SQL as the embedded store.
 */
export async function openPostgresRecordStore(options: { connectionString: string; max?: number }): Promise<RecordStore> {
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({ connectionString: options.connectionString, max: options.max ?? 10 });
  // Migrations run on one connection, so that BEGIN and COMMIT enclose their statements.
  const connection = await pool.connect();
  try {
    await createSqlRecordStore({ query: async (sql, params) => ({ rows: (await connection.query(sql, params)).rows }), close: async () => undefined });
  } finally {
    connection.release();
  }
  const client: SqlClient = {
    query: async (sql, params) => ({ rows: (await pool.query(sql, params)).rows }),
    close: () => pool.end(),
  };
  return createSqlRecordStore(client);
}
