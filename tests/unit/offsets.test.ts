/** The browser's Intl-free clock (offset table) agrees with Intl at every minute that matters. */
import { describe, expect, test } from 'vitest';
import { offsetTable, wallClock, wallClockFrom } from '../../src/hours/browser/schedule.ts';

const from = Date.parse('2026-11-25T00:00:00Z');
const until = from + 800 * 864e5;
const table = offsetTable(from, until);

describe('offset table for Europe/Luxembourg', () => {
  test('changes exactly when the clocks change (last Sundays of March and October, 01:00 UTC)', () => {
    expect(table[1].map(([at, minutes]) => [new Date(at).toISOString(), minutes])).toEqual([
      ['2026-11-25T00:00:00.000Z', 60],
      ['2027-03-28T01:00:00.000Z', 120],
      ['2027-10-31T01:00:00.000Z', 60],
      ['2028-03-26T01:00:00.000Z', 120],
      ['2028-10-29T01:00:00.000Z', 60],
    ]);
  });

  test('gives the same wall clock as Intl, every 7 hours 13 minutes and around each change', () => {
    const instants: number[] = [];
    for (let at = from; at < until; at += 7 * 3_600_000 + 13 * 60_000) instants.push(at);
    for (const [change] of table[1].slice(1)) for (let d = -3; d <= 3; d++) instants.push(change + d * 60_000 - 1);
    for (const at of instants) expect(wallClockFrom(at, table), new Date(at).toISOString()).toEqual(wallClock(at));
  });

  test('says nothing outside its period, so the caller asks Intl', () => {
    expect(wallClockFrom(from - 1, table)).toBeUndefined();
    expect(wallClockFrom(until, table)).toBeUndefined();
    expect(wallClockFrom(from, undefined)).toBeUndefined();
  });
});
