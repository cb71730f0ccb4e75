import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, runnerImport } from 'vite';
import { consentModeHead } from '../src/vite.ts';
import { packageAliases } from '../vite.aliases.ts';
import type { weroomConsent } from './consent-config';

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

export default defineConfig({
  root: fromRoot('.'),
  base: './',
  plugins: [react(), consentModeHead(loadConfig)],
  resolve: { alias: packageAliases },
  server: { port: 5173, host: 'localhost' },
  preview: { port: 4173, host: 'localhost' },
  build: { outDir: fromRoot('./dist'), emptyOutDir: true },
});
