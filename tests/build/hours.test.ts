/**
 * Closures, announcements, feeds and last-updated dates as the built site shows them, on the
 * variant build (tests/support/variantSite.ts), which leaves LISKO's own closures and
 * announcements out (they come and go) and adds known ones: closures that have ended, a
 * Wednesday and a week-long period ahead; an announcement shown today (German and Arabic), one
 * that ended yesterday and one that starts tomorrow. "Today" is the build's "now", half past
 * midnight in Luxembourg, when UTC still has the day before: what is shown must follow
 * Luxembourg's calendar. The variant's git history has known dates for the "Last updated" line.
 *
 * The variant also has what editors change most, to prove such changes break no test: a ninth
 * service in German only, and a reception time 15 minutes later. Every expectation below reads
 * the hours and the services from the variant's content.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { weekdays } from '../../src/model/model.ts';
import { addDays, weekdayOf } from '../../src/hours/browser/schedule.ts';
import { formatDate } from '../../src/hours/format.ts';
import { typeset } from '../../src/model/typography.ts';
import { builtPages } from '../support/builtPages.ts';
import {
  announcementLanguages as translatedIn,
  announcements,
  base,
  ended,
  newService,
  nextWeekday as next,
  siteUrl,
  teamDay,
  url,
  variantDist,
  variantLanguages,
  variantLocales,
  weekFrom,
  weekTo,
} from '../support/variantSite.ts';
import { build, expectIn, read } from './variant.ts';

const { slots, services } = build;

describe('closures, announcements, feeds and last-updated dates in the built site — slow: builds the site', () => {
  test('the hours table lists the closures not over yet, with <time> and the reason', () => {
    const day = formatDate(teamDay, 'de-LU');
    for (const path of ['de/contact/index.html', 'de/get-support/index.html']) {
      expectIn(path, '<h3 id="hours-closures-heading">Schließtage</h3>');
      expectIn(path, `<li data-closure-to="${teamDay}">`);
      expectIn(path, `Geschlossen am <time datetime="${teamDay}">${day}</time>: <span>Teamtag</span>`);
      expectIn(
        path,
        `Geschlossen vom <time datetime="${weekFrom}">${formatDate(weekFrom, 'de-LU')}</time> bis zum <time datetime="${weekTo}">${formatDate(weekTo, 'de-LU')}</time>: <span>Betriebsferien</span>`,
      );
      expectIn(path, 'Vorbei', false);
    }
    // The home page and the help block on every page show them too.
    expectIn('de/index.html', /class="key-fact first-screen"[\s\S]*data-closure-to[\s\S]*class="help-block"[\s\S]*data-closure-to/);
    expectIn('de/about/index.html', `<li data-closure-to="${teamDay}">`);
  });

  test('a reason missing in a language is shown in German, marked as German', () => {
    expectIn('fr/contact/index.html', /<span>Journée d(&#39;|')équipe<\/span>/);
    expectIn('fr/contact/index.html', '<span lang="de">Betriebsferien</span>');
    expectIn('ar/contact/index.html', '<span lang="de">Teamtag</span>');
  });

  test('the status line gets the closures with the reason in the page’s language', () => {
    const data = /data-reception="([^"]+)"/.exec(read('fr/contact/index.html'))?.[1]?.replaceAll('&quot;', '"').replaceAll('&#39;', "'");
    const parsed = JSON.parse(data ?? '{}') as { c: string[][] };
    expect(parsed.c).toEqual([
      [teamDay, teamDay, "Journée d'équipe"],
      [weekFrom, weekTo, 'Betriebsferien', 'de'],
    ]);
  });

  test('JSON-LD: each closure not over yet as special opening hours, closed all day', () => {
    const json = /<script type="application\/ld\+json">(.*?)<\/script>/.exec(read('de/contact/index.html'))?.[1];
    const data = JSON.parse(json ?? '{}') as { location: { specialOpeningHoursSpecification: unknown } };
    expect(data.location.specialOpeningHoursSpecification).toEqual([
      { '@type': 'OpeningHoursSpecification', validFrom: teamDay, validThrough: teamDay, opens: '00:00', closes: '00:00' },
      { '@type': 'OpeningHoursSpecification', validFrom: weekFrom, validThrough: weekTo, opens: '00:00', closes: '00:00' },
    ]);
  });

  test('the calendar file leaves out the closed days', () => {
    const calendar = new ICAL.Component(ICAL.parse(read('de/reception.ics')));
    const weekly = calendar.getAllSubcomponents('vevent').filter((event) => event.hasProperty('rrule'));
    const exdates = weekly.map((event) =>
      event.getAllProperties('exdate').flatMap((property) => property.getValues().map((value) => (value as ICAL.Time).toString())),
    );
    // Every closed day that falls on a slot's weekday, at the slot's time (hours from the copy).
    const closedDays = [ended, teamDay, ...Array.from({ length: 7 }, (_, i) => addDays(weekFrom, i))];
    const weekday = (day: (typeof weekdays)[number]) => weekdays.indexOf(day) + 1;
    expect(exdates).toEqual(
      slots.map((slot) =>
        closedDays
          .filter((date) => weekdayOf(date) === weekday(slot.day))
          .map((date) => `${date}T${slot.opens}:00`)
          .sort(),
      ),
    );
    // The series starts on the first slot day after the hours last changed (the commit above).
    const starts = weekly.map((event) => String(event.getFirstPropertyValue('dtstart')));
    expect(starts).toEqual(slots.map((slot) => `${next('2026-03-02', weekday(slot.day))}T${slot.opens}:00`));
  });

  test('last updated: the last commit of the page’s file, in Luxembourg’s calendar and the visitor’s language', () => {
    expectIn('de/accessibility/index.html', '<p class="last-updated">Zuletzt geändert: <time datetime="2026-03-01">1. März 2026</time></p>');
    // 00:30 on 5 May in Luxembourg is still 4 May in UTC: Luxembourg's calendar counts.
    expectIn('de/about/index.html', '<p class="last-updated">Zuletzt geändert: <time datetime="2026-05-05">5. Mai 2026</time></p>');
    expectIn('en/about/index.html', '<time datetime="2026-03-01">1 March 2026</time>');
    // Uncommitted edit: the file's modification time.
    expectIn('de/privacy/index.html', '<time datetime="2026-06-15">15. Juni 2026</time>');
  });
});

describe('a new German-only service and a changed time break nothing — same build', () => {
  test('the new service is built in every language, a German fallback where there is no translation, and listed', () => {
    for (const lang of variantLanguages) {
      const built = readdirSync(join(variantDist, lang, 'services'), { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name);
      expect(built.sort(), lang).toEqual([...services].sort());
      expectIn(`${lang}/services/index.html`, `href="${base}${lang}/services/${newService}/"`);
    }
    // A service without its own pictogram still gets its heading (pictograms: src/services/pictograms.ts).
    expectIn(`de/services/${newService}/index.html`, /<h1[^>]*>Sprachcafé<\/h1>/);
    expectIn(`fr/services/${newService}/index.html`, '<meta name="robots" content="noindex">');
    // In Arabic: the German title and text marked German, left to right; the way back to all
    // services and the page around them stay Arabic, right to left. (No audience label: LISKO names
    // none for a new service, src/content/choices.ts.)
    expectIn(`ar/services/${newService}/index.html`, /<div class="page"><p class="breadcrumb screen-only">/);
    expectIn(`ar/services/${newService}/index.html`, /<h1 class="service-title" lang="de" dir="ltr">/);
    expectIn(`ar/services/${newService}/index.html`, /<div class="prose" lang="de" dir="ltr">/);
    expect(read(`ar/services/${newService}/index.html`)).not.toContain('class="tag"');
    expectIn('ar/services/index.html', new RegExp(`<li class="card" lang="de" dir="ltr">(?:(?!</li>)[\\s\\S])*href="${base}ar/services/${newService}/"`));
  });

  test('the changed time is on the pages, in the calendar and in JSON-LD', () => {
    const first = slots[0];
    if (!first) throw new Error('the copy has no reception time');
    expectIn('de/contact/index.html', `<time datetime="${first.closes}">${first.closes}</time>`);
    expectIn('de/reception.ics', new RegExp(`DTEND;TZID=Europe/Luxembourg:\\d{8}T${first.closes.replace(':', '')}00`));
    expectIn('de/index.html', `"closes":"${first.closes}"`);
  });
});

describe('announcements, feeds and the calendar at the build’s "now" — same build', () => {
  const pages = () =>
    builtPages(variantDist)
      .map(({ path }) => ({ path, lang: path.split('/')[1] ?? '' }))
      .filter((page) => variantLanguages.includes(page.lang));
  const html = (path: string) => read(`${path.slice(1)}${path.endsWith('/') ? 'index.html' : ''}`);
  const { shown, ended: endedNotice, later } = announcements;

  test('shown first in <main> on every page of its languages, in that language', () => {
    const own = pages().filter((page) => translatedIn.includes(page.lang));
    expect(own.length).toBeGreaterThan(0);
    for (const page of own) {
      const title = page.lang === 'ar' ? shown.ar : shown.de;
      expect(html(page.path), page.path).toMatch(
        new RegExp(
          `<main id="main" tabindex="-1"><section class="announcements" aria-label="[^"]+"><div class="announcement notice" data-announcement="${shown.name}">[\\s\\S]*?<strong>${title}</strong>`,
        ),
      );
    }
  });

  test('in German, marked lang="de", on every page of the other languages', () => {
    const others = pages().filter((page) => !translatedIn.includes(page.lang));
    expect(new Set(others.map((page) => page.lang))).toEqual(new Set(variantLanguages.filter((code) => !translatedIn.includes(code))));
    for (const page of others) {
      expect(html(page.path), page.path).toMatch(
        new RegExp(
          `<main id="main" tabindex="-1"><section class="announcements" aria-label="[^"]+"><div class="announcement notice" data-announcement="${shown.name}" lang="de" dir="ltr">[\\s\\S]*?<strong>${shown.de}</strong>`,
        ),
      );
    }
  });

  test('nowhere before its first day or after its last (Luxembourg’s calendar), not in pages, feeds or calendars', () => {
    const files = pages().map((page) => html(page.path));
    for (const lang of variantLanguages) files.push(read(`${lang}/feed.xml`), read(`${lang}/reception.ics`));
    for (const { name, de } of [endedNotice, later]) {
      expect(files.filter((text) => text.includes(name) || text.includes(de))).toEqual([]);
    }
  });

  test('every page links its language’s feed in the head', () => {
    for (const page of pages()) {
      expect(html(page.path), page.path).toContain(`<link rel="alternate" type="application/atom+xml" href="${base}${page.lang}/feed.xml"`);
    }
  });

  describe.each(variantLanguages)('/%s/feed.xml', (lang) => {
    const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', isArray: (name) => ['entry', 'link'].includes(name) });
    interface Link {
      '@_href': string;
      '@_rel'?: string;
    }
    interface Entry {
      id: string;
      title: string | { '#text': string };
      updated: string;
      link: Link[];
      content?: { '#text': string; '@_type': string };
    }
    const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
    const text = (value: Entry['title']) => (typeof value === 'string' ? value : value['#text']);
    const feedOf = () => {
      const xml = read(`${lang}/feed.xml`);
      // Throws, naming the line, when the XML is not well-formed.
      expect(SyntaxValidator.validate(xml)).toBe(true);
      return (
        parser.parse(xml) as {
          feed: {
            '@_xmlns': string;
            '@_xml:lang': string;
            id: string;
            title: string;
            updated: string;
            author: { name: string };
            link: Link[];
            entry?: Entry[];
          };
        }
      ).feed;
    };

    test('is well-formed Atom with its id, title, language, author, updated date and links', () => {
      const feed = feedOf();
      const address = url(`${lang}/feed.xml`);
      expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
      expect(feed['@_xml:lang']).toBe(variantLocales[lang]!.lang);
      expect(feed.id).toBe(address);
      expect(feed.title).toMatch(/^LISKO – \S/);
      expect(feed.author.name).toBe('LISKO');
      expect(feed.updated).toMatch(rfc3339);
      expect(feed.link).toEqual([
        { '@_rel': 'alternate', '@_href': url(`${lang}/`) },
        { '@_rel': 'self', '@_href': address },
      ]);
    });

    test('lists the announcement shown and the closures not over yet, newest first, each with a unique id, a date and a link', () => {
      const feed = feedOf();
      const entries = feed.entry ?? [];
      const titles = entries.map((entry) => text(entry.title));
      // Announcements start at midnight in Luxembourg; closures carry the hours file's last change.
      expect(entries.map((entry) => entry.updated)).toEqual(['2026-11-30T23:00:00.000Z', '2026-03-01T09:00:00.000Z', '2026-03-01T09:00:00.000Z']);
      expect(feed.updated).toBe(entries[0]?.updated);
      expect(titles[0]).toBe(lang === 'ar' ? shown.ar : shown.de);
      expect(titles.slice(1).join('\n')).toContain(formatDate(teamDay, variantLocales[lang]!.intl));
      expect(titles.slice(1).join('\n')).toContain(formatDate(weekFrom, variantLocales[lang]!.intl));
      expect(titles.join('\n')).not.toContain(formatDate(ended, variantLocales[lang]!.intl));
      expect(new Set(entries.map((entry) => entry.id)).size).toBe(entries.length);
      for (const entry of entries) {
        expect(entry.id).toMatch(new RegExp(`^tag:${new URL(siteUrl).hostname.replaceAll('.', '\\.')},\\d{4}-\\d{2}-\\d{2}:[a-z]+/${lang}/`));
        expect(entry.updated).toMatch(rfc3339);
        expect(entry.link[0]?.['@_href']?.startsWith(url(`${lang}/`))).toBe(true);
      }
      // The announcement's text as HTML, its links (written from /) with the sub-path, so they
      // resolve against the feed's address.
      const body = lang === 'ar' ? /<p>ستُقام ورشة العمل/ : new RegExp(`<a href="${base}de/contact/">Kontakt</a>`);
      expect(entries[0]?.content).toEqual({ '@_type': 'html', '#text': expect.stringMatching(body) });
    });
  });

  test('French words in the feed and the calendar are typeset as the pages are; a German original shown there is not', () => {
    const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'entry' }).parse(read('fr/feed.xml')) as {
      feed: { title: string; entry: { title: string | { '#text': string } }[] };
    };
    const [announcement, ...closures] = xml.feed.entry.map(({ title }) => (typeof title === 'string' ? title : title['#text']));
    const calendar = new ICAL.Component(ICAL.parse(read('fr/reception.ics')));
    const events = calendar.getAllSubcomponents('vevent');
    const french = [
      xml.feed.title,
      ...closures,
      String(calendar.getFirstPropertyValue('x-wr-calname')),
      ...events
        .flatMap((event) => [...event.getAllProperties('summary'), ...event.getAllProperties('description')])
        .filter((property) => property.getParameter('language') === 'fr')
        .map((property) => String(property.getFirstValue())),
    ];
    // The French texts hold marks that need the space (« : »), so the test can fail.
    expect(french.filter((text) => text.includes('\u202f:')).length).toBeGreaterThan(0);
    expect(french.filter((text) => typeset('fr', text) !== text)).toEqual([]);
    // The announcement is the German original, marked German in the calendar, with German spacing
    // (its text: "…Workshop: Fragen? Kontakt").
    expect(announcement).toBe(shown.de);
    expect(read('fr/feed.xml')).toContain(`${shown.de}: Fragen?`);
    const german = events
      .flatMap((event) => [...event.getAllProperties('summary'), ...event.getAllProperties('description')])
      .filter((property) => property.getParameter('language') === 'de')
      .map((property) => String(property.getFirstValue()));
    expect(german).toEqual([shown.de, `${shown.de}: Fragen? Kontakt.`]);
  });

  test('the calendar file has the closures not over yet and the announcement as all-day events, in its language', () => {
    for (const lang of ['de', 'ar', 'fr'] as const) {
      const calendar = new ICAL.Component(ICAL.parse(read(`${lang}/reception.ics`)));
      const days = calendar
        .getAllSubcomponents('vevent')
        .map((event) => new ICAL.Event(event))
        .filter((event) => event.startDate.isDate)
        .map((event) => [event.summary, event.startDate.toString(), event.endDate.toString()]);
      expect(days.map(([, from, to]) => [from, to])).toEqual([
        [teamDay, addDays(teamDay, 1)],
        [weekFrom, addDays(weekTo, 1)],
        [shown.from, addDays(shown.until, 1)],
      ]);
      expect(days[2]?.[0]).toBe(lang === 'ar' ? shown.ar : shown.de);
    }
  });
});
