import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    // The worker's asset texts read from disk (the handlers run in Node).
    setupFiles: ['tests/setup/asset-files.ts'],
    testTimeout: 60_000,
    pool: 'forks',
  },
});
