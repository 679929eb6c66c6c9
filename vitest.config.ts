import { defineConfig } from 'vitest/config';

/**
 * Unit tests (tests/unit/): plain TypeScript modules, no browser, no build — fast.
 * Build tests (tests/build/): SLOW, each runs one real `astro build` in a temporary copy.
 * `npx vitest run tests/unit` runs only the fast ones.
 */
export default defineConfig({
  test: { include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'] },
});
