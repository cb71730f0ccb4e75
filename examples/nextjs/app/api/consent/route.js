// The records endpoint as a Next.js route handler: the handler is the Fetch API's shape already.
import { createRecordsHandler } from '@weroom/cookie-consent/records';
import { openEmbeddedRecordStore } from '@weroom/cookie-consent/records/embedded';
import { consentConfig } from '../../consent-config';

// Node.js, not the edge: the embedded store keeps its files on disk. A site on several instances
// uses openPostgresRecordStore({ connectionString: process.env.DATABASE_URL }) instead.
export const runtime = 'nodejs';

let handler;
/** Opened on the first request, not while `next build` collects the routes. */
function records(request) {
  handler ??= createRecordsHandler({
    config: consentConfig,
    store: openEmbeddedRecordStore({ dataDir: process.env.CONSENT_RECORDS_DIR ?? '.consent-records' }),
  });
  return handler(request);
}

export { records as GET, records as POST, records as OPTIONS };
