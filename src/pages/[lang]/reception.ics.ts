/**
 * `/<lang>/reception.ics`: the weekly reception hours, the closures (left out of the hours and as
 * all-day events) and the announcements shown today, as a calendar file, with
 * its words in one language. Built once per language at build time, like every page.
 */
import type { APIRoute } from 'astro';
import { locales, type Locale } from '../../i18n/locales.ts';
import { useTypesetTranslations } from '../../i18n/ui.ts';
import { plainText } from '../../editorial/announcements.ts';
import { getAnnouncements, getContact, getHours, hoursFile } from '../../model/entries.ts';
import { currentClosures, reasonIn, slotTuples } from '../../hours/format.ts';
import { receptionCalendar } from '../../hours/ics.ts';
import { lastChanged } from '../../editorial/gitHistory.ts';
import { languagePaths } from '../../routing/staticPaths.ts';
import { formatPhoneLocal } from '../../contact/phone.ts';
import { addressLine, pageUrl } from '../../routing/urls.ts';
import { typeset } from '../../model/typography.ts';

export const getStaticPaths = languagePaths;

export const GET: APIRoute = async ({ params, site }) => {
  const lang = params['lang'] as Locale;
  const t = useTypesetTranslations(lang);
  const hours = await getHours();
  const contact = await getContact();
  const pageAddress = site ? new URL(pageUrl(lang, 'get-support'), site).href : undefined;
  const phones = contact.phones.map(formatPhoneLocal).join(', ');
  const body = receptionCalendar({
    slots: slotTuples(hours.slots),
    closures: hours.closures,
    lang: locales[lang].lang,
    name: t('hours.calendarName'),
    summary: t('hours.calendarSummary'),
    description: [t('hours.calendarDescription', { phones }), pageAddress].filter(Boolean).join('\n'),
    location: `${contact.name}, ${addressLine(contact)}`,
    url: pageAddress,
    uidHost: site?.hostname ?? 'lisko.example',
    since: lastChanged(hoursFile),
    // Not over yet at the build's "now": the daily build takes ended ones out of subscribed calendars.
    days: [
      ...currentClosures(hours.closures).map((closure) => ({
        uid: `closure-${closure.from}-${closure.to}`,
        from: closure.from,
        to: closure.to,
        summary: t('calendar.closed', { reason: reasonIn(closure.reason, lang) }),
      })),
      ...(await getAnnouncements(lang)).map((announcement) => ({
        uid: `announcement-${announcement.name}`,
        from: announcement.from,
        to: announcement.until,
        summary: typeset(announcement.textLang, announcement.entry.data.title),
        description: typeset(announcement.textLang, plainText(announcement.entry.body ?? '')),
        lang: locales[announcement.textLang].lang,
      })),
    ],
  });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
