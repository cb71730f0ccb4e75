import react from '@vitejs/plugin-react';
import { createRecordsHandler } from '@weroom/cookie-consent/records';
import { consentModeHead, consentRecords } from '@weroom/cookie-consent/vite';
import { defineConfig } from 'vite';
import { consentConfig } from './consent-config.ts';

export default defineConfig({
  plugins: [
    react(),
    consentModeHead(consentConfig),
    consentRecords({
      handler: async () =>
        createRecordsHandler({
          config: consentConfig,
          store: (await import('@weroom/cookie-consent/records/embedded')).openEmbeddedRecordStore({ dataDir: '.consent-records' }),
        }),
    }),
  ],
});
