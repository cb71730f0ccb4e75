// The records entry (`@weroom/cookie-consent/records`): server code only, React-free, with no
// database package of its own.
export { createRecordsHandler } from './handler.js';
export type { RecordsHandler, RecordsHandlerOptions, RecordsRequestInfo } from './handler.js';
// The stores are entries of their own: `@weroom/cookie-consent/records/embedded` (PGlite) and
// `@weroom/cookie-consent/records/postgres` (pg), so that a bundler resolves only the one in use.
export { createSqlRecordStore, migrate } from './store.js';
export type { RecordStore, ShownTexts, SqlClient, StoredRecord } from './store.js';
export { MIGRATIONS } from './migrations.js';
// toNodeListener is `@weroom/cookie-consent/records/node`: its types need Node's, which a browser
// program that reads the records' types does not have.
export { exportRecords, exportShownTexts, purgeRecords } from './export.js';
export type { ExportFormat } from './export.js';
export { accountConsent } from './account.js';
export { consentStats, rateOf, statsPeriods } from './stats.js';
export type { CategoryShare, ConsentStats, ConsentStatsOptions, StatsCount, StatsFigures, StatsGroup, StatsPeriod, StatsPeriodUnit, StatsSplit } from './stats.js';
export { renderStatsHtml, renderStatsTable } from './stats-report.js';
