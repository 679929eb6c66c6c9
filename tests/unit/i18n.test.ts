import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { defaultLocale, localeCodes, locales } from '../../src/i18n/locales.ts';
import { pluralCategories, uiStrings, useTranslations } from '../../src/i18n/ui.ts';

const dir = new URL('../../src/i18n/ui/', import.meta.url);
const read = (code: string): Record<string, string> => JSON.parse(readFileSync(new URL(`${code}.json`, dir), 'utf8'));

const plural = new RegExp(`^(.+)_(${pluralCategories.join('|')})$`);
/** `services.count_few` → `services.count`; other keys stay as they are. */
const base = (key: string) => plural.exec(key)?.[1] ?? key;
const placeholders = (text: string | undefined) => (text?.match(/{{\w+}}/g) ?? []).sort();
const source = read(defaultLocale);
const sourceKeys = [...new Set(Object.keys(source).map(base))].sort();
const pluralKeys = sourceKeys.filter((key) => !Object.hasOwn(source, key));

describe('UI strings', () => {
  test('there is exactly one file per configured language', () => {
    const files = readdirSync(dir)
      .filter((name) => name.endsWith('.json'))
      .map((name) => name.replace('.json', ''));
    expect(files.sort()).toEqual([...localeCodes].sort());
  });

  for (const code of localeCodes) {
    const strings = read(code);
    const categories = new Intl.PluralRules(locales[code].intl).resolvedOptions().pluralCategories;

    test(`${code}.json has every key of ${defaultLocale}.json and no stray ones`, () => {
      const keys = [...new Set(Object.keys(strings).map(base))].sort();
      expect(
        sourceKeys.filter((key) => !keys.includes(key)),
        'missing keys',
      ).toEqual([]);
      expect(
        keys.filter((key) => !sourceKeys.includes(key)),
        'keys German does not have',
      ).toEqual([]);
    });

    test(`${code}.json gives each counted text exactly the plural forms of its language (${categories.join(', ')})`, () => {
      for (const key of pluralKeys) {
        const forms = Object.keys(strings)
          .filter((k) => base(k) === key && k !== key)
          .map((k) => plural.exec(k)?.[2]);
        expect(forms.sort(), key).toEqual([...categories].sort());
        expect(strings[`${key}_other`], `${key}_other shows the number`).toContain('{{count}}');
      }
    });

    test(`${code}.json keeps every {{placeholder}} of the original`, () => {
      for (const key of sourceKeys) {
        if (pluralKeys.includes(key)) {
          // A form for one item may say "the service" instead of the number; nothing else may go.
          const wanted = placeholders(source[`${key}_other`]).filter((p) => p !== '{{count}}');
          for (const [k, text] of Object.entries(strings).filter(([k]) => base(k) === key)) {
            expect(
              placeholders(text).filter((p) => p !== '{{count}}'),
              k,
            ).toEqual(wanted);
          }
        } else {
          expect(placeholders(strings[key]), key).toEqual(placeholders(source[key]));
        }
      }
    });
  }

  test('counted texts take the plural form of each language', () => {
    expect(useTranslations('de')('services.count', { count: 1 })).toBe('LISKO bietet 1 Angebot an.');
    expect(useTranslations('de')('services.count', { count: 8 })).toBe('LISKO bietet 8 Angebote an.');
    // Arabic: 3–10 take the plural, 11–99 the singular (its "few" and "many" forms).
    expect(useTranslations('ar')('services.count', { count: 8 })).toBe(read('ar')['services.count_few']?.replace('{{count}}', '8'));
    expect(useTranslations('ar')('services.count', { count: 11 })).toBe(read('ar')['services.count_many']?.replace('{{count}}', '11'));
  });

  test('t() translates per language and fills placeholders', () => {
    expect(useTranslations('de')('nav.contact')).toBe('Kontakt');
    expect(uiStrings.de?.['skipLink']).toBe('Zum Inhalt springen');
  });
});
