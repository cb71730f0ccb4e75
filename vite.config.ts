/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
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
const isExternal = (id: string) => externals.some((name) => id === name || id.startsWith(`${name}/`));

export default defineConfig({
  plugins: [
    react(),
    {
      name: 'copy-styles',
      apply: 'build',
      generateBundle() {
        this.emitFile({ type: 'asset', fileName: 'styles.css', source: readFileSync(fromRoot('./src/styles.css'), 'utf8') });
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
      entry: { index: fromRoot('./src/index.ts'), server: fromRoot('./src/server.ts') },
      formats: ['es'],
      fileName: (_format, name) => `${name}.js`,
    },
    rolldownOptions: {
      external: isExternal,
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
