import { defineConfig } from 'vitest/config';
import { packageAliases } from '../../vite.aliases';

// The audit against running sites in Chromium (`npm run test:audit`): one browser at a time on
// these two-core machines, each pass in a fresh profile. The quick checks without a browser are
// `*.test.ts` beside these, in `npm test`.
export default defineConfig({
  resolve: { alias: packageAliases },
  test: {
    include: ['test/audit/**/*.audit.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
