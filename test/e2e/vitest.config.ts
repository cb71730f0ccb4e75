import { defineConfig } from 'vitest/config';

// The browser suite: one Chromium at a time on these two-core machines, each test in a fresh profile.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['test/e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
