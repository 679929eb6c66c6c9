/** `getStaticPaths` helpers: every page exists once per configured language. */
import { localeCodes, type Locale } from '../i18n/locales.ts';

export function languagePaths(): { params: { lang: Locale } }[] {
  return localeCodes.map((lang) => ({ params: { lang } }));
}
