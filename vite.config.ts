/// <reference types="vitest/config" />
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { packageAliases } from './vite.aliases.ts';

const fromRoot = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const packageJson = JSON.parse(readFileSync(fromRoot('./package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  peerDependencies: Record<string, string>;
};
const externals = [...Object.keys(packageJson.dependencies), ...Object.keys(packageJson.peerDependencies)];
// Every dependency and peer stays out of the bundle, subpaths included (`react/jsx-runtime`).
const isExternal = (id: string) => id.startsWith('node:') || externals.some((name) => id === name || id.startsWith(`${name}/`));
// Each language module is an entry of its own (`@weroom/cookie-consent/locales/fr`); its second
// layer (`fr-more`) is reached by its dynamic import.
const localeEntries = Object.fromEntries(
  readdirSync(fromRoot('./src/locales'))
    .filter((file) => /^[a-z]{2,3}(?:-[A-Za-z0-9]+)?\.ts$/.test(file) && !file.endsWith('-more.ts'))
    .map((file) => [`locales/${file.slice(0, -3)}`, fromRoot(`./src/locales/${file}`)]),
);

export default defineConfig({
  plugins: [
    react(),
    {
      name: 'copy-styles',
      apply: 'build',
      generateBundle() {
        for (const fileName of ['styles.css', 'styles-dialog.css']) {
          this.emitFile({ type: 'asset', fileName, source: readFileSync(fromRoot(`./src/${fileName}`), 'utf8') });
        }
        // The Open Cookie Database's notice and licence travel with the data the audit ships (Apache 2.0).
        for (const fileName of ['audit/data/NOTICE', 'audit/data/LICENSE.open-cookie-database']) {
          this.emitFile({ type: 'asset', fileName, source: readFileSync(fromRoot(`./src/${fileName}`), 'utf8') });
        }
      },
    },
  ],
  resolve: {
    // Tests and the demo import the package by its public name, as an app does.
    alias: packageAliases,
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    minify: false,
    sourcemap: true,
    lib: {
      entry: { index: fromRoot('./src/index.ts'), server: fromRoot('./src/server.ts'), vite: fromRoot('./src/vite.ts'), 'services/index': fromRoot('./src/services/index.ts'), 'jurisdictions/index': fromRoot('./src/jurisdictions/index.ts'), 'records/index': fromRoot('./src/records/index.ts'), 'records/embedded': fromRoot('./src/records/embedded.ts'), 'records/node': fromRoot('./src/records/node.ts'), 'records/postgres': fromRoot('./src/records/postgres.ts'), 'records/cli': fromRoot('./src/records/cli.ts'), 'audit/index': fromRoot('./src/audit/index.ts'), 'cli/weroom-consent': fromRoot('./src/cli/weroom-consent.ts'), ...localeEntries },
      formats: ['es'],
      fileName: (_format, name) => `${name}.js`,
    },
    rolldownOptions: {
      // The dialog's stylesheet stays an import for the app's bundler, which serves it with the dialog.
      external: (id) => isExternal(id) || id.endsWith('.css'),
      output: {
        // Rolldown drops a directive written in the source; the React entry needs it for
        // React Server Components, and the server entry must not have it.
        banner: (chunk) => (chunk.isEntry && chunk.name === 'index' ? "'use client';" : ''),
        // One file per source module: an app's bundler assigns modules, not parts of them, to its
        // chunks, so code only the lazy dialog or the policy page needs must sit in files of its own.
        preserveModules: true,
        preserveModulesRoot: 'src',
        entryFileNames: '[name].js',
      },
    },
  },
  test: {
    environment: 'jsdom',
    include: ['test/**/*.test.{ts,tsx}'],
    setupFiles: ['test/setup.ts'],
    restoreMocks: true,
    unstubGlobals: true,
  },
});
