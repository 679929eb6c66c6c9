/** Reading the variant build (tests/support/variantSite.ts) in the build tests. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { variantBuild, variantDist } from '../support/variantSite.ts';

/** The build's result: the tests read its files only when it succeeded (the setup says why not). */
export const build = variantBuild();
if (build.status !== 0) throw new Error(`The variant build failed:\n${build.output}`);

/** A built file, by its path in the output folder (`de/contact/index.html`). */
export const read = (path: string) => readFileSync(join(variantDist, path), 'utf8');

/** Like toContain, but a failure names the file and the snippet instead of printing the whole page. */
export function expectIn(path: string, snippet: string | RegExp, present = true): void {
  const html = read(path);
  const found = typeof snippet === 'string' ? html.includes(snippet) : snippet.test(html);
  expect(found, `${path} ${present ? 'should' : 'should not'} contain ${String(snippet)}`).toBe(present);
}

/** The pages in one folder of the output, as `/de/about/index.html`. */
export const pagesIn = (dir: string): string[] =>
  readdirSync(join(variantDist, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.name === 'index.html')
    .map((entry) => join(entry.parentPath, entry.name).slice(variantDist.length));
