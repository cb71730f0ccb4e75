import react from '@vitejs/plugin-react';
import { consentModeHead, consentRecords } from '@weroom/cookie-consent/vite';
import { defineConfig } from 'vite';
import { createSiteRecordsHandler } from './records.js';
import { consentConfig } from './src/consent-config.js';

export default defineConfig({
  plugins: [
    react(),
    // The head script for a visitor whose place is unknown (opt-in), right after <meta charset>:
    // what `vite`, `vite preview` and a static host serve. server.js swaps it per request.
    consentModeHead(consentConfig),
    // /api/consent on `vite` and `vite preview`, so that decisions made there are kept too.
    consentRecords({ handler: createSiteRecordsHandler }),
  ],
});
