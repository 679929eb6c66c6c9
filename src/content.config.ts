/**
 * The content collections. Schemas live in src/content/schema.ts so that `npm run check`
 * (scripts/check-content.ts) and the unit tests use the very same rules as the build.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { announcementSchema, contactSchema, hoursSchema, pageSchema, serviceSchema, settingsSchema } from './content/schema.ts';

const markdownIn = (folder: string, pattern = '**/[^_]*.md') => glob({ base: `./content/${folder}`, pattern });

export const collections = {
  pages: defineCollection({ loader: markdownIn('pages'), schema: pageSchema }),
  services: defineCollection({ loader: markdownIn('services'), schema: serviceSchema }),
  /** `npm run build:test` reads tests/fixtures/hours/ instead (LISKO_HOURS_DIR): fixed times for the browser tests. */
  hours: defineCollection({ loader: glob({ base: process.env['LISKO_HOURS_DIR'] ?? './content/hours', pattern: 'reception.md' }), schema: hoursSchema }),
  contact: defineCollection({ loader: markdownIn('contact', 'lisko.md'), schema: contactSchema }),
  settings: defineCollection({ loader: markdownIn('settings', 'site.md'), schema: settingsSchema }),
  /**
   * `npm run build:test` reads tests/fixtures/announcements/ instead (LISKO_ANNOUNCEMENTS_DIR): one
   * announcement that is always shown, so the browser tests check a banner on every page.
   * npm run deploy:check refuses such a build.
   */
  announcements: defineCollection({
    loader: glob({ base: process.env['LISKO_ANNOUNCEMENTS_DIR'] ?? './content/announcements', pattern: '**/[^_]*.md' }),
    schema: announcementSchema,
  }),
};
