/** Formatting of the reception hours in each visitor's language, with `Intl`. */
import { defaultLocale, locales, type Locale } from '../i18n/locales.ts';
import type { ClosureData } from '../model/schema.ts';
import { typeset } from '../model/typography.ts';
import type { Weekday } from '../model/model.ts';
import { buildNow, luxembourgDay } from './clock.ts';
import { offsetTable, type Closure, type OffsetTable, type Slot } from './browser/schedule.ts';

const weekdayIndex: Record<Weekday, number> = {
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
  sunday: 7,
};

/** schema.org's names, for JSON-LD's `dayOfWeek`. */
export function schemaOrgDay(day: Weekday): string {
  return `https://schema.org/${day.charAt(0).toUpperCase()}${day.slice(1)}`;
}

/** "Mittwoch", "mercredi", "الأربعاء" … (2024-01-01 was a Monday). */
export function weekdayName(day: Weekday, intlLocale: string): string {
  const date = new Date(Date.UTC(2024, 0, weekdayIndex[day]));
  return new Intl.DateTimeFormat(intlLocale, { weekday: 'long', timeZone: 'UTC' }).format(date);
}

/** "08:30" in the visitor's language, always on the 24-hour clock as on LISKO's door. */
export function formatTime(time: string, intlLocale: string): string {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  const date = new Date(Date.UTC(2024, 0, 1, hours, minutes));
  return new Intl.DateTimeFormat(intlLocale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' }).format(date);
}

/** The weekly slots as compact tuples for src/hours/browser/schedule.ts, in the order given (hoursSchema sorts them). */
export function slotTuples(slots: readonly { day: Weekday; opens: string; closes: string }[]): Slot[] {
  return slots.map((slot): Slot => [weekdayIndex[slot.day], slot.opens, slot.closes]);
}

/** A closure's reason in one language; German when that language has none. */
export function reasonIn(reason: Partial<Record<Locale, string>>, lang: Locale): string {
  return reason[lang] ?? reason[defaultLocale] ?? '';
}

/** Closures as tuples with their reason in one language (marked when German stands in), for schedule.ts and the browser. */
export function closureTuples(closures: readonly ClosureData[], lang: Locale): Closure[] {
  // The script writes the reason itself, after the build typeset the page: typeset here (French spaces).
  return closures.map((closure): Closure =>
    closure.reason[lang] === undefined && lang !== defaultLocale
      ? [closure.from, closure.to, reasonIn(closure.reason, lang), locales[defaultLocale].lang]
      : [closure.from, closure.to, typeset(lang, reasonIn(closure.reason, lang))],
  );
}

/** Closures not over yet today (Luxembourg time, at the build's "now"), earliest first: the ones visitors see. */
export function currentClosures(closures: readonly ClosureData[], now: Date = buildNow()): ClosureData[] {
  const today = luxembourgDay(now);
  return closures.filter((closure) => closure.to >= today).sort((a, b) => a.from.localeCompare(b.from));
}

/** "Donnerstag, 24. Dezember 2026" for a "YYYY-MM-DD" date, in the visitor's language. */
export function formatDate(date: string, intlLocale: string, withYear = true): string {
  return new Intl.DateTimeFormat(intlLocale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    ...(withYear ? { year: 'numeric' } : {}),
    timeZone: 'UTC',
  }).format(new Date(`${date}T00:00:00Z`));
}

/** The seven weekday names, Monday first, in the visitor's language. */
export function weekdayNames(intlLocale: string): string[] {
  return Object.keys(weekdayIndex).map((day) => weekdayName(day as Weekday, intlLocale));
}

let offsets: { day: number; table: OffsetTable } | undefined;

/**
 * Luxembourg's UTC offsets from yesterday for about two years, for the status line's script
 * (schedule.ts: `wallClockFrom`); after that the script falls back to `Intl`. The same for
 * every page of a build (recomputed when the day changes).
 */
export function offsetsForBrowser(now = buildNow().getTime()): OffsetTable {
  const day = Math.floor(now / 864e5) * 864e5;
  if (offsets?.day !== day) offsets = { day, table: offsetTable(day - 864e5, day + 800 * 864e5) };
  return offsets.table;
}
