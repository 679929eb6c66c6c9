/**
 * THE variant build: one copy of the site (tests/support/testProject.ts) holding every change the
 * build tests need, built once per `npm test` (the other build is `npm run build:test`):
 * - a new language (Portuguese): one line in src/i18n/locales.ts, one UI-strings file, one
 *   translated page (tests/build/add-language.test.ts);
 * - closures (one over, a Wednesday and a week ahead), announcements (shown today in German and
 *   Arabic, ended yesterday, starting tomorrow), a ninth service in German only and a reception
 *   time 15 minutes later: what editors change most (tests/build/hours.test.ts);
 * - the files the web editor saves in tests/e2e/admin.spec.ts (`savedByEditor`), so they are built;
 * - a git history with known dates: the German "about" page changes after its translations, the
 *   privacy page has an edit not committed yet;
 * - the build's "now" set to half past midnight in Luxembourg, when UTC still has the day before;
 * - a sub-path (BASE_PATH=/lisko/) and a real address (SITE_URL), as on GitHub Pages
 *   (tests/build/subpath.test.ts, tests/e2e/subpath.spec.ts).
 *
 * Built by the Vitest build project's global setup (tests/build/setup.ts); the browser test of the
 * sub-path reuses that build when nothing it is made from has changed (a hash of the inputs), and
 * builds it itself otherwise.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { defaultLocale, locales, type LocaleInfo } from '../../src/i18n/locales.ts';
import { hoursSchema, type HoursData } from '../../src/model/schema.ts';
import { frontmatterData } from '../../src/model/frontmatter.ts';
import { isDraft } from '../../src/model/paths.ts';
import { addDays, wallClock, weekdayOf } from '../../src/hours/browser/schedule.ts';
import { serviceSlugs } from './siteContent.ts';
import { makeTestProject, projectRoot, type BuildResult, type TestProject } from './testProject.ts';

/** The first date on or after `date` that is a `weekday` (1 Monday … 7 Sunday). */
export const nextWeekday = (date: string, weekday: number) => addDays(date, (weekday - weekdayOf(date) + 7) % 7);

export const base = '/lisko/';
/** Not the placeholder (lisko.example): every absolute address in the build must use this one. */
export const siteUrl = 'https://pages.example.org';
/** An absolute address in the variant: `url('de/')` → `https://pages.example.org/lisko/de/`. */
export const url = (path: string) => `${siteUrl}${base}${path}`;

/** The new language. */
export const pt = { code: 'pt', info: { label: 'Português', lang: 'pt', dir: 'ltr', intl: 'pt-PT', og: 'pt_PT' } satisfies LocaleInfo };
export const variantLocales: Record<string, LocaleInfo> = { ...locales, [pt.code]: pt.info };
export const variantLanguages = Object.keys(variantLocales);
export const fallbackNotice = 'Esta página ainda não existe em português. Está a ver o original em alemão.';

/** 00:30 on 1 December in Luxembourg; in UTC still 30 November. */
export const buildNow = '2026-11-30T23:30:00Z';
export const today = wallClock(new Date(buildNow)).date;
export const ended = addDays(today, -30);
export const teamDay = nextWeekday(addDays(today, 14), 3); // a Wednesday
export const weekFrom = nextWeekday(addDays(today, 28), 1); // Monday …
export const weekTo = addDays(weekFrom, 6); // … to Sunday: closes that Wednesday and Thursday

/** Announcements: German originals with their dates, translations with words only. */
export const announcements = {
  shown: { name: 'workshop-date', from: today, until: addDays(today, 13), de: 'Neuer Termin für den Workshop', ar: 'موعد جديد لورشة العمل' },
  // Ended yesterday in Luxembourg: at the build's "now" that is still today in UTC.
  ended: { name: 'ended-notice', from: addDays(today, -10), until: addDays(today, -1), de: 'Schon vorbei' },
  later: { name: 'later-notice', from: addDays(today, 1), until: addDays(today, 5), de: 'Erst morgen' },
};
/** The languages the shown announcement is written in. */
export const announcementLanguages = [defaultLocale, 'ar'];

/** The first service (by name) the French translation has: the one the editor test changes. */
const translatedService = serviceSlugs.find((slug) => existsSync(`content/services/fr/${slug}.md`)) ?? serviceSlugs[0]!;

/**
 * What the web-editor test (tests/e2e/admin.spec.ts) changes through the editor's interface: a
 * closure with its reason in German and French (the team day's), and a service's French title.
 * That test checks the editor saves exactly `savedByEditor`'s files; the variant is built from
 * them, so what the editor saves is proven to build without a build of its own.
 */
export const editorsEdits = {
  closure: { from: teamDay, reason: { de: 'Teamtag', fr: "Journée d'équipe" } },
  title: { path: `content/services/fr/${translatedService}.md`, title: 'Un titre changé dans l’éditeur' },
} as const;
export const hoursPath = 'content/hours/reception.md';

type Closure = { from: string; to?: string; reason: Record<string, string> };

/** A closure added to the hours file as the web editor writes it: quoted, the list last. */
export function withClosure(hours: string, { from, to, reason }: Closure): string {
  const lines = [
    `  - from: "${from}"`,
    ...(to ? [`    to: "${to}"`] : []),
    '    reason:',
    ...Object.entries(reason).map(([lang, text]) => `      ${lang}: "${text}"`),
  ];
  const end = hours.indexOf('\n---', 3) + 1;
  const list = /^closures:/m.test(hours) ? '' : 'closures:\n';
  return `${hours.slice(0, end)}${list}${lines.join('\n')}\n${hours.slice(end)}`;
}

/** The hours file without its closures: the `closures:` block, up to the next field or the closing `---`. */
export function withoutClosures(hours: string): string {
  return hours.replace(/^closures:.*\n(?:(?:[ -].*)?\n)*?(?=\S)/m, '');
}

/** The files the editor saves for `editorsEdits`, from the files as they were (`read`). */
export function savedByEditor(read: (path: string) => string): Record<string, string> {
  const { closure, title } = editorsEdits;
  return {
    [hoursPath]: withClosure(read(hoursPath), closure),
    [title.path]: read(title.path).replace(/^title: .*$/m, `title: "${title.title}"`),
  };
}

/** A service only the German original has (no translation yet). */
export const newService = 'language-cafe';

/**
 * What editors change most, applied to a copy (`project`): the files the web editor saved (the
 * team day's closure, a French title); a closed week added as the editor adds it; a closure over,
 * first in the list, written by hand (a date without quotes); the first reception ending 15
 * minutes later; a new service in German only. The variant is built with them, and
 * tests/build/content-changes.test.ts runs the unit tests on them: such changes break no test.
 */
export function editorsChanges(project: TestProject): void {
  for (const [path, text] of Object.entries(savedByEditor((path) => project.read(path)))) project.write(path, text);
  project.edit(hoursPath, (hours) => withClosure(hours, { from: weekFrom, to: weekTo, reason: { de: 'Betriebsferien' } }));
  project.edit(hoursPath, (hours) => hours.replace(/^closures:$/m, `closures:\n  - from: ${ended}\n    reason:\n      de: "Vorbei"`));
  project.edit(hoursPath, (hours) =>
    hours.replace(/closes: "(\d\d):(\d\d)"/, (_all, h: string, m: string) => {
      const minutes = Number(h) * 60 + Number(m) + 15;
      return `closes: "${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}"`;
    }),
  );

  // A new service in German only, after the others; with a link and an image written from the
  // site root, which get the sub-path like an announcement's (tests/build/subpath.test.ts).
  const germanServices = project.files(`content/services/${defaultLocale}`);
  const orders = germanServices.map((path) => Number(/^order: (\d+)$/m.exec(project.read(path))?.[1] ?? 0));
  project.write(
    `content/services/${defaultLocale}/${newService}.md`,
    `---\ntitle: "Sprachcafé"\ndescription: "Im Sprachcafé üben Sie Deutsch, Französisch oder Luxemburgisch in entspannter Runde."\norder: ${Math.max(...orders) + 1}\n---\n\n## Was ist das?\n\nEin Treffen zum Sprechen. [Kontakt](../../contact/), [Über uns](/de/about/)\n\n![LISKO](/favicon.svg)\n`,
  );
}

/** The git history: everything, then the German "about" page; the privacy page edited since. */
export const history = {
  start: '2026-03-01T10:00:00+01:00',
  // 00:30 on 5 May in Luxembourg is still 4 May in UTC.
  aboutChanged: '2026-05-05T00:30:00+02:00',
  privacyEdited: '2026-06-15T12:00:00Z',
};

/** Where the variant is built: one folder per checkout, kept between runs. */
export const variantRoot = join(tmpdir(), `lisko-variant-${createHash('sha256').update(projectRoot).digest('hex').slice(0, 10)}`);
export const variantDist = join(variantRoot, 'dist');
const stampFile = join(variantRoot, 'variant-build.json');

function makeVariant(): ReturnType<typeof makeTestProject> {
  const project = makeTestProject({ dir: variantRoot });

  // A new language: one line of configuration, one UI-strings file (English, with the fallback
  // notice in Portuguese to recognise it), one translated page.
  project.edit('src/i18n/locales.ts', (text) =>
    text.replace(/^} as const satisfies/m, "  pt: { label: 'Português', lang: 'pt', dir: 'ltr', intl: 'pt-PT', og: 'pt_PT' },\n} as const satisfies"),
  );
  const ui = JSON.parse(project.read('src/i18n/ui/en.json')) as Record<string, string>;
  project.write('src/i18n/ui/pt.json', `${JSON.stringify({ ...ui, 'notice.fallback': fallbackNotice }, null, 2)}\n`);
  project.write(
    'content/pages/pt/about.md',
    '---\ntitle: "Sobre a LISKO"\ndescription: "Quem é a LISKO, como trabalhamos e quem acompanhamos no Luxemburgo desde 2016."\nreviewed: true\n---\n\nA LISKO foi fundada em 2016.\n',
  );

  // LISKO's own closures and announcements (they come and go) are left out, so the variant's are
  // exactly the known ones.
  project.write(hoursPath, withoutClosures(project.read(hoursPath)));
  rmSync(project.path('content/announcements'), { recursive: true, force: true });
  editorsChanges(project);

  for (const { name, from, until, de } of Object.values(announcements)) {
    project.write(
      `content/announcements/de/${name}.md`,
      `---\ntitle: "${de}"\nfrom: ${from}\nuntil: "${until}"\n---\n${de}: Fragen? [Kontakt](/de/contact/).\n`,
    );
  }
  project.write(`content/announcements/ar/${announcements.shown.name}.md`, `---\ntitle: "${announcements.shown.ar}"\n---\nستُقام ورشة العمل بعد أسبوع.\n`);

  project.commit('Everything', history.start);
  project.edit('content/pages/de/about.md', (text) => `${text}\nEin neuer Absatz.\n`);
  project.commit('About: one more paragraph', history.aboutChanged);
  // Edited and not committed yet: the file's own time counts.
  project.edit('content/pages/de/privacy.md', (text) => `${text}\nNoch ein Satz.\n`);
  project.touch('content/pages/de/privacy.md', history.privacyEdited);
  return project;
}

/** A hash of everything the variant is made from: this file, the helper, the site's sources, the installed packages. */
function inputsHash(): string {
  const hash = createHash('sha256');
  const add = (path: string) => {
    const stat = statSync(path);
    if (stat.isDirectory()) {
      for (const entry of readdirSync(path).sort()) add(join(path, entry));
    } else {
      hash.update(relative(projectRoot, path).split(sep).join('/'));
      hash.update(readFileSync(path));
    }
  };
  for (const entry of [
    'astro.config.mjs',
    'package.json',
    'package-lock.json',
    'tsconfig.json',
    'src',
    'content',
    'public',
    'scripts',
    'tests/support/variantSite.ts',
    'tests/support/testProject.ts',
  ]) {
    if (existsSync(join(projectRoot, entry))) add(join(projectRoot, entry));
  }
  return hash.digest('hex');
}

export interface VariantBuild extends BuildResult {
  /** The languages and slots the copy's content has (with its changes). */
  slots: HoursData['slots'];
  /** The copy's German services (file names without .md). */
  services: string[];
}

/** Builds the variant, or reuses the last build when nothing it is made from changed. */
export function ensureVariant(): VariantBuild {
  const inputs = inputsHash();
  if (existsSync(stampFile)) {
    const stamp = JSON.parse(readFileSync(stampFile, 'utf8')) as VariantBuild & { inputs: string };
    if (stamp.inputs === inputs && existsSync(variantDist)) return stamp;
  }
  const project = makeVariant();
  const hours = project.read(hoursPath);
  const slots = hoursSchema.parse(frontmatterData(hours)).slots;
  const services = project
    .files(`content/services/${defaultLocale}`)
    .map((path) => path.split('/').at(-1)!)
    .filter((name) => name.endsWith('.md') && !isDraft(name))
    .map((name) => name.replace(/\.md$/, ''));
  const { status, output } = project.build({ BASE_PATH: base, SITE_URL: siteUrl, LISKO_BUILD_NOW: buildNow });
  const result: VariantBuild = { status, output, slots, services };
  writeFileSync(stampFile, JSON.stringify({ ...result, inputs }));
  return result;
}

/** The last variant build (tests/build/setup.ts made it). */
export function variantBuild(): VariantBuild {
  if (!existsSync(stampFile)) throw new Error('The variant has not been built: run the build tests with `npx vitest run --project build`.');
  return JSON.parse(readFileSync(stampFile, 'utf8')) as VariantBuild;
}
