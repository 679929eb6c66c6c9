import { defineConfig } from 'vitest/config';

/** Fast unit tests: plain TypeScript modules, no browser, no build. */
export default defineConfig({
  test: { include: ['tests/unit/**/*.test.ts'] },
});
