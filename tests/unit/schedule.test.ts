/**
 * The schedule logic shared by the build and the status line: Luxembourg wall-clock time from
 * an instant, open now / next reception, closures, midnight and both daylight-saving nights.
 */
import { describe, expect, test } from 'vitest';
import { addDays, receptionStatus, wallClock, weekdayOf, type Closure, type Slot } from '../../src/hours/browser/schedule.ts';
import { closureTuples, currentClosures, formatDate, reasonIn, slotTuples } from '../../src/hours/format.ts';
import type { ClosureData } from '../../src/model/schema.ts';
import { organizationData } from '../../src/contact/jsonLd.ts';

/** LISKO's reception as in content/hours/reception.md. */
const slots: Slot[] = slotTuples([
  { day: 'thursday', opens: '14:00', closes: '16:00' },
  { day: 'wednesday', opens: '08:30', closes: '11:30' },
]);

/** The status at a UTC instant, as a short readable string. */
function at(instant: string, closures: Closure[] = []): string {
  const status = receptionStatus(slots, closures, wallClock(new Date(instant)));
  if (!status) return 'none';
  const closed = status.closedToday ? `closed today (${status.closedToday[2]}); ` : '';
  return status.open ? `${closed}open until ${status.slot[2]}` : `${closed}next ${status.date} (+${status.inDays}) ${status.slot[1]}–${status.slot[2]}`;
}

describe('Luxembourg wall-clock time', () => {
  test('is read in Europe/Luxembourg whatever the machine’s zone', () => {
    // Winter: UTC+1.
    expect(wallClock(new Date('2027-01-13T07:29:00Z'))).toEqual({ date: '2027-01-13', day: 3, time: '08:29' });
    // Summer: UTC+2.
    expect(wallClock(new Date('2027-07-14T06:30:00Z'))).toEqual({ date: '2027-07-14', day: 3, time: '08:30' });
    // Just before and after midnight, local date changes while UTC's does not.
    expect(wallClock(new Date('2027-01-12T22:59:59Z'))).toEqual({ date: '2027-01-12', day: 2, time: '23:59' });
    expect(wallClock(new Date('2027-01-12T23:00:00Z'))).toEqual({ date: '2027-01-13', day: 3, time: '00:00' });
  });

  test('follows both daylight-saving changes', () => {
    // 28 March 2027: 02:00 CET jumps to 03:00 CEST at 01:00 UTC.
    expect(wallClock(new Date('2027-03-28T00:59:00Z')).time).toBe('01:59');
    expect(wallClock(new Date('2027-03-28T01:00:00Z')).time).toBe('03:00');
    // 31 October 2027: 03:00 CEST goes back to 02:00 CET at 01:00 UTC; 02:30 happens twice.
    expect(wallClock(new Date('2027-10-31T00:30:00Z')).time).toBe('02:30');
    expect(wallClock(new Date('2027-10-31T01:30:00Z')).time).toBe('02:30');
    expect(wallClock(new Date('2027-10-31T01:30:00Z')).date).toBe('2027-10-31');
  });

  test('calendar arithmetic is plain dates, unaffected by clock changes', () => {
    expect(addDays('2027-03-27', 1)).toBe('2027-03-28');
    expect(addDays('2027-03-28', 1)).toBe('2027-03-29');
    expect(addDays('2027-10-30', 2)).toBe('2027-11-01');
    expect(addDays('2027-12-31', 1)).toBe('2028-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(weekdayOf('2027-01-13')).toBe(3);
    expect(weekdayOf('2027-01-17')).toBe(7);
  });
});

describe('open now or next reception', () => {
  test('Wednesday 08:29: not yet, today at 08:30', () => {
    expect(at('2027-01-13T07:29:00Z')).toBe('next 2027-01-13 (+0) 08:30–11:30');
  });
  test('Wednesday 08:30: open until 11:30', () => {
    expect(at('2027-01-13T07:30:00Z')).toBe('open until 11:30');
  });
  test('Wednesday 11:29: still open', () => {
    expect(at('2027-01-13T10:29:59Z')).toBe('open until 11:30');
  });
  test('Wednesday 11:30: closed, next is Thursday', () => {
    expect(at('2027-01-13T10:30:00Z')).toBe('next 2027-01-14 (+1) 14:00–16:00');
  });
  test('Thursday 15:59: open until 16:00', () => {
    expect(at('2027-01-14T14:59:00Z')).toBe('open until 16:00');
  });
  test('Thursday 16:00: next is Wednesday', () => {
    expect(at('2027-01-14T15:00:00Z')).toBe('next 2027-01-20 (+6) 08:30–11:30');
  });
  test('Friday: next is Wednesday', () => {
    expect(at('2027-01-15T10:00:00Z')).toBe('next 2027-01-20 (+5) 08:30–11:30');
  });
  test('Tuesday 23:59 and Wednesday 00:00 either side of midnight', () => {
    expect(at('2027-01-12T22:59:00Z')).toBe('next 2027-01-13 (+1) 08:30–11:30');
    expect(at('2027-01-12T23:00:00Z')).toBe('next 2027-01-13 (+0) 08:30–11:30');
  });

  test('the nights the clocks change', () => {
    // Spring: before and after the jump, the next reception is Wednesday 08:30 local time.
    expect(at('2027-03-28T00:30:00Z')).toBe('next 2027-03-31 (+3) 08:30–11:30');
    expect(at('2027-03-28T01:30:00Z')).toBe('next 2027-03-31 (+3) 08:30–11:30');
    // That Wednesday, 08:30 CEST is 06:30 UTC (it was 07:30 UTC in winter).
    expect(at('2027-03-31T06:29:00Z')).toBe('next 2027-03-31 (+0) 08:30–11:30');
    expect(at('2027-03-31T06:30:00Z')).toBe('open until 11:30');
    // Autumn: both 02:30s, and the first Wednesday after it, back to 07:30 UTC.
    expect(at('2027-10-31T00:30:00Z')).toBe('next 2027-11-03 (+3) 08:30–11:30');
    expect(at('2027-10-31T01:30:00Z')).toBe('next 2027-11-03 (+3) 08:30–11:30');
    expect(at('2027-11-03T06:30:00Z')).toBe('next 2027-11-03 (+0) 08:30–11:30');
    expect(at('2027-11-03T07:30:00Z')).toBe('open until 11:30');
  });
});

describe('closures', () => {
  const teamDay: Closure = ['2027-01-13', '2027-01-13', 'Teamtag'];
  const christmas: Closure = ['2027-12-23', '2028-01-02', 'Weihnachten'];

  test('a closed Wednesday: says so, and points to Thursday', () => {
    expect(at('2027-01-13T07:00:00Z', [teamDay])).toBe('closed today (Teamtag); next 2027-01-14 (+1) 14:00–16:00');
    // During what would have been the slot, too.
    expect(at('2027-01-13T08:00:00Z', [teamDay])).toBe('closed today (Teamtag); next 2027-01-14 (+1) 14:00–16:00');
  });

  test('once the day’s slot would have ended, the closure is no longer news', () => {
    expect(at('2027-01-13T11:00:00Z', [teamDay])).toBe('next 2027-01-14 (+1) 14:00–16:00');
  });

  test('a closure on a day without reception changes nothing that day', () => {
    expect(at('2027-01-15T10:00:00Z', [['2027-01-15', '2027-01-15', 'Feiertag']])).toBe('next 2027-01-20 (+5) 08:30–11:30');
  });

  test('a closed period skips every slot in it, both ends included', () => {
    expect(at('2027-12-22T12:00:00Z', [christmas])).toBe('next 2028-01-05 (+14) 08:30–11:30');
    expect(at('2027-12-30T07:30:00Z', [christmas])).toBe('closed today (Weihnachten); next 2028-01-05 (+6) 08:30–11:30');
  });

  test('everything closed for longer than the horizon: no next reception', () => {
    expect(at('2027-01-13T07:00:00Z', [['2027-01-01', '2029-12-31', 'Umbau']])).toBe('none');
  });

  const data = (from: string, to: string, reason: ClosureData['reason']): ClosureData => ({ from, to, reason });

  test('ended closures are left out; the others are sorted', () => {
    const closures = [
      data('2027-12-23', '2028-01-02', { de: 'Weihnachten' }),
      data('2027-01-04', '2027-01-05', { de: 'Teamtage' }),
      data('2027-01-13', '2027-01-13', { de: 'Teamtag' }),
    ];
    // 13 January, 10:00 in Luxembourg: the 4–5 January closure has ended; today's has not.
    expect(currentClosures(closures, new Date('2027-01-13T09:00:00Z')).map((c) => c.from)).toEqual(['2027-01-13', '2027-12-23']);
    // 14 January, 00:30 in Luxembourg (still the 13th in UTC): the team day is over.
    expect(currentClosures(closures, new Date('2027-01-13T23:30:00Z')).map((c) => c.from)).toEqual(['2027-12-23']);
  });

  test('a reason falls back to German when a language has none', () => {
    const reason = { de: 'Feiertag', fr: 'Jour férié' };
    expect(reasonIn(reason, 'fr')).toBe('Jour férié');
    expect(reasonIn(reason, 'ti')).toBe('Feiertag');
    // The German stand-in is marked as German, so screen readers pronounce it as such.
    expect(closureTuples([data('2027-05-01', '2027-05-01', reason)], 'en')).toEqual([['2027-05-01', '2027-05-01', 'Feiertag', 'de']]);
    expect(closureTuples([data('2027-05-01', '2027-05-01', reason)], 'fr')).toEqual([['2027-05-01', '2027-05-01', 'Jour férié']]);
    expect(closureTuples([data('2027-05-01', '2027-05-01', reason)], 'de')).toEqual([['2027-05-01', '2027-05-01', 'Feiertag']]);
    // The browser writes the reason itself: French gets its spaces here, as the build gives the page.
    expect(closureTuples([data('2027-05-01', '2027-05-01', { de: 'Feiertag', fr: 'Fermé : fête' })], 'fr')).toEqual([
      ['2027-05-01', '2027-05-01', 'Fermé\u202f: fête'],
    ]);
  });

  test('closure dates are written out in each language', () => {
    expect(formatDate('2027-12-23', 'de-LU')).toBe('Donnerstag, 23. Dezember 2027');
    expect(formatDate('2027-12-23', 'fr-LU')).toBe('jeudi 23 décembre 2027');
    expect(formatDate('2027-12-23', 'ar-u-nu-latn')).toMatch(/الخميس.*23.*2027/);
  });
});

describe('JSON-LD', () => {
  const contact = {
    name: 'LISKO',
    legalName: 'Lëtzebuerger Integratiouns- a Sozialkohäsiounszenter',
    street: '13, rue de Bragance',
    postalCode: 'L-1255',
    city: 'Luxembourg',
    phones: ['+35227555603'],
  };
  const hours = {
    slots: [{ day: 'wednesday' as const, opens: '08:30', closes: '11:30' }],
    closures: [
      { from: '2027-01-04', to: '2027-01-05', reason: { de: 'Teamtage' } },
      { from: '2027-12-23', to: '2028-01-02', reason: { de: 'Weihnachten' } },
    ],
  };

  test('closures not over yet are special opening hours, closed all day', () => {
    const data = organizationData(contact, hours, 'https://lisko.example/', new Date('2027-01-13T09:00:00Z'));
    expect(data.location.specialOpeningHoursSpecification).toEqual([
      { '@type': 'OpeningHoursSpecification', validFrom: '2027-12-23', validThrough: '2028-01-02', opens: '00:00', closes: '00:00' },
    ]);
    expect(data.location.openingHoursSpecification).toEqual([
      { '@type': 'OpeningHoursSpecification', dayOfWeek: 'https://schema.org/Wednesday', opens: '08:30', closes: '11:30' },
    ]);
  });

  test('the address names its country, which the content does not hold (it is always Luxembourg)', () => {
    const data = organizationData(contact, hours, undefined);
    expect(data.address).toEqual({
      '@type': 'PostalAddress',
      streetAddress: contact.street,
      postalCode: contact.postalCode,
      addressLocality: contact.city,
      addressCountry: 'LU',
    });
    expect(data.location.address).toEqual(data.address);
  });

  test('no closures: no special opening hours at all', () => {
    const data = organizationData(contact, { ...hours, closures: [] }, undefined);
    expect(data.location).not.toHaveProperty('specialOpeningHoursSpecification');
    expect(data).not.toHaveProperty('url');
  });
});
