/**
 * The records schema, versioned: each migration runs once, in order, in a transaction, and is
 * never edited once released (a change is a new version). The same SQL runs on PGlite and on a
 * Postgres server.
 */
export const MIGRATIONS: readonly { version: number; statements: readonly string[] }[] = [
  {
    version: 1,
    statements: [
      `CREATE TABLE consent_records (
        record_id text PRIMARY KEY,
        consent_id text NOT NULL,
        decided_at timestamptz NOT NULL,
        received_at timestamptz NOT NULL,
        revision text NOT NULL,
        shown_hash text NOT NULL,
        texts_known boolean NOT NULL,
        locale text NOT NULL,
        choices jsonb NOT NULL,
        method text NOT NULL,
        surface text NOT NULL,
        gpc boolean NOT NULL,
        jurisdiction text,
        regime text NOT NULL,
        subject_hash text
      )`,
      // A person's history, an export by period, a signed-in person's latest choice.
      'CREATE INDEX consent_records_by_consent_id ON consent_records (consent_id, decided_at)',
      'CREATE INDEX consent_records_by_time ON consent_records (decided_at, record_id)',
      'CREATE INDEX consent_records_by_subject ON consent_records (subject_hash, decided_at) WHERE subject_hash IS NOT NULL',
      `CREATE TABLE consent_texts (
        shown_hash text PRIMARY KEY,
        revision text NOT NULL,
        locale text NOT NULL,
        texts jsonb NOT NULL,
        categories jsonb NOT NULL,
        first_seen timestamptz NOT NULL DEFAULT now()
      )`,
      // Append-only: no record is ever changed (REC-3); retention deletes whole records.
      `CREATE FUNCTION consent_records_refuse_update() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN RAISE EXCEPTION 'consent records are append-only'; END $$`,
      `CREATE TRIGGER consent_records_append_only BEFORE UPDATE ON consent_records
       FOR EACH ROW EXECUTE FUNCTION consent_records_refuse_update()`,
      `CREATE TRIGGER consent_texts_append_only BEFORE UPDATE ON consent_texts
       FOR EACH ROW EXECUTE FUNCTION consent_records_refuse_update()`,
    ],
  },
  {
    version: 2,
    statements: [
      // Whether a record's regime is the one the config's table gave its place when it arrived;
      // NULL for the records kept before this was checked.
      'ALTER TABLE consent_records ADD COLUMN regime_matches boolean',
    ],
  },
];
