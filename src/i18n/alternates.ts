/**
 * Which languages a page names as hreflang alternates: those with a translation of their own,
 * and none at all on a fallback copy (German text, noindex). Hreflang links must be mutual, so
 * every page of a cluster, the language choice at `/` (x-default) included, names the same
 * languages. The sitemap (astro.config.mjs) applies the same rule, read from the files
 * (src/editorial/untranslated.ts), because the config cannot read the collections.
 */
import { localeCodes, type Locale } from './locales.ts';

export function alternateLanguages(page: { isFallback: boolean; translatedIn: readonly Locale[] }): Locale[] {
  return page.isFallback ? [] : localeCodes.filter((code) => page.translatedIn.includes(code));
}
