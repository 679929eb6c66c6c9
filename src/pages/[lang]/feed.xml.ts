/**
 * `/<lang>/feed.xml`: the announcements shown today and the closures not over yet, as an Atom
 * feed that social workers can follow in a feed reader, newest first. Made with the `feed`
 * library: @astrojs/rss writes RSS 2.0 only, and the site promises Atom (RFC 4287).
 */
import type { APIRoute } from 'astro';
import { Feed } from 'feed';
import { locales, type Locale } from '../../i18n/locales.ts';
import { useTypesetTranslations } from '../../i18n/ui.ts';
import { startOfDay } from '../../editorial/announcements.ts';
import { getAnnouncements, getContact, getHours, hoursFile } from '../../model/entries.ts';
import { currentClosures, formatDate, reasonIn } from '../../hours/format.ts';
import { lastChanged } from '../../editorial/gitHistory.ts';
import { languagePaths } from '../../routing/staticPaths.ts';
import { feedUrl, pageUrl } from '../../routing/urls.ts';
import { typeset } from '../../model/typography.ts';
import { typesetHtml } from '../../deploy/typesetPages.ts';

export const getStaticPaths = languagePaths;

export const GET: APIRoute = async ({ params, site }) => {
  const lang = params['lang'] as Locale;
  const t = useTypesetTranslations(lang);
  const intl = locales[lang].intl;
  const base = site ?? new URL('https://lisko.example');
  const absolute = (path: string) => new URL(path, base).href;
  // tag: URIs (RFC 4151) stay the same when the site moves to another address.
  const tag = (date: string, what: string) => `tag:${base.hostname},${date}:${what}`;

  const announcements = (await getAnnouncements(lang)).map((announcement) => ({
    // In its own language: a German original shown until the translation exists keeps German spacing.
    title: typeset(announcement.textLang, announcement.entry.data.title),
    id: tag(announcement.from, `announcement/${lang}/${announcement.name}`),
    link: absolute(pageUrl(lang, 'home')),
    // The day it was first shown: when it was published, as far as the site knows.
    date: startOfDay(announcement.from),
    content: announcement.entry.rendered && typesetHtml(announcement.entry.rendered.html, announcement.textLang),
  }));
  // When the hours file last changed, i.e. when LISKO published the closures it lists.
  const hoursChanged = lastChanged(hoursFile);
  const closures = currentClosures((await getHours()).closures).map((closure) => {
    const reason = reasonIn(closure.reason, lang);
    const title =
      closure.from === closure.to
        ? t('hours.closedOn', { date: formatDate(closure.from, intl), reason })
        : t('hours.closedFromTo', { from: formatDate(closure.from, intl), to: formatDate(closure.to, intl), reason });
    return {
      title,
      id: tag(closure.from, `closure/${lang}/${closure.from}/${closure.to}`),
      link: absolute(pageUrl(lang, 'get-support')),
      date: hoursChanged,
      content: undefined,
    };
  });
  const entries = [...announcements, ...closures].sort((a, b) => b.date.getTime() - a.date.getTime());

  const contact = await getContact();
  const feed = new Feed({
    title: t('feed.title'),
    id: absolute(feedUrl(lang)),
    link: absolute(pageUrl(lang, 'home')),
    feed: absolute(feedUrl(lang)),
    language: locales[lang].lang,
    updated: entries[0]?.date ?? hoursChanged,
    author: { name: contact.name, link: absolute(pageUrl(lang, 'home')) },
    generator: false,
  });
  for (const { content, ...entry } of entries) feed.addItem(content ? { ...entry, content } : entry);
  // The library has no option for the feed's language: readers need it for Arabic, Tigrinya …
  const root = '<feed xmlns="http://www.w3.org/2005/Atom">';
  const xml = feed.atom1();
  if (!xml.includes(root)) throw new Error('feed.xml: the feed library changed its output; cannot set xml:lang');
  const body = xml.replace(root, `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${locales[lang].lang}">`);
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
