/**
 * The reception hours as an iCalendar file (RFC 5545) that phones and calendar programs import:
 * one weekly repeating event per slot (`RRULE`), closed days left out (`EXDATE`), all in
 * Europe/Luxembourg time with its own `VTIMEZONE`, so the hours stay at 08:30 Luxembourg time
 * for someone whose calendar runs in another zone, across both daylight-saving changes.
 * Pure: the endpoint src/pages/[lang]/reception.ics.ts gives it the content and the words.
 */
import type { Slot } from './browser/schedule.ts';
import { addDays, timeZone, weekdayOf } from './browser/schedule.ts';
import { luxembourgDay } from './clock.ts';

export interface CalendarInput {
  /** Weekly slots as [weekday 1–7, "HH:MM", "HH:MM"] (src/hours/format.ts `slotTuples`). */
  slots: readonly Slot[];
  /** Closed days, "YYYY-MM-DD", both included. */
  closures: readonly { from: string; to: string }[];
  /** BCP-47 language of the words, e.g. `de`. */
  lang: string;
  /** Calendar name, event title and description in that language. */
  name: string;
  summary: string;
  description: string;
  /** Where: the one-line postal address. */
  location: string;
  /** A page with the current hours (absolute URL), when the site address is known. */
  url?: string | undefined;
  /** Host name for stable event UIDs, e.g. `lisko.example`. */
  uidHost: string;
  /** When the hours last changed: the repeating events start on or after that day. */
  since: Date;
  /** Closures and announcements not over yet, as all-day events (see `dayEventLines`). */
  days?: readonly DayEvent[];
}

const dayCodes = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

/**
 * Text values escape backslash, semicolon, comma and line breaks (RFC 5545 §3.3.11). A line
 * break of any kind (CRLF, LF, a bare CR) becomes `\n`; other control characters, which the
 * format forbids in text (a bare CR would end the line early), are dropped; a tab stays.
 */
export function escapeText(text: string): string {
  return (
    text
      .replace(/[\\;,]/g, (char) => `\\${char}`)
      .replace(/\r\n?|\n/g, '\\n')
      // eslint-disable-next-line no-control-regex -- control characters are what this removes
      .replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, '')
  );
}

/** Lines longer than 75 octets continue on the next line after one space, never inside a character. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const bytes = encoder.encode(char).length;
    const limit = parts.length ? 74 : 75;
    if (size + bytes > limit) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += bytes;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** `2026-12-24`, `08:30` → `20261224T083000` (local time, used with TZID). */
function localDateTime(date: string, time: string): string {
  return `${date.replaceAll('-', '')}T${time.replace(':', '')}00`;
}

/** `2026-03-18T07:30:00.000Z` → `20260318T073000Z` */
function utcDateTime(instant: Date): string {
  return `${instant.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
}

/** The first date on or after `date` that falls on `weekday` (1–7). */
function firstOnOrAfter(date: string, weekday: number): string {
  return addDays(date, (weekday - weekdayOf(date) + 7) % 7);
}

/** Europe/Luxembourg since 1996: CET, CEST from the last Sunday in March to the last in October. */
const vtimezone = [
  'BEGIN:VTIMEZONE',
  `TZID:${timeZone}`,
  `X-LIC-LOCATION:${timeZone}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** The whole `.ics` file: CRLF line ends, folded lines. */
export function receptionCalendar(input: CalendarInput): string {
  // The day of the change in Luxembourg (its UTC day is the day before, late in the evening).
  const since = luxembourgDay(input.since);
  const stamp = utcDateTime(input.since);
  const language = `;LANGUAGE=${input.lang}`;
  const events = input.slots.flatMap(([day, opens, closes]) => {
    const start = firstOnOrAfter(since, day);
    const excluded = new Set<string>();
    for (const { from, to } of input.closures) {
      for (let date = firstOnOrAfter(from < start ? start : from, day); date <= to; date = addDays(date, 7)) {
        excluded.add(localDateTime(date, opens));
      }
    }
    return [
      'BEGIN:VEVENT',
      `UID:reception-${dayCodes[day - 1]?.toLowerCase()}-${opens.replace(':', '')}-${input.lang}@${input.uidHost}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;TZID=${timeZone}:${localDateTime(start, opens)}`,
      `DTEND;TZID=${timeZone}:${localDateTime(start, closes)}`,
      `RRULE:FREQ=WEEKLY;BYDAY=${dayCodes[day - 1]}`,
      ...(excluded.size ? [`EXDATE;TZID=${timeZone}:${[...excluded].sort().join(',')}`] : []),
      `SUMMARY${language}:${escapeText(input.summary)}`,
      `DESCRIPTION${language}:${escapeText(input.description)}`,
      `LOCATION${language}:${escapeText(input.location)}`,
      ...(input.url ? [`URL:${input.url}`] : []),
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    ];
  });
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//LISKO//Reception hours//${input.lang.toUpperCase()}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(input.name)}`,
    `X-WR-TIMEZONE:${timeZone}`,
    'REFRESH-INTERVAL;VALUE=DURATION:P1D',
    'X-PUBLISHED-TTL:P1D',
    ...vtimezone,
    ...events,
    ...dayEventLines(input.days ?? [], input.lang, input.uidHost, stamp),
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

/** Days shown in the calendar itself, so a subscribed calendar also shows a closure or a notice. */
export interface DayEvent {
  /** Unique within the file and stable across builds, e.g. `closure-2026-12-24-2026-12-26`. */
  uid: string;
  /** "YYYY-MM-DD", both included. */
  from: string;
  to: string;
  summary: string;
  description?: string | undefined;
  /** BCP-47 language of its words when not the calendar's: a German original shown until translated. */
  lang?: string | undefined;
}

/** All-day events (`VALUE=DATE`, end exclusive), not marked busy. */
function dayEventLines(days: readonly DayEvent[], lang: string, uidHost: string, stamp: string): string[] {
  return days.flatMap((day) => [
    'BEGIN:VEVENT',
    `UID:${day.uid}-${lang}@${uidHost}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${day.from.replaceAll('-', '')}`,
    `DTEND;VALUE=DATE:${addDays(day.to, 1).replaceAll('-', '')}`,
    `SUMMARY;LANGUAGE=${day.lang ?? lang}:${escapeText(day.summary)}`,
    ...(day.description ? [`DESCRIPTION;LANGUAGE=${day.lang ?? lang}:${escapeText(day.description)}`] : []),
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ]);
}
