import { getViteConfig } from 'astro/config';
import { defineConfig } from 'vitest/config';

/**
 * Three projects (`npx vitest run --project unit` runs one):
 * - unit (tests/unit/): plain TypeScript modules, no browser, no build — fast.
 * - components (tests/components/): .astro components rendered with Astro's Container API,
 *   under Astro's Vite settings (getViteConfig) — fast too.
 * - build (tests/build/): the built files of the variant build (tests/support/variantSite.ts),
 *   made once by the project's global setup (about a minute; reused while its inputs are the same).
 * Time-outs here and in the tests catch hangs; they are no speed budget (that is `npm run bench`) and
 * leave room for a busy 2-core machine, where a test that starts Node took over 30 s.
 */
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      getViteConfig({ test: { name: 'components', include: ['tests/components/**/*.test.ts'] } }),
      { test: { name: 'build', include: ['tests/build/**/*.test.ts'], globalSetup: ['tests/build/setup.ts'], testTimeout: 180_000 } },
    ],
  },
});
