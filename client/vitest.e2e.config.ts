import { defineConfig } from 'vitest/config';

/** End-to-end: the built client and the real server (demo city on SQLite) in headless Chromium. */
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.test.ts'],
    globalSetup: ['e2e/server.global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One browser at a time: two cores, and the tests share one server.
    fileParallelism: false,
  },
});
