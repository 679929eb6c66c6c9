/**
 * SLOW (one real `astro build`, about 10–30 s): closures and last-updated dates as the built site
 * shows them. The real content has no closures (LISKO's are not known here), so this builds a
 * copy of the project whose content/hours/reception.md has three: one that has ended, one
 * Wednesday and one week-long period ahead, dated from today so the test never goes stale.
 * The copy gets a git history with known dates for the "Last updated" line.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { addDays, wallClock, weekdayOf } from '../../src/utils/schedule.ts';
import { formatDate } from '../../src/utils/hours.ts';

const projectRoot = join(import.meta.dirname, '../..');
const skip = new Set(['node_modules', 'dist', '.astro', '.git', 'test-results', 'playwright-report', 'bench-results', 'tests', 'translation-status.md']);

/** The first date on or after `date` that is a `weekday` (1 Monday … 7 Sunday). */
const next = (date: string, weekday: number) => addDays(date, (weekday - weekdayOf(date) + 7) % 7);
const today = wallClock(new Date()).date;
const ended = addDays(today, -30);
const teamDay = next(addDays(today, 14), 3); // a Wednesday
const weekFrom = next(addDays(today, 28), 1); // Monday …
const weekTo = addDays(weekFrom, 6); // … to Sunday: closes that Wednesday and Thursday

let root = '';
let build: ReturnType<typeof spawnSync> | undefined;
const read = (path: string) => readFileSync(join(root, 'dist', path), 'utf8');
function expectIn(path: string, snippet: string | RegExp, present = true): void {
  const html = read(path);
  const found = typeof snippet === 'string' ? html.includes(snippet) : snippet.test(html);
  expect(found, `${path} ${present ? 'should' : 'should not'} contain ${String(snippet)}`).toBe(present);
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'lisko-hours-'));
  cpSync(projectRoot, root, { recursive: true, filter: (source) => !skip.has(relative(projectRoot, source).split(sep)[0] ?? '') });
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
  const withClosures = hours.replace(/^closures: \[\]$/m, closures);
  if (withClosures === hours) throw new Error('content/hours/reception.md changed shape: cannot add the test closures');
  writeFileSync(hoursFile, withClosures);

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
  const { VITEST: _vitest, VITEST_MODE: _mode, VITEST_POOL_ID: _pool, VITEST_WORKER_ID: _worker, NODE_ENV: _nodeEnv, TEST: _test, MODE: _m, DEV: _d, PROD: _p, SSR: _s, SITE: _site, BASE_URL: _base, ...cleanEnv } = process.env;
  const runEnv = { ...cleanEnv, SITE_URL: 'https://lisko.example', ASTRO_TELEMETRY_DISABLED: '1' };
  const check = spawnSync(process.execPath, ['scripts/check-content.ts'], { cwd: root, env: runEnv, encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`npm run check failed in the copy:\n${check.stdout}${check.stderr}`);
  build = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: root, env: runEnv, encoding: 'utf8' });
}, 240_000);

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('closures and last-updated dates in the built site — slow: builds the site', () => {
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
    expectIn('de/index.html', /class="key-fact"[\s\S]*data-closure-to[\s\S]*class="help-block"[\s\S]*data-closure-to/);
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
    const exdates = calendar
      .getAllSubcomponents('vevent')
      .map((event) => event.getAllProperties('exdate').flatMap((property) => property.getValues().map((value) => (value as ICAL.Time).toString())));
    const wednesday = next(weekFrom, 3);
    const thursday = next(weekFrom, 4);
    expect(exdates).toEqual([
      [`${ended}T08:30:00`, `${teamDay}T08:30:00`, `${wednesday}T08:30:00`].filter((value) => weekdayOf(value.slice(0, 10)) === 3).sort(),
      [`${ended}T14:00:00`, `${thursday}T14:00:00`].filter((value) => weekdayOf(value.slice(0, 10)) === 4).sort(),
    ]);
    // The series starts on the first slot day after the hours last changed (the commit above).
    const starts = calendar.getAllSubcomponents('vevent').map((event) => String(event.getFirstPropertyValue('dtstart')));
    expect(starts).toEqual(['2026-03-04T08:30:00', '2026-03-05T14:00:00']);
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
