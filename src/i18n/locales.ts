/**
 * The one list of the site's languages. The Astro config, the sitemap, every page's
 * `getStaticPaths`, the language switcher, the content checks and the tests all read it.
 * Adding a language: one entry here, one folder per content collection, one UI-strings file.
 */
export const locales = {
  de: { label: 'Deutsch', lang: 'de', dir: 'ltr', intl: 'de-LU', og: 'de_LU' },
  fr: { label: 'Français', lang: 'fr', dir: 'ltr', intl: 'fr-LU', og: 'fr_LU' },
  en: { label: 'English', lang: 'en', dir: 'ltr', intl: 'en-GB', og: 'en_GB' },
  lb: { label: 'Lëtzebuergesch', lang: 'lb', dir: 'ltr', intl: 'lb', og: 'lb_LU' },
  // Western digits: phone numbers, door signs and bus stops in Luxembourg use them too.
  // Open Graph: ar_AR is how link previews (Meta's) name Arabic as a whole, not one country's.
  ar: { label: 'العربية', lang: 'ar', dir: 'rtl', intl: 'ar-u-nu-latn', og: 'ar_AR' },
  // Eritrea: where most of LISKO's Tigrinya readers come from.
  ti: { label: 'ትግርኛ', lang: 'ti', dir: 'ltr', intl: 'ti', og: 'ti_ER' },
  so: { label: 'Soomaali', lang: 'so', dir: 'ltr', intl: 'so', og: 'so_SO' },
} as const satisfies Record<string, LocaleInfo>;

/**
 * `label`: the language's own name; `lang`: BCP-47 tag for `lang`/`hreflang`; `intl`: tag for
 * `Intl` formatting; `og`: Open Graph's `language_TERRITORY` form for link previews (`og:locale`).
 */
export interface LocaleInfo {
  label: string;
  lang: string;
  dir: 'ltr' | 'rtl';
  intl: string;
  og: `${string}_${string}`;
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

/** A language's name in English (the check) or German (the editor): `French`, `Französisch`. */
export const languageName = (code: Locale, inLanguage: 'en' | 'de' = 'en') =>
  new Intl.DisplayNames(inLanguage, { type: 'language' }).of(locales[code].lang) ?? code;
