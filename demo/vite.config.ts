import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, runnerImport, type Plugin } from 'vite';
import { packageAliases } from '../vite.aliases.ts';

const fromRoot = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * Writes the Google Consent Mode head script first into <head>, as a site without server
 * rendering does: it must run before any Google tag, so it cannot wait for the app's bundle.
 */
function consentModeHead(): Plugin {
  return {
    name: 'weroom-consent-mode-head',
    async transformIndexHtml(html) {
      const { module } = await runnerImport<{ consentModeHead: string }>(fromRoot('./consent-mode-head.ts'), {
        configFile: false,
        logLevel: 'silent',
        resolve: { alias: packageAliases },
      });
      // A replacer function: the script's text must not be read as `$` replacement patterns.
      return html.replace('<head>', () => `<head>\n    ${module.consentModeHead}`);
    },
  };
}

export default defineConfig({
  root: fromRoot('.'),
  base: './',
  plugins: [react(), consentModeHead()],
  resolve: { alias: packageAliases },
  server: { port: 5173, host: 'localhost' },
  preview: { port: 4173, host: 'localhost' },
  build: { outDir: fromRoot('./dist'), emptyOutDir: true },
});
