// The records endpoint as an Astro endpoint, rendered on demand: the handler takes the Fetch
// `Request` Astro gives and returns the `Response` Astro sends.
import { createRecordsHandler } from '@weroom/cookie-consent/records';
import { openEmbeddedRecordStore } from '@weroom/cookie-consent/records/embedded';
import { consentConfig } from '../../consent-config.js';

export const prerender = false;

let handler;
/** Opened on the first request. A site on several instances uses openPostgresRecordStore instead. */
function records({ request }) {
  handler ??= createRecordsHandler({
    config: consentConfig,
    store: openEmbeddedRecordStore({ dataDir: process.env.CONSENT_RECORDS_DIR ?? '.consent-records' }),
  });
  return handler(request);
}

export { records as GET, records as POST, records as OPTIONS };
