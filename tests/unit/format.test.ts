import { describe, expect, test } from 'vitest';
import { formatPhoneInternational, formatPhoneLocal, telHref } from '../../src/contact/phone.ts';
import { formatTime, schemaOrgDay, weekdayName } from '../../src/hours/format.ts';
import { locales } from '../../src/i18n/locales.ts';

describe('telephone numbers', () => {
  test('are shown in the local form people in Luxembourg know', () => {
    expect(formatPhoneLocal('+35227555603')).toBe('2755-5603');
    expect(formatPhoneLocal('+352431234')).toBe('43 12 34');
    expect(formatPhoneInternational('+35227555601')).toBe('+352 2755 5601');
    expect(telHref('+35227555601')).toBe('tel:+35227555601');
  });
});

describe('hours', () => {
  test('weekdays are named in each language', () => {
    expect(weekdayName('wednesday', 'de-LU')).toBe('Mittwoch');
    expect(weekdayName('thursday', 'fr-LU')).toBe('jeudi');
    expect(weekdayName('wednesday', 'ar-u-nu-latn')).toBe('الأربعاء');
    expect(weekdayName('thursday', 'ti')).toBe('ሓሙስ');
  });

  test('times use the 24-hour clock with Western digits in every language', () => {
    for (const locale of Object.values(locales).map((info) => info.intl)) {
      expect(formatTime('08:30', locale)).toBe('08:30');
      expect(formatTime('16:00', locale)).toBe('16:00');
    }
  });

  test('schema.org day names', () => {
    expect(schemaOrgDay('wednesday')).toBe('https://schema.org/Wednesday');
  });
});
