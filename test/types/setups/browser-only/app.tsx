import {
  ConsentProvider,
  CookieBanner,
  CookieSettingsButton,
  PreferencesDialog,
  YouTubeEmbed,
  defineConsentConfig,
  recordConsent,
  useConsent,
  type ConsentRecord,
} from '@weroom/cookie-consent';
import { youtube } from '@weroom/cookie-consent/services';
import de from '@weroom/cookie-consent/locales/de';
// The records handler's types, for a client that reads what the endpoint answers.
import type { RecordsHandler, StoredRecord } from '@weroom/cookie-consent/records';
import { createRoot } from 'react-dom/client';

const consentConfig = defineConsentConfig({
  revision: 1,
  locales: [de],
  categories: { features: { required: true }, performance: {}, advertising: {} },
  services: [youtube()],
});

type Answer = Awaited<ReturnType<RecordsHandler>>;
export async function myRecords(consentId: string): Promise<readonly StoredRecord[]> {
  const answer: Answer = await fetch(`/api/consent?consentId=${encodeURIComponent(consentId)}`);
  return ((await answer.json()) as { records: StoredRecord[] }).records;
}

function Analytics() {
  return useConsent('performance') ? <p>measured</p> : null;
}

createRoot(document.getElementById('root')!).render(
  <ConsentProvider config={consentConfig} features={[recordConsent({ endpoint: '/api/consent', onDecision: (record: ConsentRecord) => console.log(record.consentId) })]}>
    <CookieBanner />
    <Analytics />
    <YouTubeEmbed videoId="aqz-KE-bpKQ" title="A video" />
    <CookieSettingsButton />
    <PreferencesDialog />
  </ConsentProvider>,
);
