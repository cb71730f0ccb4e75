import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, runnerImport, type Connect, type Plugin } from 'vite';
import { consentModeHead } from '../src/vite.ts';
import { packageAliases } from '../vite.aliases.ts';
import type { weroomConsent } from './consent-config';
import { consentRecords } from './records.ts';

const fromRoot = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// The Consent Mode head script goes into index.html right after <meta charset>, as a site without
// server rendering does it: it must run before any Google tag, so it cannot wait for the bundle.
// The config is loaded through Vite's runner, which knows the package's names inside this repository;
// an app that installed the package imports its config directly (README).
const loadConfig = async () =>
  (
    await runnerImport<{ weroomConsent: typeof weroomConsent }>(fromRoot('./consent-config.ts'), {
      configFile: false,
      logLevel: 'silent',
      resolve: { alias: packageAliases },
    })
  ).module.weroomConsent;

/** The records endpoint at /api/consent, for `npm start` and `vite preview`, kept in demo/.consent-records. */
function recordsEndpoint(): Plugin {
  const records = consentRecords(loadConfig, { dataDir: fromRoot('./.consent-records') });
  const mount = (middlewares: Connect.Server): void => void middlewares.use('/api/consent', (request, response) => void records.middleware(request, response));
  return { name: 'weroom-consent-records', configureServer: (server) => mount(server.middlewares), configurePreviewServer: (server) => mount(server.middlewares) };
}

export default defineConfig({
  root: fromRoot('.'),
  base: './',
  plugins: [react(), consentModeHead(loadConfig), recordsEndpoint()],
  resolve: { alias: packageAliases },
  server: { port: 5173, host: 'localhost' },
  preview: { port: 4173, host: 'localhost' },
  build: { outDir: fromRoot('./dist'), emptyOutDir: true },
});
