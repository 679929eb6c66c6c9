/** Formatting of the reception hours in each visitor's language, with `Intl`. */
import type { Weekday } from '../schemas/content.ts';

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

/** Sort key so the week reads Monday → Sunday. */
export function weekdayOrder(day: Weekday): number {
  return weekdayIndex[day];
}
