/**
 * When is reception open? Pure functions, shared by the build (hours table, JSON-LD, .ics) and
 * by the browser's status line (src/hours/browser/status.ts), so keep this module small and free of
 * imports. Everything is reckoned in Luxembourg's wall-clock time, read with `Intl`: the
 * visitor's own time zone and the days when clocks change do not matter, because LISKO's door
 * opens at 08:30 local time whatever the offset from UTC is that day.
 */

export const timeZone = 'Europe/Luxembourg';

/** A weekly slot, compact because it travels to the browser: [weekday 1 (Mon) … 7 (Sun), "HH:MM", "HH:MM"]. */
export type Slot = readonly [day: number, opens: string, closes: string];

/**
 * Closed from one local day to another, both included, "YYYY-MM-DD"; optionally the reason, and
 * the reason's language when it is not the page's (a German fallback).
 */
export type Closure = readonly [from: string, to: string, reason?: string, reasonLang?: string];

/** A moment as a clock on LISKO's wall shows it. */
export interface WallClock {
  /** "YYYY-MM-DD" */
  date: string;
  /** 1 (Monday) … 7 (Sunday) */
  day: number;
  /** "HH:MM", 24-hour clock */
  time: string;
}

const formats = new Map<string, Intl.DateTimeFormat>();

/** The date, weekday and time in `zone` (default Luxembourg) at an instant. */
export function wallClock(instant: Date | number, zone = timeZone): WallClock {
  let format = formats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    });
    formats.set(zone, format);
  }
  const part: Record<string, string> = {};
  for (const { type, value } of format.formatToParts(instant)) part[type] = value;
  const date = `${part['year']}-${part['month']}-${part['day']}`;
  // Some engines once wrote midnight as "24"; h23 should prevent it, this makes sure.
  const hour = part['hour'] === '24' ? '00' : part['hour'];
  return { date, day: weekdayOf(date), time: `${hour}:${part['minute']}` };
}

/**
 * Luxembourg's offset from UTC over a period, for the browser: `[until, [[from, minutes], …]]`,
 * each offset valid from its instant to the next one's, the last one until `until`.
 * With it the browser reads the wall clock by adding minutes (`wallClockFrom`): no `Intl`,
 * whose first use blocks a phone's main thread for tens of milliseconds while ICU starts.
 */
export type OffsetTable = readonly [until: number, changes: readonly (readonly [from: number, minutes: number])[]];

const minute = 60_000;
const hour = 60 * minute;

/** Minutes the wall clock in `zone` is ahead of UTC at an instant (a whole minute). */
function offsetAt(instant: number, zone: string): number {
  const { date, time } = wallClock(instant, zone);
  return Math.round((Date.parse(`${date}T${time}:00Z`) - Math.floor(instant / minute) * minute) / minute);
}

/** The offsets of `zone` from `from` to `until`, each change found to the minute. */
export function offsetTable(from: number, until: number, zone = timeZone): OffsetTable {
  const start = Math.floor(from / hour) * hour;
  const changes: [number, number][] = [[start, offsetAt(start, zone)]];
  for (let at = start + hour; at < until; at += hour) {
    const offset = offsetAt(at, zone);
    if (offset === changes[changes.length - 1]![1]) continue;
    let [before, after] = [at - hour, at];
    while (after - before > minute) {
      const middle = Math.floor((before + after) / 2 / minute) * minute;
      if (offsetAt(middle, zone) === offset) after = middle;
      else before = middle;
    }
    changes.push([after, offset]);
  }
  return [until, changes];
}

/** The wall clock from an offset table, or undefined outside its period (then use `wallClock`). */
export function wallClockFrom(instant: number, table: OffsetTable | undefined): WallClock | undefined {
  const [until, changes] = table ?? [0, []];
  const first = changes[0];
  if (!first || instant < first[0] || instant >= until) return undefined;
  let minutes = first[1];
  for (const [from, offset] of changes) {
    if (from > instant) break;
    minutes = offset;
  }
  const local = new Date(instant + minutes * minute).toISOString();
  const date = local.slice(0, 10);
  return { date, day: weekdayOf(date), time: local.slice(11, 16) };
}

/** 1 (Monday) … 7 (Sunday) for a "YYYY-MM-DD" calendar date. */
export function weekdayOf(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay() || 7;
}

/** The calendar date `days` after `date` (plain calendar arithmetic, no clocks involved). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 864e5).toISOString().slice(0, 10);
}

/** The closure that covers a local date, if any. */
export function closureOn<C extends Closure>(date: string, closures: readonly C[]): C | undefined {
  return closures.find(([from, to]) => from <= date && date <= to);
}

export interface Status {
  /** True while reception is open right now, until `slot[2]`. */
  open: boolean;
  /** The slot open now, or the next one that is not closed. */
  slot: Slot;
  /** Its local date, and how many days from today that is (0 = today). */
  date: string;
  inDays: number;
  /** When today would have had reception but is closed: that closure. */
  closedToday: Closure | undefined;
}

/**
 * Open now, or the next reception, seen from `now` (Luxembourg wall clock). A slot counts as
 * open from its opening minute up to, not including, its closing minute. Undefined when no
 * reception happens within `horizon` days (everything closed).
 */
export function receptionStatus(slots: readonly Slot[], closures: readonly Closure[], now: WallClock, horizon = 400): Status | undefined {
  const todayClosure = closureOn(now.date, closures);
  const closedToday = slots.some(([day, , closes]) => day === now.day && closes > now.time) ? todayClosure : undefined;
  for (let inDays = 0; inDays <= horizon; inDays++) {
    const date = addDays(now.date, inDays);
    if (closureOn(date, closures)) continue;
    const day = weekdayOf(date);
    const slot = slots.filter(([slotDay, , closes]) => slotDay === day && (inDays > 0 || closes > now.time)).sort((a, b) => (a[1] < b[1] ? -1 : 1))[0];
    if (slot) return { open: inDays === 0 && slot[1] <= now.time, slot, date, inDays, closedToday };
  }
  return undefined;
}
