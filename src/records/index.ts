// The records entry (`@weroom/cookie-consent/records`): server code only, React-free. The
// database packages load only when a store is opened: `@electric-sql/pglite` for the embedded
// store, `pg` for a Postgres server.
export { createRecordsHandler } from './handler.js';
export type { RecordsHandler, RecordsHandlerOptions, RequestInfo } from './handler.js';
export { openEmbeddedRecordStore, openPostgresRecordStore } from './databases.js';
export { createSqlRecordStore, migrate } from './store.js';
export type { RecordStore, ShownTexts, SqlClient, StoredRecord } from './store.js';
export { MIGRATIONS } from './migrations.js';
export { toNodeListener } from './node.js';
export { exportRecords, purgeRecords } from './export.js';
export type { ExportFormat } from './export.js';
export { accountConsent } from './account.js';
