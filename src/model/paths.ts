/**
 * Where content lives: `content/<collection>/<lang>/<name>.md` for texts per language,
 * `content/<collection>/<name>.md` for what exists once, and which files are drafts. The one home
 * of these rules: the build's loaders (collections.ts), the content check, the pages' "last
 * updated" dates, the web editor's configuration and the tests build and read paths here. Pure and
 * without Node or zod, so the web editor's configuration can use it in the browser.
 */
import { isLocale, type Locale } from '../i18n/locales.ts';

/** The folder of the editors' files, from the project root. */
export const contentFolder = 'content';

/** `content/services/de/housing.md`, or `content/hours/reception.md` without a language. */
export function contentPath(collection: string, name: string, lang?: string): string {
  return lang === undefined ? `${contentFolder}/${collection}/${name}.md` : `${contentFolder}/${collection}/${lang}/${name}.md`;
}

/** `content/services/de`: a collection's folder, or one language's folder in it. */
export function contentDir(collection: string, lang?: string): string {
  return lang === undefined ? `${contentFolder}/${collection}` : `${contentFolder}/${collection}/${lang}`;
}

/**
 * A draft is a file or folder whose name starts with `_`, with everything in it: neither checked
 * nor published (`services/_drafts/de/x.md`, `services/de/_x.md`: paths within content/, or from
 * the project root).
 */
export function isDraft(path: string): boolean {
  return path.split('/').some((part) => part.startsWith('_'));
}

/**
 * The same rule as patterns for the build's file search. Both are needed: the first leaves out
 * `_x.md`, and in a build's file search (tinyglobby) whole `_drafts/` folders too; but `astro dev`
 * matches each changed file's whole path (picomatch), and for a file inside `_drafts/` only the
 * second matches. tests/unit/collections.test.ts runs Astro's own loader, both ways, to prove that
 * these and `isDraft` agree.
 */
export const draftPatterns = ['!**/_*', '!**/_*/**'] as const;

/** What a path from the project root says, when it is a Markdown file in a language folder. */
export interface TextPath {
  collection: string;
  lang: Locale;
  name: string;
}

/** `content/services/fr/housing.md` → `{ collection: 'services', lang: 'fr', name: 'housing' }`; undefined for anything else (drafts too). */
export function parseTextPath(path: string): TextPath | undefined {
  const match = /^content\/([^/]+)\/([^/]+)\/([^/]+)\.md$/.exec(path);
  if (!match || isDraft(path)) return undefined;
  const [, collection = '', lang = '', name = ''] = match;
  return isLocale(lang) ? { collection, lang, name } : undefined;
}
