/**
 * The content collections, as Astro reads them. Each is defined once, in src/model/collections.ts
 * (its folder, schema and the files it loads), so that `npm run check` (scripts/check-content.ts)
 * and the unit tests check exactly the files the build loads, by the very same rules.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { collections as definitions, loaderOptions, type CollectionName } from './model/collections.ts';

/** The test builds replace some folders through environment variables (collections.ts says which). */
const files = (name: CollectionName) => glob(loaderOptions(name, process.env));

// Written out per name, so each collection's entries keep their own schema's type; `satisfies`
// fails the type check when collections.ts has a collection that is missing here, or the reverse.
export const collections = {
  pages: defineCollection({ loader: files('pages'), schema: definitions.pages.schema }),
  services: defineCollection({ loader: files('services'), schema: definitions.services.schema }),
  hours: defineCollection({ loader: files('hours'), schema: definitions.hours.schema }),
  contact: defineCollection({ loader: files('contact'), schema: definitions.contact.schema }),
  settings: defineCollection({ loader: files('settings'), schema: definitions.settings.schema }),
  announcements: defineCollection({ loader: files('announcements'), schema: definitions.announcements.schema }),
} satisfies Record<CollectionName, unknown>;
