/**
 * What the web editor saves builds: tests/e2e/admin.spec.ts checks that the editor, used through
 * its interface, saves exactly `savedByEditor`'s files; the variant build (tests/support/variantSite.ts)
 * is made from them. Here: they are in the variant as saved, and the built pages show the edits.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { projectRoot } from '../support/testProject.ts';
import { editorsEdits, hoursPath, savedByEditor, variantRoot } from '../support/variantSite.ts';
import { expectIn } from './variant.ts';

const real = (path: string) => readFileSync(join(projectRoot, path), 'utf8');
const inVariant = (path: string) => readFileSync(join(variantRoot, path), 'utf8');
const saved = savedByEditor(real);
const { closure, title } = editorsEdits;

test('the service translation the editor saved is built as saved', () => {
  expect(inVariant(title.path)).toBe(saved[title.path]);
  expectIn(title.path.replace(/^content\/services\/(\w+)\/(.+)\.md$/, '$1/services/$2/index.html'), `>${title.title}</h1>`);
});

test('the closure the editor saved is in the built hours file as saved, with its French reason on the French pages', () => {
  // The variant adds more closures and changes a time after the editor's save: the lines the
  // editor added are there unchanged.
  // The added block: what lies between the lines the two files share at the start and at the end.
  const before = real(hoursPath).split('\n');
  const after = saved[hoursPath]!.split('\n');
  let start = 0;
  while (before[start] === after[start]) start++;
  let end = 0;
  while (end < before.length - start && before.at(-1 - end) === after.at(-1 - end)) end++;
  const added = after.slice(start, after.length - end).filter((line) => line !== 'closures:');
  expect(added.length).toBeGreaterThan(0);
  expect(inVariant(hoursPath)).toContain(added.join('\n'));
  expectIn(
    'fr/contact/index.html',
    new RegExp(`<time datetime="${closure.from}">[^<]+</time>[^<]*<span>${closure.reason.fr.replace("'", "(&#39;|')")}</span>`),
  );
  expectIn('de/contact/index.html', new RegExp(`<time datetime="${closure.from}">[^<]+</time>[^<]*<span>${closure.reason.de}</span>`));
});
