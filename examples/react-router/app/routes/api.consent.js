// The records endpoint as a resource route: React Router hands `loader` the GETs and `action` the
// POSTs (and every other method), each with a Fetch `Request`, the handler's own shape.
import { createRecordsHandler } from '@weroom/cookie-consent/records';
import { openEmbeddedRecordStore } from '@weroom/cookie-consent/records/embedded';
import { consentConfig } from '../consent-config';

let handler;
/** Opened on the first request, not when the server starts. A site on several instances uses
 *  openPostgresRecordStore({ connectionString: process.env.DATABASE_URL }) instead. */
function records(request) {
  handler ??= createRecordsHandler({
    config: consentConfig,
    store: openEmbeddedRecordStore({ dataDir: process.env.CONSENT_RECORDS_DIR ?? '.consent-records' }),
  });
  return handler(request);
}

export const loader = ({ request }) => records(request);
export const action = ({ request }) => records(request);
