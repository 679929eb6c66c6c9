/**
 * The build and the content check read the same files: Astro's own glob loader, given what
 * src/content.config.ts gives it (src/model/collections.ts), runs on a copy of the content with
 * drafts, leftovers and misplaced files added, and is compared with what `checkContent` reports.
 * A file the build loads but the check skips would be published unchecked (a draft in a `_drafts/`
 * folder once was); a file the check passes but the build skips would silently be missing.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { glob, type LoaderContext } from 'astro/loaders';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkContent } from '../../src/check/check.ts';
import { loaderOptions } from '../../src/model/collections.ts';
import { collectionNames } from '../../src/model/model.ts';
import { readCheckOptions, readContentFiles } from '../../src/check/files.ts';

const projectRoot = join(import.meta.dirname, '../..');

/** Drafts and files programs leave behind: neither checked nor published. */
const ignored = [
  'content/services/_drafts/de/new-service.md',
  'content/services/de/_new-service.md',
  'content/pages/_old/de/about.md',
  'content/announcements/de/_drafts/summer.md',
  'content/hours/_reception.md',
  'content/services/de/.housing.md',
  'content/services/.drafts/de/other.md',
  'content/services/de/housing.md~',
  'content/services/de/#housing.md#',
  'content/pages/fr/about.md.bak',
];

/** Misplaced or misnamed files: the check must report each, whether the build would load it or not. */
const reported = ['content/services/de/Housing Help.md', 'content/services/housing.md', 'content/hours/fr/reception.md', 'content/services/de/notes.txt'];

/** Every file below `dir`, hidden ones too, as paths from `root`. */
function allFiles(root: string, dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

/**
 * The files Astro's glob loader stores for each collection, paths from `root`: `build` when it
 * first loads (a build), `dev` when `astro dev`'s watcher reports each file of the tree as added.
 */
async function loaded(root: string): Promise<{ build: Set<string>; dev: Set<string> }> {
  const build = new Set<string>();
  const dev = new Set<string>();
  const rootUrl = pathToFileURL(`${root}/`);
  for (const name of collectionNames) {
    let seen = build;
    const added: ((path: string) => Promise<void>)[] = [];
    const entries = new Map<string, { id: string; filePath?: string }>();
    const context = {
      config: { root: rootUrl, srcDir: new URL('src/', rootUrl) },
      collection: name,
      logger: { info() {}, warn() {}, error: (message: string) => expect.fail(message) },
      watcher: { add() {}, on: (event: string, listener: (path: string) => Promise<void>) => event === 'add' && added.push(listener) },
      parseData: async ({ data }: { data: unknown }) => data,
      generateDigest: (text: string) => text,
      // Only what the loader asks of a Markdown file: its frontmatter and body do not matter here.
      entryTypes: new Map([['.md', { getEntryInfo: async ({ contents }: { contents: string }) => ({ data: {}, body: contents }) }]]),
      store: {
        keys: () => entries.keys(),
        get: (id: string) => entries.get(id),
        set: (entry: { id: string; filePath?: string }) => {
          if (entry.filePath) seen.add(entry.filePath);
          entries.set(entry.id, entry);
          return true;
        },
        delete: (id: string) => entries.delete(id),
        addModuleImport() {},
        addAssetImports() {},
      },
    };
    // Without the environment: the folders of content/, as the real build reads them.
    await glob(loaderOptions(name)).load(context as unknown as LoaderContext);
    seen = dev;
    entries.clear();
    for (const path of allFiles(root, join(root, 'content'))) for (const listener of added) await listener(join(root, path));
  }
  return { build, dev };
}

describe('the build loads exactly the files the content check checks', () => {
  let root = '';
  let problems: string[] = [];
  let build = new Set<string>();
  let dev = new Set<string>();
  const real = readContentFiles(projectRoot).map((file) => file.path);
  const named = (path: string) => problems.some((problem) => problem.startsWith(`${path}: `));

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'lisko-collections-'));
    // The added files have no frontmatter: were one checked, the check would report it.
    const files = [...readContentFiles(projectRoot), ...[...ignored, ...reported].map((path) => ({ path, text: 'Not a content file.\n' }))];
    for (const file of files) {
      mkdirSync(dirname(join(root, file.path)), { recursive: true });
      writeFileSync(join(root, file.path), file.text);
    }
    problems = checkContent(readContentFiles(root), readCheckOptions(projectRoot));
    ({ build, dev } = await loaded(root));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  test('every real content file is loaded, by a build and by astro dev', () => {
    expect(real.filter((path) => !build.has(path))).toEqual([]);
    expect(real.filter((path) => !dev.has(path))).toEqual([]);
  });

  test('drafts (files and folders starting with _), hidden files and leftovers are neither checked nor loaded', () => {
    expect(ignored.filter((path) => named(path) || build.has(path) || dev.has(path))).toEqual([]);
  });

  test('the check reports the misplaced files (so it is silent about the ignored ones because it skips them)', () => {
    expect(reported.filter((path) => !named(path))).toEqual([]);
  });

  test('nothing is loaded that the check passed over: every loaded file is real content or reported', () => {
    const unchecked = (paths: Set<string>) => [...paths].filter((path) => !real.includes(path) && !named(path));
    expect(unchecked(build)).toEqual([]);
    expect(unchecked(dev)).toEqual([]);
  });
});
