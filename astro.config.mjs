// @ts-check
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import { defaultLocale, localeCodes, locales } from './src/i18n/locales.ts';

/** The public address of the site. Set SITE_URL when deploying elsewhere; BASE_PATH for a sub-path. */
const site = process.env.SITE_URL ?? 'https://www.lisko.lu';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  i18n: {
    locales: localeCodes,
    defaultLocale,
    // Every URL carries its language; `/` is our own language-choice page, never a redirect.
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  integrations: [
    react(),
    sitemap({
      i18n: {
        defaultLocale,
        locales: Object.fromEntries(localeCodes.map((code) => [code, locales[code].lang])),
      },
      // Fallback copies are noindex; they must not be announced to search engines.
      filter: (page) => !page.endsWith('/404/'),
    }),
  ],
});
