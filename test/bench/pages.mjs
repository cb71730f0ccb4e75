// Builds the benchmark pages (pages/*.html) against the library's sources, for production, and
// serves them on loopback: used by `npm run bench` and by the browser suite's frame checks.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { build, preview } from 'vite';

const root = fileURLToPath(new URL('./pages/', import.meta.url));
const fromRoot = (path) => fileURLToPath(new URL(`../../${path}`, import.meta.url));
// As in vite.aliases.ts, which Node cannot import: the package's names pointed at its sources.
const packageAliases = [
  { find: /^@weroom\/cookie-consent$/, replacement: fromRoot('src/index.ts') },
  { find: /^@weroom\/cookie-consent\/styles\.css$/, replacement: fromRoot('src/styles.css') },
  { find: /^@weroom\/cookie-consent\/locales\/([a-zA-Z-]+)$/, replacement: fromRoot('src/locales/$1.ts') },
  { find: /^@weroom\/cookie-consent\/services$/, replacement: fromRoot('src/services/index.ts') },
  { find: /^@weroom\/cookie-consent\/jurisdictions$/, replacement: fromRoot('src/jurisdictions/index.ts') },
];

/** Builds every page into `outDir` and serves it; returns the base address and `close()`. */
export async function serveBenchPages(outDir = fromRoot('build/bench/')) {
  const config = {
    root,
    configFile: false,
    logLevel: 'warn',
    base: './',
    mode: 'production',
    plugins: [react()],
    resolve: { alias: packageAliases },
    build: {
      outDir,
      emptyOutDir: true,
      rolldownOptions: { input: readdirSync(root).filter((file) => file.endsWith('.html')).map((file) => `${root}${file}`) },
    },
    preview: { port: 0, host: '127.0.0.1' },
  };
  // Vitest sets NODE_ENV=test, which would build React's development runtime: measure production.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build(config);
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  const server = await preview({ ...config, build: { outDir } });
  return { base: server.resolvedUrls.local[0], close: () => server.close() };
}
