import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { defaultLocale, localeCodes } from '../../src/i18n/locales.ts';
import { uiStrings, useTranslations } from '../../src/i18n/ui.ts';

const dir = new URL('../../src/i18n/ui/', import.meta.url);
const read = (code: string): Record<string, string> => JSON.parse(readFileSync(new URL(`${code}.json`, dir), 'utf8'));
const sourceKeys = Object.keys(read(defaultLocale)).sort();

describe('UI strings', () => {
  test('there is exactly one file per configured language', () => {
    const files = readdirSync(dir).filter((name) => name.endsWith('.json')).map((name) => name.replace('.json', ''));
    expect(files.sort()).toEqual([...localeCodes].sort());
  });

  for (const code of localeCodes) {
    test(`${code}.json has every key of ${defaultLocale}.json and no stray ones`, () => {
      const keys = Object.keys(read(code)).sort();
      expect(sourceKeys.filter((key) => !keys.includes(key)), 'missing keys').toEqual([]);
      expect(keys.filter((key) => !sourceKeys.includes(key)), 'keys German does not have').toEqual([]);
    });

    test(`${code}.json keeps every {{placeholder}} of the original`, () => {
      const strings = read(code);
      const source = read(defaultLocale);
      for (const key of sourceKeys) {
        const wanted = (source[key]?.match(/{{\w+}}/g) ?? []).sort();
        expect((strings[key]?.match(/{{\w+}}/g) ?? []).sort(), key).toEqual(wanted);
      }
    });
  }

  test('t() translates per language and fills placeholders', () => {
    expect(useTranslations('de')('nav.contact')).toBe('Kontakt');
    expect(uiStrings.de?.['skipLink']).toBe('Zum Inhalt springen');
  });
});
