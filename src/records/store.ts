import type { ConsentMethod, ConsentSurface } from '../core/consent-state.js';
import type { ConsentRegime } from '../core/jurisdiction.js';
import { MIGRATIONS } from './migrations.js';

/** A record as kept: what the browser sent, when it arrived, whether its texts are known (REC-3). */
export type StoredRecord = {
  recordId: string;
  consentId: string;
  decidedAt: string;
  receivedAt: string;
  revision: string;
  shownHash: string;
  /** Whether the texts behind `shownHash` are known; a record whose hash matches none is kept and flagged. */
  textsKnown: boolean;
  /**
   * Whether the regime is the one the config's table gives the record's place; `false` when the
   * table has changed since (kept all the same), `null` for records kept before this was checked.
   */
  regimeMatches: boolean | null;
  locale: string;
  choices: Readonly<Record<string, boolean>>;
  method: ConsentMethod;
  surface: ConsentSurface;
  gpc: boolean;
  jurisdiction: string | null;
  regime: ConsentRegime;
  /** The signed-in person, as a keyed hash of the site's own user id; `null` for anyone else. */
  subjectHash: string | null;
};

/** The exact texts and categories behind a hash, kept once per revision and locale. */
export type ShownTexts = {
  shownHash: string;
  revision: string;
  locale: string;
  texts: unknown;
  categories: unknown;
};

/** The least of a SQL client: PGlite and node-postgres both have it. Parameterised SQL only. */
export type SqlClient = {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<{ rows: T[] }>;
  close(): Promise<void>;
};

/** Where records are kept: an embedded Postgres (PGlite) or a Postgres server. Append-only. */
export type RecordStore = {
  /** Stores a record once by its id; `false` when that id was already stored. */
  insert(record: Omit<StoredRecord, 'receivedAt'>): Promise<boolean>;
  /** Keeps the texts behind a hash, once. */
  saveTexts(texts: ShownTexts): Promise<void>;
  texts(shownHash: string): Promise<ShownTexts | null>;
  /** The texts behind the hashes of the records decided in `[from, to)`, in the order first seen. */
  textsInRange(from: Date, to: Date): Promise<ShownTexts[]>;
  /** One person's records by their consent id, oldest first (REC-5). */
  history(consentId: string): Promise<StoredRecord[]>;
  /** The latest record of a signed-in person, by the hash of their user id (REC-6). */
  latestForSubject(subjectHash: string): Promise<StoredRecord | null>;
  /** Records decided in `[from, to)`, oldest first, a page at a time. */
  range(from: Date, to: Date): AsyncIterable<StoredRecord>;
  /** Deletes the records decided before `before` (retention); the only way a record goes. */
  purge(before: Date): Promise<number>;
  count(): Promise<number>;
  /**
   * Runs one parameterised read-only query (a `SELECT` or `WITH … SELECT`, run as a subquery so
   * that nothing can write) and returns its rows: the figures of `consentStats` are computed this
   * way, in the database. Optional, so that a store of your own may leave it out.
   */
  select?<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
};

type Row = {
  record_id: string;
  consent_id: string;
  decided_at: Date | string;
  received_at: Date | string;
  revision: string;
  shown_hash: string;
  texts_known: boolean;
  regime_matches: boolean | null;
  locale: string;
  choices: Record<string, boolean> | string;
  method: ConsentMethod;
  surface: ConsentSurface;
  gpc: boolean;
  jurisdiction: string | null;
  regime: ConsentRegime;
  subject_hash: string | null;
};

type TextsRow = { shown_hash: string; revision: string; locale: string; texts: unknown; categories: unknown };

const fromTextsRow = (row: TextsRow): ShownTexts => ({ shownHash: row.shown_hash, revision: row.revision, locale: row.locale, texts: row.texts, categories: row.categories });

const COLUMNS =
  'record_id, consent_id, decided_at, received_at, revision, shown_hash, texts_known, locale, choices, method, surface, gpc, jurisdiction, regime, subject_hash, regime_matches';
const PAGE = 500;

const iso = (value: Date | string): string => (value instanceof Date ? value : new Date(value)).toISOString();

function fromRow(row: Row): StoredRecord {
  return {
    recordId: row.record_id,
    consentId: row.consent_id,
    decidedAt: iso(row.decided_at),
    receivedAt: iso(row.received_at),
    revision: row.revision,
    shownHash: row.shown_hash,
    textsKnown: row.texts_known,
    regimeMatches: row.regime_matches,
    locale: row.locale,
    choices: typeof row.choices === 'string' ? (JSON.parse(row.choices) as Record<string, boolean>) : row.choices,
    method: row.method,
    surface: row.surface,
    gpc: row.gpc,
    jurisdiction: row.jurisdiction,
    regime: row.regime,
    subjectHash: row.subject_hash,
  };
}

/** Applies the migrations not applied yet, each in a transaction, in order. */
export async function migrate(client: SqlClient): Promise<void> {
  await client.query('CREATE TABLE IF NOT EXISTS consent_schema (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())');
  const { rows } = await client.query<{ version: number }>('SELECT version FROM consent_schema');
  const applied = new Set(rows.map((row) => Number(row.version)));
  for (const migration of MIGRATIONS) {
    if (applied.has(migration.version)) continue;
    await client.query('BEGIN');
    try {
      for (const statement of migration.statements) await client.query(statement);
      // Two instances starting together: the second one's insert fails and rolls its copy back.
      await client.query('INSERT INTO consent_schema (version) VALUES ($1)', [migration.version]);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK');
      const again = await client.query<{ version: number }>('SELECT version FROM consent_schema WHERE version = $1', [migration.version]);
      if (again.rows.length === 0) throw error;
    }
  }
}

/** A record store over any SQL client; the schema is migrated first. */
export async function createSqlRecordStore(client: SqlClient): Promise<RecordStore> {
  await migrate(client);
  return {
    async insert(record) {
      const { rows } = await client.query(
        `INSERT INTO consent_records (${COLUMNS})
         VALUES ($1, $2, $3, now(), $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)
         ON CONFLICT (record_id) DO NOTHING RETURNING record_id`,
        [
          record.recordId,
          record.consentId,
          record.decidedAt,
          record.revision,
          record.shownHash,
          record.textsKnown,
          record.locale,
          JSON.stringify(record.choices),
          record.method,
          record.surface,
          record.gpc,
          record.jurisdiction,
          record.regime,
          record.subjectHash,
          record.regimeMatches,
        ],
      );
      return rows.length === 1;
    },
    async saveTexts({ shownHash, revision, locale, texts, categories }) {
      await client.query(
        'INSERT INTO consent_texts (shown_hash, revision, locale, texts, categories) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (shown_hash) DO NOTHING',
        [shownHash, revision, locale, JSON.stringify(texts), JSON.stringify(categories)],
      );
    },
    async texts(shownHash) {
      const { rows } = await client.query<TextsRow>('SELECT shown_hash, revision, locale, texts, categories FROM consent_texts WHERE shown_hash = $1', [shownHash]);
      return rows[0] ? fromTextsRow(rows[0]) : null;
    },
    async textsInRange(from, to) {
      const { rows } = await client.query<TextsRow>(
        `SELECT shown_hash, revision, locale, texts, categories FROM consent_texts
         WHERE shown_hash IN (SELECT DISTINCT shown_hash FROM consent_records WHERE decided_at >= $1 AND decided_at < $2)
         ORDER BY first_seen, shown_hash`,
        [from.toISOString(), to.toISOString()],
      );
      return rows.map(fromTextsRow);
    },
    async history(consentId) {
      const { rows } = await client.query<Row>(`SELECT ${COLUMNS} FROM consent_records WHERE consent_id = $1 ORDER BY decided_at, received_at LIMIT 1000`, [consentId]);
      return rows.map(fromRow);
    },
    async latestForSubject(subjectHash) {
      const { rows } = await client.query<Row>(
        `SELECT ${COLUMNS} FROM consent_records WHERE subject_hash = $1 ORDER BY decided_at DESC, received_at DESC LIMIT 1`,
        [subjectHash],
      );
      return rows[0] ? fromRow(rows[0]) : null;
    },
    async *range(from, to) {
      let after: { at: string; id: string } | null = null;
      for (;;) {
        const page: { rows: Row[] } = after
          ? await client.query<Row>(
              `SELECT ${COLUMNS} FROM consent_records WHERE decided_at >= $1 AND decided_at < $2 AND (decided_at, record_id) > ($3, $4)
               ORDER BY decided_at, record_id LIMIT ${PAGE}`,
              [from.toISOString(), to.toISOString(), after.at, after.id],
            )
          : await client.query<Row>(
              `SELECT ${COLUMNS} FROM consent_records WHERE decided_at >= $1 AND decided_at < $2 ORDER BY decided_at, record_id LIMIT ${PAGE}`,
              [from.toISOString(), to.toISOString()],
            );
        const { rows } = page;
        for (const row of rows) yield fromRow(row);
        if (rows.length < PAGE) return;
        const last: Row = rows[rows.length - 1]!;
        after = { at: iso(last.decided_at), id: last.record_id };
      }
    },
    async purge(before) {
      const { rows } = await client.query('DELETE FROM consent_records WHERE decided_at < $1 RETURNING record_id', [before.toISOString()]);
      return rows.length;
    },
    async count() {
      const { rows } = await client.query<{ count: string | number }>('SELECT count(*) AS count FROM consent_records');
      return Number(rows[0]?.count ?? 0);
    },
    async select<T>(sql: string, params: unknown[] = []) {
      if (!/^\s*(SELECT|WITH)\b/i.test(sql)) throw new Error('select: only a SELECT (or WITH … SELECT) query is run.');
      // Inside a subquery, Postgres refuses INSERT, UPDATE, DELETE and a data-modifying WITH.
      const { rows } = await client.query<T>(`SELECT * FROM (${sql}) AS selected`, params);
      return rows;
    },
    close: () => client.close(),
  };
}
