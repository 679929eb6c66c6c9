/**
 * UI strings: one flat JSON file per language in ./ui/, dotted keys, `{{name}}` placeholders.
 * Each file is checked when loaded, so a broken file stops the build at once. German is the
 * source of keys; a missing key falls back to German (the unit tests fail before that ships).
 */
import i18next, { type TFunction } from 'i18next';
import { z } from 'astro/zod';
import { defaultLocale, isLocale, localeCodes, type Locale } from './locales.ts';
import { typeset } from '../model/typography.ts';
import de from './ui/de.json';

/** The plural forms a key may have (CLDR categories, as `Intl.PluralRules` names them). */
export const pluralCategories = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
type PluralCategory = (typeof pluralCategories)[number];
/** `home.servicesLink_other` → `home.servicesLink`: plural keys are asked for without their suffix. */
type BaseKey<K> = K extends `${infer Base}_${PluralCategory}` ? Base : K;

/**
 * A UI string's key. A key with plural forms (`services.count_one`, `services.count_other`, and in
 * Arabic also `_zero`, `_two`, `_few`, `_many`) is asked for by its base, with `{ count }`:
 * i18next picks the form with the language's plural rules.
 */
export type UiKey = BaseKey<keyof typeof de>;

const uiFileSchema = z.record(z.string(), z.string().min(1));

const files = import.meta.glob<Record<string, string>>('./ui/*.json', { eager: true, import: 'default' });

/** The UI strings of every configured language, validated. */
export const uiStrings = Object.fromEntries(
  Object.entries(files).map(([path, strings]) => {
    const code = path.replace(/^.*\/(.+)\.json$/, '$1');
    if (!isLocale(code)) throw new Error(`src/i18n/ui/${code}.json: "${code}" is not a configured language (known: ${localeCodes.join(', ')})`);
    const result = uiFileSchema.safeParse(strings);
    if (!result.success)
      throw new Error(`src/i18n/ui/${code}.json: every value must be non-empty text (${result.error.issues.map((i) => i.path.join('.')).join(', ')})`);
    return [code, result.data];
  }),
) as Partial<Record<Locale, Record<string, string>>>;

const instance = i18next.createInstance();
void instance.init({
  initAsync: false,
  lng: defaultLocale,
  fallbackLng: defaultLocale,
  supportedLngs: localeCodes,
  resources: Object.fromEntries(Object.entries(uiStrings).map(([code, strings]) => [code, { translation: strings }])),
  // Keys contain dots; they are flat, not nested.
  keySeparator: false,
  nsSeparator: false,
  // Astro escapes on output; escaping here too would show &amp; to visitors.
  interpolation: { escapeValue: false },
  returnEmptyString: false,
});

type Translate = (key: UiKey, vars?: Record<string, string | number>) => string;

/** A translate function for one language: `t('nav.home')`, `t('hours.range', { opens, closes })`. */
export function useTranslations(lang: Locale): Translate {
  const t: TFunction = instance.getFixedT(lang);
  return (key, vars) => t(key, vars ?? {}) as string;
}

/**
 * The same, typeset as the build typesets the pages (French spaces, src/deploy/typesetPages.ts):
 * for words the site writes outside a page's text, which the build does not reach (the feed, the
 * calendar, the contact form's island).
 */
export function useTypesetTranslations(lang: Locale): Translate {
  const t = useTranslations(lang);
  return (key, vars) => typeset(lang, t(key, vars));
}
