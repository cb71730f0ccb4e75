import { createServer } from 'node:http';
import { toNodeListener } from '@weroom/cookie-consent/records/node';
import { createRecordsHandler, exportRecords, type RecordStore } from '@weroom/cookie-consent/records';
import { openEmbeddedRecordStore } from '@weroom/cookie-consent/records/embedded';
import { consentModeScriptTag, negotiateLocale, readConsent, readJurisdiction, resolveRegime, type ConsentRegime } from '@weroom/cookie-consent/server';
import { consentConfig } from './consent-config.js';

const store: Promise<RecordStore> = openEmbeddedRecordStore({ dataDir: '.consent-records' });
const records = toNodeListener(createRecordsHandler({ config: consentConfig, store }));

createServer((request, response) => {
  if (request.url?.startsWith('/api/consent')) return void records(request, response);
  const jurisdiction = readJurisdiction(request.headers);
  const regime: ConsentRegime = resolveRegime(jurisdiction, consentConfig);
  const decision = readConsent(request.headers.cookie, consentConfig, { jurisdiction });
  const locale = negotiateLocale(request.headers['accept-language'], consentConfig);
  response.setHeader('content-type', 'text/html; charset=utf-8');
  response.end(`<!doctype html><html lang="${locale}" data-regime="${regime}" data-status="${decision.status}"><head><meta charset="utf-8">${consentModeScriptTag(consentConfig, { jurisdiction })}</head></html>`);
}).listen(3000);

export async function exportCsv(): Promise<string> {
  let csv = '';
  for await (const line of exportRecords(await store, { from: new Date(0), to: new Date(), format: 'csv' })) csv += line;
  return csv;
}
