/**
 * The malformed-content fixtures in tests/fixtures/bad-content/<case>/: each case holds files
 * under content/ that replace (or add to) the real content, files under public/ added to the
 * real ones (an image a text links), an optional remove.txt listing
 * real files to leave out, and expected.txt with the exact messages, one a line. In expected.txt,
 * `{{languages}}` stands for the site's language codes (`de, fr, …` from src/i18n/locales.ts), so
 * adding a language changes no fixture.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { localeCodes } from '../../src/i18n/locales.ts';
import type { ContentFile } from '../../src/check/check.ts';
import { readContentFiles } from '../../src/check/files.ts';

export const projectRoot = join(import.meta.dirname, '../..');
export const fixturesDir = join(projectRoot, 'tests/fixtures/bad-content');

export interface BadContentCase {
  name: string;
  dir: string;
  /** The files the case adds or replaces, paths from the project root. */
  overrides: ContentFile[];
  /** Files the case adds to public/, paths from the project root. */
  publicFiles: ContentFile[];
  /** Real content files the case leaves out. */
  removed: string[];
  expected: string[];
  /** expected.txt as written, with `{{languages}}` left in. */
  expectedTemplates: string[];
}

export const languagesToken = '{{languages}}';

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)]));
}

const lines = (path: string) =>
  existsSync(path)
    ? readFileSync(path, 'utf8')
        .split('\n')
        .filter((line) => line.trim() !== '')
    : [];

export function badContentCases(): BadContentCase[] {
  return readdirSync(fixturesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => {
      const dir = join(fixturesDir, entry.name);
      return {
        name: entry.name,
        dir,
        overrides: walk(join(dir, 'content')).map((path) => ({
          path: relative(dir, path).split(sep).join('/'),
          text: readFileSync(path, 'utf8'),
        })),
        publicFiles: walk(join(dir, 'public')).map((path) => ({
          path: relative(dir, path).split(sep).join('/'),
          text: readFileSync(path, 'utf8'),
        })),
        removed: lines(join(dir, 'remove.txt')),
        expected: lines(join(dir, 'expected.txt')).map((line) => line.replaceAll(languagesToken, localeCodes.join(', '))),
        expectedTemplates: lines(join(dir, 'expected.txt')),
      };
    });
}

/** The real content with the case's files applied, sorted by path as `npm run check` reads them. */
export function contentWith(testCase: BadContentCase): ContentFile[] {
  const replaced = new Set([...testCase.removed, ...testCase.overrides.map((file) => file.path)]);
  return [...readContentFiles(projectRoot).filter((file) => !replaced.has(file.path)), ...testCase.overrides].sort((a, b) =>
    a.path < b.path ? -1 : a.path > b.path ? 1 : 0,
  );
}

/**
 * A folder holding the project's content with the case applied, and its public/ (for links to
 * files): what `scripts/check-content.ts <folder>` checks. The caller removes it.
 */
export function writeCaseCopy(testCase: BadContentCase, prefix = 'lisko-case-'): string {
  const root = mkdtempSync(join(tmpdir(), prefix));
  for (const file of contentWith(testCase)) {
    mkdirSync(dirname(join(root, file.path)), { recursive: true });
    writeFileSync(join(root, file.path), file.text);
  }
  cpSync(join(projectRoot, 'public'), join(root, 'public'), { recursive: true });
  for (const file of testCase.publicFiles) {
    mkdirSync(dirname(join(root, file.path)), { recursive: true });
    writeFileSync(join(root, file.path), file.text);
  }
  return root;
}
