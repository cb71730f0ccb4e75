import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { packageAliases } from '../vite.aliases.ts';

const fromRoot = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: fromRoot('.'),
  base: './',
  plugins: [react()],
  resolve: {
    alias: packageAliases,
  },
  server: { port: 5173, host: 'localhost' },
  preview: { port: 4173, host: 'localhost' },
  build: { outDir: fromRoot('./dist'), emptyOutDir: true },
});
