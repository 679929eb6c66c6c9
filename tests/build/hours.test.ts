/**
 * SLOW (one real `astro build`, about 10–30 s): closures, announcements, feeds and last-updated
 * dates as the built site shows them. The real content has no closures and no announcements
 * (none are known here), so this builds a copy of the project with some: closures that have
 * ended, a Wednesday and a week-long period ahead; an announcement shown today (German and
 * Arabic), one that ended yesterday and one that starts tomorrow. "Today" is the build's "now",
 * set with LISKO_BUILD_NOW to half past midnight in Luxembourg, when UTC still has the day
 * before: what is shown must follow Luxembourg's calendar.
 * The copy gets a git history with known dates for the "Last updated" line.
 *
 * The copy also gets what editors change most, to prove such changes break no test: a ninth
 * service in German only, and a reception time 15 minutes later. Every expectation below reads
 * the hours and the services from the copy's content, and the checks the browser tests run on
 * the built files (links, metadata, sitemap, JSON-LD) pass on the copy too.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { defaultLocale, localeCodes, locales, type Locale } from '../../src/i18n/locales.ts';
import { hoursSchema, weekdays, type HoursData } from '../../src/content/schema.ts';
import { splitFrontmatter } from '../../src/content/check.ts';
import { addDays, wallClock, weekdayOf } from '../../src/hours/browser/schedule.ts';
import { checkJsonLd, checkLinks, checkMetadata, checkSitemap, readSite } from '../support/distChecks.ts';
import { load as parseYaml } from 'js-yaml';
import { formatDate } from '../../src/hours/format.ts';
import { builtPages } from '../support/builtPages.ts';

const projectRoot = join(import.meta.dirname, '../..');
const skip = new Set(['node_modules', 'dist', '.astro', '.git', 'test-results', 'playwright-report', 'bench-results', 'tests', 'translation-status.md']);

/** The first date on or after `date` that is a `weekday` (1 Monday … 7 Sunday). */
const next = (date: string, weekday: number) => addDays(date, (weekday - weekdayOf(date) + 7) % 7);
/** 00:30 on 1 December in Luxembourg; in UTC still 30 November. */
const buildNow = '2026-11-30T23:30:00Z';
const today = wallClock(new Date(buildNow)).date;
const ended = addDays(today, -30);
const teamDay = next(addDays(today, 14), 3); // a Wednesday
const weekFrom = next(addDays(today, 28), 1); // Monday …
const weekTo = addDays(weekFrom, 6); // … to Sunday: closes that Wednesday and Thursday

/** Announcements in the copy: German originals with their dates, translations with words only. */
const announcements = {
  shown: { name: 'workshop-date', from: today, until: addDays(today, 13), de: 'Neuer Termin für den Workshop', ar: 'موعد جديد لورشة العمل' },
  // Ended yesterday in Luxembourg: at the build's "now" that is still today in UTC.
  ended: { name: 'ended-notice', from: addDays(today, -10), until: addDays(today, -1), de: 'Schon vorbei' },
  later: { name: 'later-notice', from: addDays(today, 1), until: addDays(today, 5), de: 'Erst morgen' },
};
const translatedIn: Locale[] = [defaultLocale, 'ar'];

/** A service only the German original has (no translation yet). */
const newService = 'language-cafe';

let root = '';
let build: ReturnType<typeof spawnSync> | undefined;
/** The copy's hours, as the build reads them (with the changed time). */
let slots: HoursData['slots'] = [];
/** The copy's German services (file names). */
let services: string[] = [];
const read = (path: string) => readFileSync(join(root, 'dist', path), 'utf8');
function expectIn(path: string, snippet: string | RegExp, present = true): void {
  const html = read(path);
  const found = typeof snippet === 'string' ? html.includes(snippet) : snippet.test(html);
  expect(found, `${path} ${present ? 'should' : 'should not'} contain ${String(snippet)}`).toBe(present);
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'lisko-hours-'));
  // Not the web editor either: it is no part of what these builds check, and bundling it takes most of a build's time.
  cpSync(projectRoot, root, { recursive: true, filter: (source) => !skip.has(relative(projectRoot, source).split(sep)[0] ?? '') && relative(projectRoot, source) !== join('src', 'pages', 'admin') });
  mkdirSync(join(root, 'node_modules'));
  for (const entry of readdirSync(join(projectRoot, 'node_modules'))) {
    if (entry !== '.vite' && entry !== '.astro') symlinkSync(join(projectRoot, 'node_modules', entry), join(root, 'node_modules', entry));
  }

  const hoursFile = join(root, 'content/hours/reception.md');
  const hours = readFileSync(hoursFile, 'utf8');
  const closures = [
    'closures:',
    `  - from: ${ended}`,
    '    reason:',
    '      de: "Vorbei"',
    `  - from: ${teamDay}`,
    '    reason:',
    '      de: "Teamtag"',
    '      fr: "Journée d\'équipe"',
    `  - from: "${weekFrom}"`,
    `    to: "${weekTo}"`,
    '    reason:',
    '      de: "Betriebsferien"',
  ].join('\n');
  // Next to LISKO's own closures, or as the last field (the web editor leaves an empty list out).
  const withClosures = /^closures:/m.test(hours)
    ? hours.replace(/^closures:.*$/m, closures)
    : hours.replace(/\n---\n?$/, `\n${closures}\n---\n`);
  if (withClosures === hours) throw new Error('content/hours/reception.md changed shape: cannot add the test closures');
  // A changed time: the first reception ends 15 minutes later.
  const later = withClosures.replace(/closes: "(\d\d):(\d\d)"/, (_all, h: string, m: string) => {
    const minutes = Number(h) * 60 + Number(m) + 15;
    return `closes: "${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}"`;
  });
  if (later === withClosures) throw new Error('content/hours/reception.md changed shape: cannot change a time');
  writeFileSync(hoursFile, later);
  slots = hoursSchema.parse(parseYaml(splitFrontmatter(later)?.frontmatter ?? '')).slots;

  // A new service in German only, after the others.
  const germanServices = join(root, `content/services/${defaultLocale}`);
  const orders = readdirSync(germanServices).map((name) => Number(/^order: (\d+)$/m.exec(readFileSync(join(germanServices, name), 'utf8'))?.[1] ?? 0));
  writeFileSync(
    join(germanServices, `${newService}.md`),
    `---\ntitle: Sprachcafé\ndescription: Im Sprachcafé üben Sie Deutsch, Französisch oder Luxemburgisch in entspannter Runde.\naudience: everyone\norder: ${Math.max(...orders) + 1}\n---\n## Was ist das?\n\nEin Treffen zum Sprechen. [Kontakt](../../contact/)\n`,
  );
  services = readdirSync(germanServices).filter((name) => /^[^_].*\.md$/.test(name)).map((name) => name.replace(/\.md$/, ''));

  for (const { name, from, until, de } of Object.values(announcements)) {
    mkdirSync(join(root, 'content/announcements/de'), { recursive: true });
    writeFileSync(join(root, `content/announcements/de/${name}.md`), `---\ntitle: "${de}"\nfrom: ${from}\nuntil: "${until}"\n---\n${de}: Fragen? [Kontakt](/de/contact/).\n`);
  }
  mkdirSync(join(root, 'content/announcements/ar'), { recursive: true });
  writeFileSync(join(root, `content/announcements/ar/${announcements.shown.name}.md`), `---\ntitle: "${announcements.shown.ar}"\n---\nستُقام ورشة العمل بعد أسبوع.\n`);

  const env = { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1', GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.com', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.com' };
  const git = (args: string[], date: string) =>
    execFileSync('git', ['-C', root, ...args], { env: { ...env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date }, stdio: 'ignore' });
  git(['init', '-q'], '2026-03-01T10:00:00+01:00');
  git(['add', '-A'], '2026-03-01T10:00:00+01:00');
  git(['commit', '-q', '-m', 'Everything'], '2026-03-01T10:00:00+01:00');
  writeFileSync(join(root, 'content/pages/de/about.md'), `${readFileSync(join(root, 'content/pages/de/about.md'), 'utf8')}\nEin neuer Absatz.\n`);
  git(['commit', '-q', '-a', '-m', 'About: one more paragraph'], '2026-05-05T00:30:00+02:00');
  // Edited and not committed yet: the file's own time counts.
  const privacy = join(root, 'content/pages/de/privacy.md');
  writeFileSync(privacy, `${readFileSync(privacy, 'utf8')}\nNoch ein Satz.\n`);
  utimesSync(privacy, new Date('2026-06-15T12:00:00Z'), new Date('2026-06-15T12:00:00Z'));

  // Vitest (with Astro's Vite config) puts import.meta.env's names into process.env (PROD='' among
  // them): a build that inherited them would think it is not a production build.
  const { VITEST: _vitest, VITEST_MODE: _mode, VITEST_POOL_ID: _pool, VITEST_WORKER_ID: _worker, NODE_ENV: _nodeEnv, TEST: _test, MODE: _m, DEV: _d, PROD: _p, SSR: _s, SITE: _site, BASE_URL: _base, LISKO_ANNOUNCEMENTS_DIR: _dir, LISKO_HOURS_DIR: _hoursDir, ...cleanEnv } = process.env;
  const runEnv = { ...cleanEnv, SITE_URL: 'https://lisko.example', ASTRO_TELEMETRY_DISABLED: '1', LISKO_BUILD_NOW: buildNow };
  const check = spawnSync(process.execPath, ['scripts/check-content.ts'], { cwd: root, env: runEnv, encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`npm run check failed in the copy:\n${check.stdout}${check.stderr}`);
  build = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: root, env: runEnv, encoding: 'utf8' });
}, 240_000);

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('closures, announcements, feeds and last-updated dates in the built site — slow: builds the site', () => {
  test('the site builds', () => {
    expect(build?.status, `${build?.stdout ?? ''}${build?.stderr ?? ''}`).toBe(0);
  });

  test('the hours table lists the closures not over yet, with <time> and the reason', () => {
    const day = formatDate(teamDay, 'de-LU');
    for (const path of ['de/contact/index.html', 'de/get-support/index.html']) {
      expectIn(path, '<h3 id="hours-closures-heading">Schließtage</h3>');
      expectIn(path, `<li data-closure-to="${teamDay}">`);
      expectIn(path, `Geschlossen am <time datetime="${teamDay}">${day}</time>: <span>Teamtag</span>`);
      expectIn(path, `Geschlossen vom <time datetime="${weekFrom}">${formatDate(weekFrom, 'de-LU')}</time> bis zum <time datetime="${weekTo}">${formatDate(weekTo, 'de-LU')}</time>: <span>Betriebsferien</span>`);
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
    const exdates = weekly
      .map((event) => event.getAllProperties('exdate').flatMap((property) => property.getValues().map((value) => (value as ICAL.Time).toString())));
    // Every closed day that falls on a slot's weekday, at the slot's time (hours from the copy).
    const closedDays = [ended, teamDay, ...Array.from({ length: 7 }, (_, i) => addDays(weekFrom, i))];
    const weekday = (day: (typeof weekdays)[number]) => weekdays.indexOf(day) + 1;
    expect(exdates).toEqual(
      slots.map((slot) => closedDays.filter((date) => weekdayOf(date) === weekday(slot.day)).map((date) => `${date}T${slot.opens}:00`).sort()),
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
    for (const lang of localeCodes) {
      const built = readdirSync(join(root, 'dist', lang, 'services'), { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
      expect(built.sort(), lang).toEqual([...services].sort());
      expectIn(`${lang}/services/index.html`, `href="/${lang}/services/${newService}/"`);
    }
    // A service without its own pictogram still gets its heading (pictograms: src/services/pictograms.ts).
    expectIn(`de/services/${newService}/index.html`, /<h1[^>]*>Sprachcafé<\/h1>/);
    expectIn(`fr/services/${newService}/index.html`, '<meta name="robots" content="noindex">');
  });

  test('the changed time is on the pages, in the calendar and in JSON-LD', () => {
    const first = slots[0];
    if (!first) throw new Error('the copy has no reception time');
    expectIn('de/contact/index.html', `<time datetime="${first.closes}">${first.closes}</time>`);
    expectIn('de/reception.ics', new RegExp(`DTEND;TZID=Europe/Luxembourg:\\d{8}T${first.closes.replace(':', '')}00`));
    expectIn('de/index.html', `"closes":"${first.closes}"`);
  });

  test('the checks the browser tests run on the built files pass: links, metadata, sitemap, JSON-LD', () => {
    const site = readSite(join(root, 'dist'));
    expect(checkLinks(site)).toEqual([]);
    expect(checkMetadata(site)).toEqual([]);
    expect(checkSitemap(site)).toEqual([]);
    expect(checkJsonLd(site)).toEqual([]);
  }, 60_000); // reads and parses every built page
});

describe('announcements, feeds and the calendar at the build’s "now" — same build', () => {
  const pages = () => builtPages(join(root, 'dist')).filter((page) => page.lang);
  const html = (path: string) => read(`${path.slice(1)}${path.endsWith('/') ? 'index.html' : ''}`);
  const { shown, ended: endedNotice, later } = announcements;

  test('shown first in <main> on every page of its languages, in that language', () => {
    const own = pages().filter((page) => translatedIn.includes(page.lang!));
    expect(own.length).toBeGreaterThan(0);
    for (const page of own) {
      const title = page.lang === 'ar' ? shown.ar : shown.de;
      expect(html(page.path), page.path).toMatch(
        new RegExp(`<main id="main" tabindex="-1"><section class="announcements" aria-label="[^"]+"><div class="announcement notice" data-announcement="${shown.name}">[\\s\\S]*?<strong>${title}</strong>`),
      );
    }
  });

  test('in German, marked lang="de", on every page of the other languages', () => {
    const others = pages().filter((page) => !translatedIn.includes(page.lang!));
    expect(new Set(others.map((page) => page.lang))).toEqual(new Set(localeCodes.filter((code) => !translatedIn.includes(code))));
    for (const page of others) {
      expect(html(page.path), page.path).toMatch(
        new RegExp(`<main id="main" tabindex="-1"><section class="announcements" aria-label="[^"]+"><div class="announcement notice" data-announcement="${shown.name}" lang="de" dir="ltr">[\\s\\S]*?<strong>${shown.de}</strong>`),
      );
    }
  });

  test('nowhere before its first day or after its last (Luxembourg’s calendar), not in pages, feeds or calendars', () => {
    const files = pages().map((page) => html(page.path));
    for (const lang of localeCodes) files.push(read(`${lang}/feed.xml`), read(`${lang}/reception.ics`));
    for (const { name, de } of [endedNotice, later]) {
      expect(files.filter((text) => text.includes(name) || text.includes(de))).toEqual([]);
    }
  });

  test('every page links its language’s feed in the head', () => {
    for (const page of pages()) {
      expect(html(page.path), page.path).toContain(`<link rel="alternate" type="application/atom+xml" href="/${page.lang}/feed.xml"`);
    }
  });

  describe.each(localeCodes)('/%s/feed.xml', (lang) => {
    const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', isArray: (name) => ['entry', 'link'].includes(name) });
    interface Link { '@_href': string; '@_rel'?: string }
    interface Entry { id: string; title: string | { '#text': string }; updated: string; link: Link[]; content?: { '#text': string; '@_type': string } }
    const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
    const text = (value: Entry['title']) => (typeof value === 'string' ? value : value['#text']);
    const feedOf = () => {
      const xml = read(`${lang}/feed.xml`);
      // Throws, naming the line, when the XML is not well-formed.
      expect(SyntaxValidator.validate(xml)).toBe(true);
      return (parser.parse(xml) as { feed: { '@_xmlns': string; '@_xml:lang': string; id: string; title: string; updated: string; author: { name: string }; link: Link[]; entry?: Entry[] } }).feed;
    };

    test('is well-formed Atom with its id, title, language, author, updated date and links', () => {
      const feed = feedOf();
      const address = `https://lisko.example/${lang}/feed.xml`;
      expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
      expect(feed['@_xml:lang']).toBe(locales[lang].lang);
      expect(feed.id).toBe(address);
      expect(feed.title).toMatch(/^LISKO – \S/);
      expect(feed.author.name).toBe('LISKO');
      expect(feed.updated).toMatch(rfc3339);
      expect(feed.link).toEqual([
        { '@_rel': 'alternate', '@_href': `https://lisko.example/${lang}/` },
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
      expect(titles.slice(1).join('\n')).toContain(formatDate(teamDay, locales[lang].intl));
      expect(titles.slice(1).join('\n')).toContain(formatDate(weekFrom, locales[lang].intl));
      expect(titles.join('\n')).not.toContain(formatDate(ended, locales[lang].intl));
      expect(new Set(entries.map((entry) => entry.id)).size).toBe(entries.length);
      for (const entry of entries) {
        expect(entry.id).toMatch(new RegExp(`^tag:lisko\\.example,\\d{4}-\\d{2}-\\d{2}:[a-z]+/${lang}/`));
        expect(entry.updated).toMatch(rfc3339);
        expect(entry.link[0]?.['@_href']).toMatch(new RegExp(`^https://lisko\\.example/${lang}/`));
      }
      // The announcement's text as HTML, its links resolving against the feed's address.
      const body = lang === 'ar' ? '<p>ستُقام ورشة العمل' : '<a href="/de/contact/">Kontakt</a>';
      expect(entries[0]?.content).toEqual({ '@_type': 'html', '#text': expect.stringContaining(body) });
    });
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
