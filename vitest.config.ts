import { getViteConfig } from 'astro/config';
import { defineConfig } from 'vitest/config';

/**
 * Unit tests (tests/unit/): plain TypeScript modules, no browser, no build — fast.
 * Component tests (tests/components/): .astro components rendered with Astro's Container API,
 * under Astro's Vite settings (getViteConfig) — fast too.
 * Build tests (tests/build/): SLOW, each runs one real `astro build` in a temporary copy.
 * `npx vitest run tests/unit` runs only the fast ones.
 */
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'] } },
      getViteConfig({ test: { name: 'components', include: ['tests/components/**/*.test.ts'] } }),
    ],
  },
});
