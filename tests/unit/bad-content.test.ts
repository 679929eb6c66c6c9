/**
 * Malformed content, as real files in tests/fixtures/bad-content/<case>/: each case changes the
 * real content a little and must give exactly the plain messages in its expected.txt.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../src/check/check.ts';
import { readCheckOptions, readContentFiles } from '../../src/check/files.ts';
import { markdownLinks } from '../../src/check/markdown.ts';
import { fileProblem } from '../../src/deploy/activeContent.ts';
import { badContentCases, contentWith, languagesToken, projectRoot, writeCaseCopy } from '../support/badContent.ts';

const cases = badContentCases();
const options = readCheckOptions(projectRoot);

describe('each malformed content fixture gives exactly its plain message', () => {
  test('there are enough fixtures, each with its expected message', () => {
    expect(cases.length).toBeGreaterThanOrEqual(15);
    for (const testCase of cases) expect(testCase.expected, `${testCase.name}/expected.txt`).not.toEqual([]);
  });

  for (const testCase of cases) {
    test(testCase.name, () => {
      // A case's files in public/ are there for the links (their site paths) and checked as npm run check checks public/.
      const withPublic = { ...options, publicFiles: [...options.publicFiles, ...testCase.publicFiles.map((file) => file.path.replace(/^public/, ''))] };
      const publicProblems = testCase.publicFiles.flatMap((file) => fileProblem(file.path, file.text) ?? []);
      expect([...checkContent(contentWith(testCase), withPublic), ...publicProblems]).toEqual(testCase.expected);
    });
  }
});

describe('EDITING.md', () => {
  const guide = readFileSync(join(projectRoot, 'EDITING.md'), 'utf8');
  test("explains every message, with each fixture's message as its example, word for word", () => {
    // The list of languages in a message may be the one of the day the guide was written.
    const pattern = (template: string) =>
      new RegExp(`\`${template.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replaceAll(languagesToken.replace(/[{}]/g, '\\$&'), '[a-z]{2,3}(?:, [a-z]{2,3})*')}\``);
    const missing = cases.flatMap((c) => c.expectedTemplates).filter((template) => !pattern(template).test(guide));
    expect(missing).toEqual([]);
  });
});

describe('npm run check (scripts/check-content.ts)', () => {
  test('prints the plain message and exits with 1 on a broken fixture, 0 on the real content', () => {
    const testCase = cases.find((c) => c.name === 'bad-time');
    if (!testCase) throw new Error('fixture bad-time is missing');
    const root = writeCaseCopy(testCase, 'lisko-check-');
    try {
      const script = join(projectRoot, 'scripts/check-content.ts');
      const broken = spawnSync(process.execPath, [script, root], { encoding: 'utf8' });
      expect(broken.status).toBe(1);
      expect(broken.stderr).toContain('The content has 1 problem. Nothing was built.');
      expect(broken.stderr).toContain(`  ✗ ${testCase.expected[0]}\n`);

      const fine = spawnSync(process.execPath, [script, projectRoot], { encoding: 'utf8' });
      expect(fine.stderr).toBe('');
      expect(fine.status).toBe(0);
      expect(fine.stdout).toMatch(/^Content OK: \d+ files checked\./);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }, 120_000); // starts Node twice
});

describe('files that programs leave behind', () => {
  test('editor backups and Windows thumbnail caches in content/ are ignored, not reported', () => {
    const leftovers = [
      'content/services/de/housing.md~',
      'content/services/de/Thumbs.db',
      'content/pages/de/#about.md#',
      'content/pages/fr/about.md.bak',
      'content/desktop.ini',
    ];
    const files = [...readContentFiles(projectRoot), ...leftovers.map((path) => ({ path, text: 'x' }))];
    expect(checkContent(files, options)).toEqual([]);
  });
});

describe('dates', () => {
  test('are accepted with or without quotes (Astro reads an unquoted date as a date)', () => {
    const real = readContentFiles(projectRoot);
    const about = real.find((file) => file.path === 'content/pages/fr/about.md');
    if (!about) throw new Error('content/pages/fr/about.md is missing');
    for (const line of ['reviewedOn: 2026-05-01', 'reviewedOn: "2026-05-01"']) {
      const text = about.text.replace(/^---\n/, `---\n${line}\n`);
      const files = real.map((file) => (file === about ? { ...file, text } : file));
      expect(checkContent(files, options)).toEqual([]);
    }
  });
});

describe('markdownLinks', () => {
  test('finds links, images and reference definitions with their lines, and skips code', () => {
    const text = [
      'Intro [Kontakt](/de/contact/ "Titel") and ![](team.png)',
      '`[not a link](/x/)`',
      '```md',
      '[in a code block](/nope/)',
      '```',
      '[a](<../about/>) [x](https://example.com/a_(b))',
      '',
      '[ref]: /de/about/',
    ].join('\n');
    expect(markdownLinks(text).map(({ kind, text: words, target, line }) => [kind, words, target, line])).toEqual([
      ['link', 'Kontakt', '/de/contact/', 1],
      ['image', '', 'team.png', 1],
      ['link', 'a', '../about/', 6],
      ['link', 'x', 'https://example.com/a_(b)', 6],
      ['link', 'ref', '/de/about/', 8],
    ]);
  });

  test('mail, telephone and in-page links are not checked as pages', () => {
    const about = readContentFiles(projectRoot).map((file) =>
      file.path === 'content/pages/de/about.md'
        ? { ...file, text: `${file.text}\n[Mail](mailto:info@example.lu) [Anruf](tel:+35227555603) [oben](#main) [BPI](../glossary/#bpi)\n` }
        : file,
    );
    expect(checkContent(about, options)).toEqual([]);
  });
});
