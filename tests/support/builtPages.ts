/** Every page in the built site (`dist/`), with its language, for tests that must visit them all. */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { isLocale, type Locale } from '../../src/i18n/locales.ts';

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

export function builtPages(dist = 'dist'): BuiltPage[] {
  return walk(dist)
    .map((file) => `/${relative(dist, file).split(sep).join('/')}`.replace(/index\.html$/, ''))
    .sort()
    .map((path) => {
      const first = path.split('/')[1] ?? '';
      return { path, lang: isLocale(first) ? first : undefined };
    });
}
