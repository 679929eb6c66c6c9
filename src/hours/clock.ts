/**
 * Time as the build reckons it, in one place: the build's "now" and the days and dates in
 * Luxembourg, which the status line, the calendar file, the translation status and the dates on
 * pages all use. (The browser's status line reckons with src/hours/browser/schedule.ts, the same
 * wall clock without this module's `process.env`.)
 */
import { timeZone, wallClock } from './browser/schedule.ts';

/**
 * "Now" as the build sees it: which announcements and closures are current, and from when the
 * status line's clock table starts. Read here and nowhere else, so a test can set it:
 * `LISKO_BUILD_NOW=2026-12-01T06:00:00Z npm run build` builds the site as it will look then.
 * Unset, it is the moment of the build (the daily scheduled build keeps the site current).
 */
export const buildNowVariable = 'LISKO_BUILD_NOW';

export function buildNow(): Date {
  const value = process.env[buildNowVariable]?.trim();
  if (!value) return new Date();
  const instant = new Date(value);
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value) || Number.isNaN(instant.getTime())) {
    throw new Error(`${buildNowVariable} must be a moment with its time zone, like 2026-12-01T06:00:00Z (found "${value}")`);
  }
  return instant;
}

/**
 * The day the full test suite (`npm test`) last passed on the version being built, for the
 * accessibility statement: given by whoever ran it, `LISKO_TESTED_ON=2026-05-04` (the deploy
 * workflow sets it after its test step). Unset, the statement shows a placeholder that
 * `npm run deploy:check` refuses: the site does not claim a test nobody reported.
 */
export const testedOnVariable = 'LISKO_TESTED_ON';

export function testedOn(): string | undefined {
  const value = process.env[testedOnVariable]?.trim();
  if (!value) return undefined;
  const day = dayAt(value);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(day.getTime()) || !day.toISOString().startsWith(value)) {
    throw new Error(`${testedOnVariable} must be the day the tests passed, like 2026-05-04 (found "${value}")`);
  }
  return value;
}

/** Noon (UTC) of a calendar day, `2026-05-04`: the same day in Luxembourg, for longDate. */
export function dayAt(day: string): Date {
  return new Date(`${day}T12:00:00Z`);
}

/** `2026-05-01`: the calendar day in Luxembourg on which an instant falls. */
export function luxembourgDay(instant: Date | number): string {
  return wallClock(instant).date;
}

/** "12 March 2026" in a visitor's language, the day as it was in Luxembourg: the dates pages show. */
export function longDate(instant: Date, intlLocale: string): string {
  return new Intl.DateTimeFormat(intlLocale, { dateStyle: 'long', timeZone }).format(instant);
}
