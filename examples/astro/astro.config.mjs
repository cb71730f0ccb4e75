import node from '@astrojs/node';
import react from '@astrojs/react';
import { defineConfig } from 'astro/config';

export default defineConfig({
  // Every page is rendered per request: the server reads the consent cookie and the visitor's place.
  output: 'server',
  adapter: node({ mode: 'standalone' }),
  integrations: [react()],
  // Postgres in WebAssembly, for the records endpoint: loaded from node_modules, not bundled.
  vite: {
    ssr: { external: ['@electric-sql/pglite'] },
    // Astro 5 drops the stylesheet of a CSS file an island imports lazily (the library loads the
    // dialog's theme with the dialog) yet leaves the island asking for it: a 404 in the console.
    // One stylesheet for the client build, and the dialog's theme imported with the page's
    // (layouts/page.astro), leave nothing to ask for.
    build: { cssCodeSplit: false },
  },
  telemetry: false,
});
