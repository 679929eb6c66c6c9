/**
 * The one list of the site's languages. The Astro config, the sitemap, every page's
 * `getStaticPaths`, the language switcher, the content checks and the tests all read it.
 * Adding a language: one entry here, one folder per content collection, one UI-strings file.
 */
export const locales = {
  de: { label: 'Deutsch', lang: 'de', dir: 'ltr', intl: 'de-LU' },
  fr: { label: 'Français', lang: 'fr', dir: 'ltr', intl: 'fr-LU' },
  en: { label: 'English', lang: 'en', dir: 'ltr', intl: 'en-GB' },
  lb: { label: 'Lëtzebuergesch', lang: 'lb', dir: 'ltr', intl: 'lb' },
  // Western digits: phone numbers, door signs and bus stops in Luxembourg use them too.
  ar: { label: 'العربية', lang: 'ar', dir: 'rtl', intl: 'ar-u-nu-latn' },
  ti: { label: 'ትግርኛ', lang: 'ti', dir: 'ltr', intl: 'ti' },
  so: { label: 'Soomaali', lang: 'so', dir: 'ltr', intl: 'so' },
} as const satisfies Record<string, LocaleInfo>;

/** `label`: the language's own name; `lang`: BCP-47 tag for `lang`/`hreflang`; `intl`: tag for `Intl` formatting. */
export interface LocaleInfo {
  label: string;
  lang: string;
  dir: 'ltr' | 'rtl';
  intl: string;
}

export type Locale = keyof typeof locales;

/** The language every other language is translated from; its files are the originals. */
export const defaultLocale: Locale = 'de';

/** Locale codes in display order. */
export const localeCodes = Object.keys(locales) as Locale[];

export function isLocale(value: string): value is Locale {
  return Object.hasOwn(locales, value);
}

/**
 * `lang` and `dir` for an element holding text in `textLang` on a page in `pageLang`: none when
 * they are the same. A page shown from the German original marks only the original's words this
 * way, not the page around them (its menus, buttons and labels are in the page's language).
 */
export function textLanguage(pageLang: Locale, textLang: Locale): { lang?: string; dir?: 'ltr' | 'rtl' } {
  return textLang === pageLang ? {} : { lang: locales[textLang].lang, dir: locales[textLang].dir };
}
