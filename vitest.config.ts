import { defineConfig } from 'vitest/config';

/** Unit tests: pure logic in Node (and happy-dom where a Document is needed). */
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    exclude: ['tests/browser/**', 'tests/e2e/**', 'node_modules/**'],
    environment: 'node',
  },
});
