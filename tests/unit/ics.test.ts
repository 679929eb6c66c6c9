/**
 * The reception hours as an .ics file: read back with ical.js (the parser behind Thunderbird's
 * calendar), its repeating events expanded in Luxembourg time with the file's own VTIMEZONE.
 */
import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { escapeText, foldLine, receptionCalendar, type CalendarInput } from '../../src/hours/ics.ts';
import { slotTuples } from '../../src/hours/format.ts';

const input: CalendarInput = {
  slots: slotTuples([
    { day: 'wednesday', opens: '08:30', closes: '11:30' },
    { day: 'thursday', opens: '14:00', closes: '16:00' },
  ]),
  closures: [
    { from: '2027-01-13', to: '2027-01-13' },
    { from: '2027-12-23', to: '2028-01-02' },
    // Before the series starts: nothing to leave out.
    { from: '2026-12-24', to: '2026-12-24' },
  ],
  lang: 'de',
  name: 'LISKO – Empfangszeiten',
  summary: 'LISKO: Empfang',
  description: 'Empfangszeit bei LISKO; die einzige Bedingung: mitmachen wollen. Telefon: 2755-5603, 2755-5601.',
  location: 'LISKO, 13, rue de Bragance, L-1255 Luxembourg',
  url: 'https://lisko.example/de/get-support/',
  uidHost: 'lisko.example',
  since: new Date('2027-01-05T10:00:00Z'),
};
const text = receptionCalendar(input);

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const zone = calendar.getFirstSubcomponent('vtimezone');
  if (!zone) throw new Error('no VTIMEZONE');
  ICAL.TimezoneService.register(zone);
  return calendar;
}

/** The first `count` occurrences of an event, as UTC instants. */
function occurrences(event: ICAL.Event, count: number): string[] {
  const iterator = event.iterator();
  const found: string[] = [];
  for (let next = iterator.next(); next && found.length < count; next = iterator.next()) {
    found.push(next.toJSDate().toISOString());
  }
  return found;
}

describe('the .ics file', () => {
  const calendar = parse(text);
  const events = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
  const [wednesday, thursday] = events;

  test('is a published calendar with Luxembourg’s time zone', () => {
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('LISKO – Empfangszeiten');
    const zone = calendar.getFirstSubcomponent('vtimezone');
    expect(zone?.getFirstPropertyValue('tzid')).toBe('Europe/Luxembourg');
    expect(
      zone
        ?.getAllSubcomponents()
        .map((part) => part.name)
        .sort(),
    ).toEqual(['daylight', 'standard']);
  });

  test('has one weekly event per reception slot, in Luxembourg time', () => {
    expect(events).toHaveLength(2);
    expect(wednesday?.component.getFirstProperty('dtstart')?.getParameter('tzid')).toBe('Europe/Luxembourg');
    expect(wednesday?.startDate.zone?.tzid).toBe('Europe/Luxembourg');
    expect(wednesday?.startDate.toString()).toBe('2027-01-06T08:30:00');
    expect(wednesday?.endDate.toString()).toBe('2027-01-06T11:30:00');
    expect(thursday?.startDate.toString()).toBe('2027-01-07T14:00:00');
    expect(thursday?.endDate.toString()).toBe('2027-01-07T16:00:00');
    expect(wednesday?.component.getFirstPropertyValue('rrule')?.toString()).toBe('FREQ=WEEKLY;BYDAY=WE');
    expect(thursday?.component.getFirstPropertyValue('rrule')?.toString()).toBe('FREQ=WEEKLY;BYDAY=TH');
  });

  test('carries the words, the address and stable identifiers', () => {
    expect(wednesday?.summary).toBe('LISKO: Empfang');
    expect(wednesday?.description).toBe(input.description);
    expect(wednesday?.location).toBe('LISKO, 13, rue de Bragance, L-1255 Luxembourg');
    expect(wednesday?.component.getFirstProperty('summary')?.getParameter('language')).toBe('de');
    expect(wednesday?.uid).toBe('reception-we-0830-de@lisko.example');
    expect(thursday?.uid).toBe('reception-th-1400-de@lisko.example');
    expect(wednesday?.component.getFirstPropertyValue('dtstamp')?.toString()).toBe('2027-01-05T10:00:00Z');
  });

  test('leaves out the closed days (EXDATE), in Luxembourg time', () => {
    const exdates = (event: ICAL.Event | undefined) =>
      event?.component.getAllProperties('exdate').flatMap((property) => property.getValues().map((value) => (value as ICAL.Time).toString()));
    expect(exdates(wednesday)).toEqual(['2027-01-13T08:30:00', '2027-12-29T08:30:00']);
    expect(exdates(thursday)).toEqual(['2027-12-23T14:00:00', '2027-12-30T14:00:00']);
    expect(wednesday?.component.getFirstProperty('exdate')?.getParameter('tzid')).toBe('Europe/Luxembourg');
    expect(text).toContain('EXDATE;TZID=Europe/Luxembourg:20270113T083000,20271229T083000\r\n');
  });

  test('expands to 08:30 Luxembourg time in winter and in summer, without the closed days', () => {
    // 07:30 UTC in winter (CET), 06:30 UTC in summer (CEST); 13 January is closed.
    expect(occurrences(wednesday!, 3)).toEqual(['2027-01-06T07:30:00.000Z', '2027-01-20T07:30:00.000Z', '2027-01-27T07:30:00.000Z']);
    const iterator = wednesday!.iterator();
    const all: string[] = [];
    for (let next = iterator.next(); next && all.length < 60; next = iterator.next()) all.push(next.toJSDate().toISOString());
    expect(all).toContain('2027-03-24T07:30:00.000Z');
    expect(all).toContain('2027-03-31T06:30:00.000Z'); // first Wednesday after the spring change
    expect(all).toContain('2027-10-27T06:30:00.000Z');
    expect(all).toContain('2027-11-03T07:30:00.000Z'); // first Wednesday after the autumn change
    expect(all).not.toContain('2027-12-29T07:30:00.000Z');
    expect(all).toContain('2028-01-05T07:30:00.000Z');
  });

  test('follows the format: CRLF line ends, lines of at most 75 octets, escaped text', () => {
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(text).toContain('LOCATION;LANGUAGE=de:LISKO\\, 13\\, rue de Bragance\\, L-1255 Luxembourg\r\n');
    expect(escapeText('a;b,c\\d\ne')).toBe('a\\;b\\,c\\\\d\\ne');
  });

  test('control characters never reach the file: a bare CR becomes a line break in the text, others are dropped', () => {
    expect(escapeText('a\rb\r\nc\u0000d\u001be\u007ff\tg')).toBe('a\\nb\\ncdef\tg');
    const hostile = receptionCalendar({
      ...input,
      name: 'Name\rX-INJECTED:1',
      summary: 'Summary\u000bwith a vertical tab',
      description: 'Line one\rBEGIN:VALARM',
      location: 'LISKO\r\nATTENDEE:mailto:someone@example.com',
    });
    // Every CR is part of a CRLF line end, and no line was injected.
    // eslint-disable-next-line no-control-regex -- no control character may be left
    expect(hostile.replaceAll('\r\n', '')).not.toMatch(/[\u0000-\u0008\u000a-\u001f\u007f]/);
    for (const line of hostile.split('\r\n')) expect(line).not.toMatch(/^(X-INJECTED|BEGIN:VALARM|ATTENDEE)/);
  });

  test('folds long lines between characters, never inside one', () => {
    const line = `DESCRIPTION:${'ሰዓት ምቕባል ኣብ LISKO። '.repeat(8)}`;
    const folded = foldLine(line);
    for (const part of folded.split('\r\n')) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
    expect(
      folded
        .split('\r\n')
        .map((part, index) => (index ? part.slice(1) : part))
        .join(''),
    ).toBe(line);
  });

  test('has no EXDATE line when nothing is closed', () => {
    const open = parse(receptionCalendar({ ...input, closures: [] }));
    expect(open.getAllSubcomponents('vevent').flatMap((event) => event.getAllProperties('exdate'))).toEqual([]);
  });
});
