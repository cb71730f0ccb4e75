import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { createSqlRecordStore, type RecordStore, type SqlClient, type StoredRecord } from '@weroom/cookie-consent/records';

/** A Postgres server for the tests, when one runs: `.ci/run` starts one and sets this. */
export const POSTGRES_URL = process.env.CONSENT_TEST_POSTGRES_URL;
if (process.env.CI === 'true' && !POSTGRES_URL) {
  throw new Error('CONSENT_TEST_POSTGRES_URL is not set: on CI the records tests must run on a Postgres server too (.ci/run starts one).');
}

export type Database = { name: string; open: () => Promise<{ store: RecordStore; sql: SqlClient; wipe: () => Promise<void> }> };

const WIPE = 'TRUNCATE consent_records, consent_texts';

/** The embedded store (PGlite, in memory) and a Postgres server: the same tests run on both. */
export const databases: Database[] = [
  {
    name: 'the embedded store (PGlite)',
    async open() {
      const db = new PGlite();
      const sql: SqlClient = { query: async (text, params = []) => ({ rows: (await db.query(text, params)).rows as never[] }), close: () => db.close() };
      const store = await createSqlRecordStore(sql);
      return { store, sql, wipe: async () => void (await sql.query(WIPE)) };
    },
  },
  {
    name: 'a Postgres server',
    async open() {
      const pool = new pg.Pool({ connectionString: POSTGRES_URL, max: 4 });
      const sql: SqlClient = { query: async (text, params) => ({ rows: (await pool.query(text, params)).rows }), close: () => pool.end() };
      // A clean schema for this run: the tests own the database they are given.
      await sql.query('DROP TABLE IF EXISTS consent_records, consent_texts, consent_schema CASCADE');
      await sql.query('DROP FUNCTION IF EXISTS consent_records_refuse_update() CASCADE');
      const store = await createSqlRecordStore(sql);
      return { store, sql, wipe: async () => void (await sql.query(WIPE)) };
    },
  },
];

/** A record as a store keeps it, for the tests that write to a store directly. */
export function aStoredRecord(recordId: string, overrides: Partial<Omit<StoredRecord, 'receivedAt'>> = {}): Omit<StoredRecord, 'receivedAt'> {
  return {
    recordId,
    consentId: 'q1W2e3R4t5Y6u7I8',
    decidedAt: new Date().toISOString(),
    revision: '1',
    shownHash: 'fnv1a64:0123456789abcdef',
    textsKnown: false,
    regimeMatches: true,
    locale: 'en',
    choices: { features: true },
    method: 'custom',
    surface: 'api',
    gpc: false,
    jurisdiction: null,
    regime: 'opt-in',
    subjectHash: null,
    ...overrides,
  };
}
