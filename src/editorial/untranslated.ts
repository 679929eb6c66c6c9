/**
 * Which pages are shown from the German original because their translation is missing.
 * Read from the files in content/ (not from Astro), so astro.config.mjs can keep these
 * fallback copies out of the sitemap.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { defaultLocale, localeCodes } from '../i18n/locales.ts';
import { pagePaths } from '../routing/pages.ts';

/** Site paths without base, like `/fr/about/`, whose text is a fallback. */
export function untranslatedPaths(contentDir = 'content'): string[] {
  const names = (collection: string, lang: string) => {
    const dir = join(contentDir, collection, lang);
    return existsSync(dir)
      ? readdirSync(dir)
          .filter((file) => file.endsWith('.md') && !file.startsWith('_'))
          .map((file) => file.slice(0, -3))
      : [];
  };
  const paths: string[] = [];
  for (const lang of localeCodes) {
    if (lang === defaultLocale) continue;
    const pages = new Set(names('pages', lang));
    for (const [name, path] of Object.entries(pagePaths)) if (!pages.has(name)) paths.push(`/${lang}/${path}`);
    const services = new Set(names('services', lang));
    for (const slug of names('services', defaultLocale)) if (!services.has(slug)) paths.push(`/${lang}/services/${slug}/`);
  }
  return paths;
}
