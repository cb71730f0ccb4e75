// The records handler, made the same way for the Node server (server.js) and for `vite` and
// `vite preview` (vite.config.js), over the embedded store in one folder.
import { createRecordsHandler } from '@weroom/cookie-consent/records';
import { consentConfig } from './src/consent-config.js';

export async function createSiteRecordsHandler() {
  // Loaded here, not at the top: `vite build` reads vite.config.js and never needs the database.
  // A site on several instances uses openPostgresRecordStore from '@weroom/cookie-consent/records/postgres'.
  const { openEmbeddedRecordStore } = await import('@weroom/cookie-consent/records/embedded');
  return createRecordsHandler({
    config: consentConfig,
    store: openEmbeddedRecordStore({ dataDir: process.env.CONSENT_RECORDS_DIR ?? '.consent-records' }),
  });
}
