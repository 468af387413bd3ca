import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  resolve: {
    alias: [
      { find: '@scorecard/shared', replacement: fileURLToPath(new URL('../shared/src/index.ts', import.meta.url)) },
      // One graphql-js for everyone: Vite would pick graphql's ESM build ("module") for our sources while
      // Node loads the CommonJS one for type-graphql and Apollo, and graphql-js refuses types from "another realm".
      { find: /^graphql$/, replacement: 'graphql/index.js' },
    ],
  },
  test: {
    include: ['src/**/*.test.ts'],
    setupFiles: ['src/test/setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Integration tests each open their own database; a few files at a time keeps 2 cores responsive.
    maxWorkers: 2,
  },
});
