import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const fromRoot = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// The demo imports the package by its public name, as an app does; here the name points at the
// sources, so a change to the library shows at once.
export default defineConfig({
  root: fromRoot('.'),
  base: './',
  plugins: [react()],
  resolve: {
    alias: [
      { find: /^@weroom\/cookie-consent$/, replacement: fromRoot('../src/index.ts') },
      { find: /^@weroom\/cookie-consent\/server$/, replacement: fromRoot('../src/server.ts') },
      { find: /^@weroom\/cookie-consent\/styles\.css$/, replacement: fromRoot('../src/styles.css') },
    ],
  },
  server: { port: 5173, host: 'localhost' },
  preview: { port: 4173, host: 'localhost' },
  build: { outDir: fromRoot('./dist'), emptyOutDir: true },
});
