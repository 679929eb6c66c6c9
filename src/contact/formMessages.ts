/**
 * The contact form's UI strings (`form.*`) in one language: all the island gets of the
 * dictionary. Server-side only (it loads every language through ./ui.ts).
 */
import type { FormKey, FormMessages } from './browser/fields.ts';
import { defaultLocale, type Locale } from '../i18n/locales.ts';
import { uiStrings, useTypesetTranslations } from '../i18n/ui.ts';

/** Every `form.*` key, in the order of the German original. */
export const formKeys: readonly FormKey[] = Object.keys(uiStrings[defaultLocale] ?? {}).filter((key): key is FormKey => key.startsWith('form.'));

/**
 * Typeset as the build typesets the page around the island (src/deploy/typesetPages.ts), so the
 * island's own rendering, before and after hydration, spaces French as the page does.
 */
export function formMessages(lang: Locale): FormMessages {
  const t = useTypesetTranslations(lang);
  return Object.fromEntries(formKeys.map((key) => [key, t(key)])) as FormMessages;
}
