/**
 * The content collections, defined once: which folder of content/ each reads, its schema, how its
 * files are laid out and which files the build loads. src/content.config.ts hands them to Astro's
 * glob loader, and the content check (check.ts) checks the same files by the same rules. Pure, and
 * free of `astro:content`, so `npm run check` and the unit tests can import it under plain Node.
 */
import type { z } from 'astro/zod';
import { pageNames } from '../routing/pages.ts';
import { announcementSchema, contactSchema, hoursSchema, pageSchema, serviceSchema, settingsSchema } from './schema.ts';

export interface Collection {
  schema: z.ZodType;
  /** Localized collections hold `<lang>/<name>.md`; the others one file per name. */
  localized: boolean;
  /** Files this collection must have (per language when localized). */
  required: readonly string[];
  /** When set, the only file names allowed. */
  only?: readonly string[];
  /** The files Astro's glob loader reads, relative to the collection's folder (tinyglobby patterns). */
  patterns: readonly string[];
  /** An environment variable that, when set, replaces the folder: the test builds read fixtures instead. */
  folderVariable?: string;
  /**
   * Fields the site once read and no longer needs, each with the reason: an old file that still
   * has one gets a message saying it can be deleted (the schemas no longer know them).
   */
  retired?: Readonly<Record<string, string>>;
}

/**
 * A draft is a file or folder whose name starts with `_`, with everything in it: neither checked
 * nor published. Both patterns are needed: the first leaves out `_x.md`, and in a build's file
 * search (tinyglobby) whole `_drafts/` folders too; but `astro dev` matches each changed file's
 * whole path (picomatch), and for a file inside `_drafts/` only the second matches. `isDraft` says
 * the same for the content check; tests/unit/collections.test.ts runs Astro's own loader, both
 * ways, to prove they agree.
 */
const notDrafts = ['!**/_*', '!**/_*/**'];

/** `services/_drafts/de/x.md`, `services/de/_x.md`: paths within content/. */
export function isDraft(path: string): boolean {
  return path.split('/').some((part) => part.startsWith('_'));
}

/** Every Markdown file, in any folder, drafts left out (hidden files too: tinyglobby skips them). */
const markdownFiles = ['**/*.md', ...notDrafts];

/** A collection of one file, the same for every language: `content/hours/reception.md`. */
const singleFile = (name: string) => ({ localized: false, required: [name], only: [name], patterns: [`${name}.md`] });

/** Each collection reads the folder of its name in content/: `content/services/`. */
export const collections = {
  pages: { schema: pageSchema, localized: true, required: pageNames, only: pageNames, patterns: markdownFiles },
  services: { schema: serviceSchema, localized: true, required: [], patterns: markdownFiles },
  /** `npm run build:test` reads tests/fixtures/hours/ instead: fixed times for the browser tests. */
  hours: {
    schema: hoursSchema,
    ...singleFile('reception'),
    folderVariable: 'LISKO_HOURS_DIR',
    retired: { timezone: 'the hours are always in Luxembourg time' },
  },
  contact: { schema: contactSchema, ...singleFile('lisko'), retired: { countryCode: 'the address is always in Luxembourg' } },
  settings: { schema: settingsSchema, ...singleFile('site') },
  /**
   * `npm run build:test` reads tests/fixtures/announcements/ instead: one announcement that is
   * always shown, so the browser tests check a banner on every page. npm run deploy:check refuses
   * such a build.
   */
  announcements: { schema: announcementSchema, localized: true, required: [], patterns: markdownFiles, folderVariable: 'LISKO_ANNOUNCEMENTS_DIR' },
} as const satisfies Record<string, Collection>;

export type CollectionName = keyof typeof collections;
export const collectionNames = Object.keys(collections) as CollectionName[];

/** The collection that reads `content/<folder>/`, if there is one. */
export function collectionIn(folder: string): Collection | undefined {
  return Object.hasOwn(collections, folder) ? collections[folder as CollectionName] : undefined;
}

/**
 * What Astro's glob loader gets for a collection: its folder (relative to the project root, or the
 * one its `folderVariable` names in `env`) and its patterns.
 */
export function loaderOptions(name: CollectionName, env: Readonly<Record<string, string | undefined>> = {}): { base: string; pattern: string[] } {
  const spec: Collection = collections[name];
  return {
    base: (spec.folderVariable && env[spec.folderVariable]) || `./content/${name}`,
    pattern: [...spec.patterns],
  };
}
