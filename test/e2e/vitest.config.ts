import { defineConfig } from 'vitest/config';
import { packageAliases } from '../../vite.aliases';

// The browser suite: one Chromium at a time on these two-core machines, each test in a fresh profile.
export default defineConfig({
  // The global setup serves the demo's records endpoint, whose config imports the package by name.
  resolve: { alias: packageAliases },
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['test/e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
