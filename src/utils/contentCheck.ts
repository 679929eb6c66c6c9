/**
 * Checks every content file before the build and reports all problems at once, one plain line
 * each. Pure: it gets the files' paths and texts, so the unit tests feed it fixtures directly.
 */
import { load as parseYaml } from 'js-yaml';
import type { z } from 'astro/zod';
import { defaultLocale, isLocale, localeCodes } from '../i18n/locales.ts';
import { contactSchema, hoursSchema, pageSchema, serviceSchema, settingsSchema } from '../schemas/content.ts';
import { formatIssues } from './contentErrors.ts';

export interface ContentFile {
  /** Path from the project root with forward slashes, e.g. `content/hours/reception.md`. */
  path: string;
  text: string;
}

/** The pages the site has; each needs a file `content/pages/<lang>/<name>.md`. */
export const pageNames = [
  'home',
  'services',
  'get-support',
  'contact',
  'about',
  'professionals',
  'privacy',
  'accessibility',
] as const;
export type PageName = (typeof pageNames)[number];

interface Collection {
  schema: z.ZodType;
  /** Localized collections hold `<lang>/<name>.md`; the others one file per name. */
  localized: boolean;
  /** Files this collection must have (per language when localized). */
  required: readonly string[];
  /** When set, the only file names allowed. */
  only?: readonly string[];
}

export const collections: Record<string, Collection> = {
  pages: { schema: pageSchema, localized: true, required: pageNames, only: pageNames },
  services: { schema: serviceSchema, localized: true, required: [] },
  hours: { schema: hoursSchema, localized: false, required: ['reception'], only: ['reception'] },
  contact: { schema: contactSchema, localized: false, required: ['lisko'], only: ['lisko'] },
  settings: { schema: settingsSchema, localized: false, required: ['site'], only: ['site'] },
};

/** Splits `---\nfrontmatter\n---\nbody`; null when the file has no frontmatter block. */
export function splitFrontmatter(text: string): { frontmatter: string; body: string } | null {
  const match = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n?---\r?\n?([\s\S]*)$/.exec(text);
  return match ? { frontmatter: match[1] ?? '', body: match[2] ?? '' } : null;
}

interface Parsed {
  file: ContentFile;
  collection: string;
  lang: string | undefined;
  name: string;
  data: Record<string, unknown>;
}

/** Every problem in the given content files, one plain line each; empty when all is well. */
export function checkContent(files: readonly ContentFile[]): string[] {
  const problems: string[] = [];
  const parsed: Parsed[] = [];
  /** Files that exist, even when broken, so they are not also reported as missing. */
  const present = new Set<string>();
  const known = localeCodes.join(', ');

  for (const file of files) {
    // Files starting with `_` are drafts; the glob loaders skip them too.
    const parts = file.path.replace(/^content\//, '').split('/');
    if (parts.some((part) => part.startsWith('_'))) continue;
    const [collection = '', ...rest] = parts;
    const spec = collections[collection];
    if (!spec) {
      problems.push(`${file.path}: "${collection}" is not a content folder the site knows (known: ${Object.keys(collections).join(', ')})`);
      continue;
    }
    if (!file.path.endsWith('.md')) {
      problems.push(`${file.path}: content files must end in .md`);
      continue;
    }
    let lang: string | undefined;
    if (spec.localized) {
      if (rest.length !== 2) {
        problems.push(`${file.path}: must be in a language folder, like content/${collection}/${defaultLocale}/<name>.md`);
        continue;
      }
      lang = rest[0];
      if (!lang || !isLocale(lang)) {
        problems.push(`${file.path}: "${lang}" is not a language the site is configured for (known: ${known})`);
        continue;
      }
    } else if (rest.length !== 1) {
      problems.push(`${file.path}: must be directly in content/${collection}/ (no language folders: numbers and times exist once)`);
      continue;
    }
    const name = (rest.at(-1) ?? '').replace(/\.md$/, '');
    if (spec.only && !spec.only.includes(name)) {
      problems.push(`${file.path}: "${name}" is not a file name the site uses here (expected one of: ${spec.only.join(', ')})`);
      continue;
    }
    present.add(`${collection}/${lang ?? ''}/${name}`);
    const split = splitFrontmatter(file.text);
    if (!split) {
      problems.push(`${file.path}: must start with a frontmatter block between two lines of ---`);
      continue;
    }
    let data: unknown;
    try {
      data = parseYaml(split.frontmatter) ?? {};
    } catch (error) {
      const mark = (error as { mark?: { line: number } }).mark;
      problems.push(`${file.path}: the frontmatter is not valid YAML${mark ? ` near line ${mark.line + 2}` : ''} (check colons, quotes and indentation)`);
      continue;
    }
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
      problems.push(`${file.path}: the frontmatter must be a list of "field: value" lines`);
      continue;
    }
    const result = spec.schema.safeParse(data);
    if (!result.success) problems.push(...formatIssues(file.path, result.error.issues, data));
    parsed.push({ file, collection, lang, name, data: data as Record<string, unknown> });
  }

  problems.push(...checkTranslations(parsed, present));
  return problems;
}

/** Cross-file rules: originals exist, numbers live in the original only, nothing required is missing. */
function checkTranslations(parsed: readonly Parsed[], has: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const orders = new Map<unknown, string>();

  for (const entry of parsed) {
    const { collection, lang, name, file, data } = entry;
    if (!lang) continue;
    if (lang !== defaultLocale && !has.has(`${collection}/${defaultLocale}/${name}`)) {
      problems.push(`${file.path}: is a translation without its original: content/${collection}/${defaultLocale}/${name}.md is missing (create the original, or check the file name)`);
    }
    if (collection === 'services') {
      for (const field of ['order', 'audience']) {
        if (lang === defaultLocale && data[field] === undefined) {
          problems.push(`${file.path}: "${field}" is missing: the ${defaultLocale} original must set it`);
        }
        if (lang !== defaultLocale && data[field] !== undefined) {
          problems.push(`${file.path}: "${field}" is set in the ${defaultLocale} original only; delete it from this translation`);
        }
      }
      if (lang === defaultLocale && data['order'] !== undefined) {
        const other = orders.get(data['order']);
        if (other) problems.push(`${file.path}: "order" ${String(data['order'])} is already used by ${other}; give each service its own number`);
        else orders.set(data['order'], file.path);
      }
    }
  }

  for (const [collection, spec] of Object.entries(collections)) {
    for (const name of spec.required) {
      const path = spec.localized ? `${collection}/${defaultLocale}/${name}` : `${collection}//${name}`;
      if (!has.has(path)) {
        problems.push(`content/${collection}/${spec.localized ? `${defaultLocale}/` : ''}${name}.md: is missing; the site needs this file`);
      }
    }
  }
  return problems;
}
