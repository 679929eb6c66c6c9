/**
 * Reads content/ (and the file names in public/) from disk for the pure checks in
 * contentCheck.ts and translationStatus.ts. Used by `npm run check`, `npm run i18n:status`
 * and the build's content-check integration.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { ContentFile } from './check.ts';
import { fileProblem } from '../deploy/activeContent.ts';

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    // Hidden files (.DS_Store, editors' swap files) are never content.
    if (entry.name.startsWith('.')) return [];
    const path = join(dir, entry.name);
    return entry.isDirectory() ? walk(path) : [path];
  });
}

const fromRoot = (root: string, path: string) => relative(root, path).split(sep).join('/');

/** Every file in `<root>/content`, path from the root with forward slashes, sorted. */
export function readContentFiles(root: string): ContentFile[] {
  return walk(join(root, 'content'))
    .map((path) => ({ path: fromRoot(root, path), text: readFileSync(path, 'utf8') }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Files in `<root>/public` as site paths: `/favicon.svg`, `/images/team.jpg`. */
export function readPublicFiles(root: string): string[] {
  const dir = join(root, 'public');
  return walk(dir).map((path) => `/${fromRoot(dir, path)}`);
}

/**
 * The ids the site's own templates give (`main`, `contact-form`, …), written as `id="…"` in
 * src/: a link's `#part` may name one of them as well as a heading of the text.
 */
export function readTemplateIds(root: string): string[] {
  const ids = walk(join(root, 'src'))
    .filter((path) => /\.(astro|tsx)$/.test(path))
    .flatMap((path) => [...readFileSync(path, 'utf8').matchAll(/\bid="([^"{}]+)"/g)].map((match) => match[1] ?? ''));
  return [...new Set(ids)].sort();
}

/**
 * Files in public/ that could run script on the site (an SVG with a script, a page file): one
 * message each, naming the file. The web editor saves media there, and texts may link any of it.
 */
export function publicFileProblems(root: string): string[] {
  const dir = join(root, 'public');
  return walk(dir).flatMap((path) => fileProblem(fromRoot(root, path), readFileSync(path)) ?? []);
}

/** Everything the content check reads besides content/. */
export function readCheckOptions(root: string): { publicFiles: string[]; templateIds: string[] } {
  return { publicFiles: readPublicFiles(root), templateIds: readTemplateIds(root) };
}

/** The report `npm run check` and the build print when something is wrong. */
export function formatProblems(problems: readonly string[]): string {
  return [
    '',
    `The content has ${problems.length} problem${problems.length > 1 ? 's' : ''}. Nothing was built.`,
    '',
    ...problems.map((problem) => `  ✗ ${problem}`),
    '',
    'Fix each line above in the file it names, then run the command again. EDITING.md explains every message.',
    '',
  ].join('\n');
}
