/**
 * The content collections as Astro's glob loader reads them: each collection's folder (or the one
 * its `folderVariable` names, for the test builds) and the files it loads, drafts left out, from the
 * content model (model.ts). src/content.config.ts hands them to Astro with their schemas
 * (schema.ts), and the content check checks the same files by the same rules. Pure, and free of
 * `astro:content`, so the unit tests can run Astro's loader with it (tests/unit/collections.test.ts).
 */
import { model, type CollectionModel, type CollectionName } from './model.ts';
import { contentDir } from './paths.ts';

/** What Astro's glob loader gets for a collection: its folder, relative to the project root, and its patterns. */
export function loaderOptions(name: CollectionName, env: Readonly<Record<string, string | undefined>> = {}): { base: string; pattern: string[] } {
  const spec: CollectionModel = model[name];
  return {
    base: (spec.folderVariable && env[spec.folderVariable]) || `./${contentDir(name)}`,
    pattern: [...spec.patterns],
  };
}
