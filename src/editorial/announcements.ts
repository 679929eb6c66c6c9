/**
 * Which announcements are shown: from `from` to `until`, both days included, counted in
 * Luxembourg's calendar at the build's "now" (src/hours/clock.ts). Pure, for the unit tests;
 * src/model/entries.ts reads the collection with these rules.
 */
import { buildNow, luxembourgDay } from '../hours/clock.ts';
import { wallClock } from '../hours/browser/schedule.ts';

export interface Dated {
  from?: string | undefined;
  until?: string | undefined;
}

/** True on the days from `from` to `until`; never for an entry without both dates. */
export function isShown(dates: Dated, now: Date = buildNow()): boolean {
  const today = luxembourgDay(now);
  return dates.from !== undefined && dates.until !== undefined && dates.from <= today && today <= dates.until;
}

/**
 * The instant a Luxembourg calendar day starts (00:00 there), e.g. 2026-12-01 → 2026-11-30T23:00Z:
 * the feeds' dates, so a reader in any zone sees the day LISKO means.
 */
export function startOfDay(date: string): Date {
  // Luxembourg is UTC+1 or +2: midnight there is 22:00 or 23:00 UTC the day before.
  for (const hours of [1, 2]) {
    const instant = new Date(Date.parse(`${date}T00:00:00Z`) - hours * 3_600_000);
    const clock = wallClock(instant);
    if (clock.date === date && clock.time === '00:00') return instant;
  }
  return new Date(`${date}T00:00:00Z`);
}

/** Newest first: the later `from`, then the name, so the order never depends on file order. */
export function newestFirst<T extends { from: string; name: string }>(a: T, b: T): number {
  return b.from.localeCompare(a.from) || a.name.localeCompare(b.name);
}

/** Markdown reduced to plain text, for calendar descriptions: `[Kontakt](/de/contact/)` → `Kontakt`. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/(\*\*|__|\*|_|`)(.+?)\1/g, '$2')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
