/**
 * Announcements: shown from `from` to `until` in Luxembourg's calendar at the build's "now"
 * (LISKO_BUILD_NOW), their feed dates, and their all-day events in the calendar file.
 */
import ICAL from 'ical.js';
import { afterEach, describe, expect, test } from 'vitest';
import { isShown, newestFirst, plainText, startOfDay } from '../../src/editorial/announcements.ts';
import { buildNow, buildNowVariable } from '../../src/hours/clock.ts';
import { receptionCalendar } from '../../src/hours/ics.ts';
import { wallClock } from '../../src/hours/browser/schedule.ts';

const dates = { from: '2026-12-01', until: '2026-12-14' };

describe('isShown: from `from` to `until`, both included, in Luxembourg’s calendar', () => {
  test.each([
    ['2026-11-30T22:59:00Z', false], // 23:59 on 30 November in Luxembourg
    ['2026-11-30T23:00:00Z', true], // midnight on 1 December in Luxembourg, still 30 November in UTC
    ['2026-12-14T22:59:00Z', true], // 23:59 on the last day
    ['2026-12-14T23:00:00Z', false], // midnight after it, still 14 December in UTC
  ])('at %s: %s', (now, shown) => {
    expect(isShown(dates, new Date(now))).toBe(shown);
  });

  test('in summer time too (UTC+2)', () => {
    const summer = { from: '2027-07-01', until: '2027-07-01' };
    expect(isShown(summer, new Date('2027-06-30T21:59:00Z'))).toBe(false);
    expect(isShown(summer, new Date('2027-06-30T22:00:00Z'))).toBe(true);
    expect(isShown(summer, new Date('2027-07-01T22:00:00Z'))).toBe(false);
  });

  test('never without both dates (a translation carries none; the original must)', () => {
    expect(isShown({ from: '2026-12-01' }, new Date('2026-12-05T12:00:00Z'))).toBe(false);
    expect(isShown({}, new Date('2026-12-05T12:00:00Z'))).toBe(false);
  });
});

describe('the build’s "now" (LISKO_BUILD_NOW)', () => {
  const saved = process.env[buildNowVariable];
  afterEach(() => {
    if (saved === undefined) delete process.env[buildNowVariable];
    else process.env[buildNowVariable] = saved;
  });

  test('is the moment set, and what isShown uses when given nothing', () => {
    process.env[buildNowVariable] = '2026-11-30T23:30:00Z';
    expect(buildNow().toISOString()).toBe('2026-11-30T23:30:00.000Z');
    expect(isShown(dates)).toBe(true);
    process.env[buildNowVariable] = '2026-12-15T00:30:00+01:00';
    expect(isShown(dates)).toBe(false);
  });

  test('is the current time when unset', () => {
    delete process.env[buildNowVariable];
    const before = Date.now();
    const now = buildNow().getTime();
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now).toBeLessThanOrEqual(Date.now());
  });

  test.each(['2026-12-01', 'tomorrow', '2026-12-01T06:00:00', '2026-13-01T06:00:00Z'])('refuses %s with a plain message', (value) => {
    process.env[buildNowVariable] = value;
    expect(() => buildNow()).toThrow(`${buildNowVariable} must be a moment with its time zone, like 2026-12-01T06:00:00Z (found "${value}")`);
  });
});

describe('feed dates', () => {
  test('a day starts at midnight in Luxembourg, winter and summer', () => {
    expect(startOfDay('2026-12-01').toISOString()).toBe('2026-11-30T23:00:00.000Z');
    expect(startOfDay('2027-07-01').toISOString()).toBe('2027-06-30T22:00:00.000Z');
    // The days the clocks change: midnight is still before the change at 02:00/03:00.
    expect(startOfDay('2027-03-28').toISOString()).toBe('2027-03-27T23:00:00.000Z');
    expect(startOfDay('2027-10-31').toISOString()).toBe('2027-10-30T22:00:00.000Z');
    for (const date of ['2026-12-01', '2027-03-28', '2027-10-31']) expect(wallClock(startOfDay(date))).toMatchObject({ date, time: '00:00' });
  });

  test('newest first: the later start, then the name', () => {
    const list = [
      { from: '2026-12-01', name: 'b' },
      { from: '2026-12-03', name: 'z' },
      { from: '2026-12-01', name: 'a' },
    ];
    expect(list.sort(newestFirst).map((item) => item.name)).toEqual(['z', 'a', 'b']);
  });
});

test('plainText: Markdown as calendar text', () => {
  expect(plainText('## Neu\n\nDer **Workshop** ist am *14.*: [Kontakt](/de/contact/), ![Plan](/images/plan.png).\n\n\n\nEnde.')).toBe(
    'Neu\n\nDer Workshop ist am 14.: Kontakt, Plan.\n\nEnde.',
  );
});

describe('the calendar file with closures and announcements as all-day events', () => {
  const ics = receptionCalendar({
    slots: [[3, '08:30', '11:30']],
    closures: [{ from: '2026-12-24', to: '2026-12-26' }],
    lang: 'ar',
    name: 'LISKO',
    summary: 'LISKO',
    description: 'LISKO',
    location: 'LISKO, 13, rue de Bragance, L-1255 Luxembourg',
    uidHost: 'lisko.example',
    since: new Date('2026-03-01T10:00:00Z'),
    days: [
      { uid: 'closure-2026-12-24-2026-12-26', from: '2026-12-24', to: '2026-12-26', summary: 'LISKO مغلق: عيد الميلاد' },
      { uid: 'announcement-workshop', from: '2026-12-01', to: '2026-12-01', summary: 'موعد جديد، لورشة العمل', description: 'سطر\nسطر آخر' },
    ],
  });
  const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((event) => new ICAL.Event(event));
  const allDay = events.filter((event) => event.startDate.isDate);

  test('each is one all-day event from its first to its last day (the end is the day after)', () => {
    expect(allDay.map((event) => [event.summary, event.startDate.toString(), event.endDate.toString()])).toEqual([
      ['LISKO مغلق: عيد الميلاد', '2026-12-24', '2026-12-27'],
      ['موعد جديد، لورشة العمل', '2026-12-01', '2026-12-02'],
    ]);
    expect(allDay[1]?.description).toBe('سطر\nسطر آخر');
  });

  test('with unique, stable identifiers, not marked busy; the weekly hours stay as they were', () => {
    expect(allDay.map((event) => event.uid)).toEqual(['closure-2026-12-24-2026-12-26-ar@lisko.example', 'announcement-workshop-ar@lisko.example']);
    expect(new Set(events.map((event) => event.uid)).size).toBe(events.length);
    expect(allDay.every((event) => event.component.getFirstPropertyValue('transp') === 'TRANSPARENT')).toBe(true);
    expect(events.filter((event) => !event.startDate.isDate)).toHaveLength(1);
  });

  test('without any, the file has only the weekly events', () => {
    const plain = receptionCalendar({
      slots: [[3, '08:30', '11:30']],
      closures: [],
      lang: 'de',
      name: 'L',
      summary: 'L',
      description: 'L',
      location: 'L',
      uidHost: 'lisko.example',
      since: new Date('2026-03-01T10:00:00Z'),
    });
    expect(plain).not.toContain('VALUE=DATE');
  });
});
