/**
 * The content collections, as Astro reads them. Each is defined once, in the content model
 * (src/model/model.ts, with its loader options in src/model/collections.ts and its schema in
 * src/model/schema.ts), so that `npm run check` and the unit tests check exactly the files the
 * build loads, by the very same rules.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { loaderOptions } from './model/collections.ts';
import type { CollectionName } from './model/model.ts';
import { schemas } from './model/schema.ts';

/** The test builds replace some folders through environment variables (model.ts says which). */
const files = (name: CollectionName) => glob(loaderOptions(name, process.env));

// Written out per name, so each collection's entries keep their own schema's type; `satisfies`
// fails the type check when the model has a collection that is missing here, or the reverse.
export const collections = {
  pages: defineCollection({ loader: files('pages'), schema: schemas.pages }),
  services: defineCollection({ loader: files('services'), schema: schemas.services }),
  hours: defineCollection({ loader: files('hours'), schema: schemas.hours }),
  contact: defineCollection({ loader: files('contact'), schema: schemas.contact }),
  settings: defineCollection({ loader: files('settings'), schema: schemas.settings }),
  announcements: defineCollection({ loader: files('announcements'), schema: schemas.announcements }),
  style: defineCollection({ loader: files('style'), schema: schemas.style }),
} satisfies Record<CollectionName, unknown>;
