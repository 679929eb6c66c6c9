/** Every page in the built site (`dist/`), with its language, for tests that must visit them all. */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { isLocale, type Locale } from '../../src/i18n/locales.ts';
import { editorFolder } from '../../src/routing/pages.ts';

export interface BuiltPage {
  /** Address on the test server, e.g. `/de/contact/`. */
  path: string;
  /** The language folder, or undefined for `/` and `/404.html`. */
  lang: Locale | undefined;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : entry.name.endsWith('.html') ? [join(dir, entry.name)] : [],
  );
}

/**
 * The web editor (/admin/) is not a visitor page: noindex, out of the sitemap, in English only,
 * with its own policy and a user interface that is not ours. every-page, dist and bench leave it
 * out; tests/e2e/admin.spec.ts checks what applies to it (policy, noindex, no outside request).
 */
export const isEditorPage = (path: string): boolean => path.startsWith(`/${editorFolder}/`);

export function builtPages(dist = 'dist'): BuiltPage[] {
  return walk(dist)
    .map((file) => `/${relative(dist, file).split(sep).join('/')}`.replace(/index\.html$/, ''))
    .filter((path) => !isEditorPage(path))
    .sort()
    .map((path) => {
      const first = path.split('/')[1] ?? '';
      return { path, lang: isLocale(first) ? first : undefined };
    });
}
