/**
 * Global setup of the Vitest build project: the variant build (tests/support/variantSite.ts),
 * once for all its test files (or reused, when nothing it is made from changed). A failed build
 * stops the run here, with Astro's output.
 */
import { ensureVariant } from '../support/variantSite.ts';

export default function setup(): void {
  const started = Date.now();
  const build = ensureVariant();
  if (build.status !== 0) throw new Error(`The variant build failed:\n${build.output}`);
  console.log(`Variant build ready (${((Date.now() - started) / 1000).toFixed(0)} s).`);
}
