/**
 * The contact page's island loader without @preact/signals (src/integrations/islandWithoutSignals.ts):
 * checked against the renderer actually installed, so an update of @astrojs/preact that moves
 * the import fails here, not only in the build.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, dirname } from 'node:path';
import { expect, test } from 'vitest';
import { withoutSignals } from '../../src/integrations/islandWithoutSignals.ts';

const installed = readFileSync(join(dirname(createRequire(import.meta.url).resolve('@astrojs/preact/package.json')), 'dist/client.js'), 'utf8');

test('the installed renderer loses its one dynamic import, and nothing else changes', () => {
  const rewritten = withoutSignals(installed);
  expect(rewritten).not.toMatch(/\bimport\(/);
  expect(rewritten).toContain('@preact/signals out of islands');
  // Everything before the import is untouched.
  const at = installed.indexOf('import("@preact/signals")');
  expect(at).toBeGreaterThan(0);
  expect(rewritten.slice(0, at)).toBe(installed.slice(0, at));
});

test('a renderer without the import, or with two, stops the build', () => {
  expect(() => withoutSignals('export default 1;')).toThrow(/0 imports/);
  expect(() => withoutSignals('import("@preact/signals"); import(`@preact/signals`);')).toThrow(/2 imports/);
});
