// `@weroom/cookie-consent/records/postgres`: an entry of its own, so that a site's bundler
// resolves only the database package the site uses.
import pg from 'pg';
import { createSqlRecordStore, type RecordStore, type SqlClient } from './store.js';

/**
 * A Postgres server through a connection string (`postgres://user:pass@host/db`), with the `pg`
 * package: for a site that runs several instances. The same schema and SQL as the embedded store.
 */
export async function openPostgresRecordStore(options: { connectionString: string; max?: number }): Promise<RecordStore> {
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
