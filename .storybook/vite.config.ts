import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const fromRoot = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: [
      { find: /^@weroom\/cookie-consent$/, replacement: fromRoot('../src/index.ts') },
      { find: /^@weroom\/cookie-consent\/server$/, replacement: fromRoot('../src/server.ts') },
      { find: /^@weroom\/cookie-consent\/styles\.css$/, replacement: fromRoot('../src/styles.css') },
    ],
  },
});
