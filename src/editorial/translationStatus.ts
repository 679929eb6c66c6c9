/**
 * Which pages and services are translated, missing or outdated in each language. Pure: it gets
 * the content files and their git history (src/editorial/gitHistory.ts reads it), so the tests can
 * feed it anything. Used by `npm run i18n:status` and, for one page, by TranslationNotice.astro.
 *
 * Outdated: the original (default language) changed after the translation's last change and
 * after the day in the translation's `reviewedOn`. No guessing from the commit message's words
 * (in any language): a change counts unless its message carries the git trailer
 * `Minor-change: yes` (a line of its own in the last paragraph; see `minorChangeTrailer`), and
 * an original that is back to what it was when the translation caught up (a revert) counts as
 * unchanged.
 */
import { defaultLocale, localeCodes, locales, type Locale } from '../i18n/locales.ts';
import type { ContentFile } from '../check/check.ts';
import { frontmatterData } from '../model/frontmatter.ts';
import { luxembourgDay } from '../hours/clock.ts';

export interface Commit {
  date: Date;
  /** The first line of the commit message. */
  subject: string;
  /** The message carries `Minor-change: yes`: a change no translation has to follow. */
  minor?: boolean;
  /** The file's content after this commit (git's blob id), to recognise a change undone. */
  blob?: string;
}

/**
 * The git trailer that marks a change as minor (a typo fix): `Minor-change: yes` as a line of its
 * own at the end of the commit message (GitHub's "extended description"; for a change made in the
 * web editor, the description of GitHub's "Squash and merge", as EDITING.md shows). Read by `git log --format=%(trailers:key=Minor-change,valueonly)`.
 */
export const minorChangeTrailer = 'Minor-change';

/** The trailer's values that mean "minor" (any case): yes, true. */
export function isMinorValue(value: string): boolean {
  return value.split(',').some((part) => /^(yes|true)$/i.test(part.trim()));
}

/** The commits that touched each file, newest first, keyed by path from the project root. */
export type History = ReadonlyMap<string, readonly Commit[]>;

/** The collections that are translated, and in which the status is tracked. */
export const translatedCollections = ['pages', 'services'] as const;
export type TranslatedCollection = (typeof translatedCollections)[number];

export type TranslationState = 'translated' | 'outdated' | 'missing';

export interface TranslationItem {
  collection: TranslatedCollection;
  name: string;
  lang: Locale;
  state: TranslationState;
  /** `content/pages/de/about.md` */
  original: string;
  /** `content/pages/fr/about.md` (which may not exist) */
  translation: string;
  /** `reviewed: true` in the translation. */
  reviewed: boolean;
  /** The original's last change that counts (minor changes do not). */
  originalChange: Commit | undefined;
  /** The translation's last change. */
  translationChange: Commit | undefined;
}

export interface TranslationReport {
  /** False when there is no usable git history: then nothing can be found outdated. */
  historyAvailable: boolean;
  languages: { lang: Locale; items: TranslationItem[] }[];
}

/** The newest commit in `commits` (newest first), optionally skipping minor changes. */
export function lastChange(commits: readonly Commit[] | undefined, skipMinor = false): Commit | undefined {
  return commits?.find((commit) => !skipMinor || !commit.minor);
}

/**
 * The change of the original that a translation has not caught up with, or undefined when the
 * translation is up to date (or when the history of either file is unknown).
 */
export function outdatedChange(
  originalCommits: readonly Commit[] | undefined,
  translationCommits: readonly Commit[] | undefined,
  reviewedOn?: string,
): Commit | undefined {
  const translation = lastChange(translationCommits);
  if (!originalCommits?.length || !translation) return undefined;
  const caughtUp = (commit: Commit) =>
    commit.date.getTime() <= translation.date.getTime() || (reviewedOn !== undefined && luxembourgDay(commit.date) <= reviewedOn);
  // A revert, or a change undone by hand: the original reads as when the translation caught up.
  const then = originalCommits.find(caughtUp);
  if (then?.blob && then.blob === originalCommits[0]?.blob) return undefined;
  const counting = originalCommits.filter((commit) => !caughtUp(commit) && !commit.minor);
  // The change that made the text what it is now: after a change and its revert, the one before.
  const now = originalCommits[0]?.blob;
  return (now && counting.findLast((commit) => commit.blob === now)) || counting[0];
}

/** `reviewed` and `reviewedOn` from a file's frontmatter; broken frontmatter counts as not reviewed. */
export function reviewInfo(text: string): { reviewed: boolean; reviewedOn: string | undefined } {
  const record = frontmatterData(text) ?? {};
  return {
    reviewed: record['reviewed'] === true,
    reviewedOn: typeof record['reviewedOn'] === 'string' ? record['reviewedOn'] : undefined,
  };
}

/** The status of every page and service in every language but the default one. */
export function translationStatus(files: readonly ContentFile[], history: History | null): TranslationReport {
  const byPath = new Map(files.map((file) => [file.path, file]));
  const originals = translatedCollections.flatMap((collection) =>
    files
      .map((file) => new RegExp(`^content/${collection}/${defaultLocale}/([^/_][^/]*)\\.md$`).exec(file.path)?.[1])
      .filter((name): name is string => name !== undefined)
      .sort()
      .map((name) => ({ collection, name })),
  );
  const languages = localeCodes
    .filter((lang) => lang !== defaultLocale)
    .map((lang) => ({
      lang,
      items: originals.map(({ collection, name }): TranslationItem => {
        const original = `content/${collection}/${defaultLocale}/${name}.md`;
        const translation = `content/${collection}/${lang}/${name}.md`;
        const file = byPath.get(translation);
        const review = file ? reviewInfo(file.text) : { reviewed: false, reviewedOn: undefined };
        const originalCommits = history?.get(original);
        const translationCommits = history?.get(translation);
        const outdated = file ? outdatedChange(originalCommits, translationCommits, review.reviewedOn) : undefined;
        return {
          collection,
          name,
          lang,
          state: !file ? 'missing' : outdated ? 'outdated' : 'translated',
          original,
          translation,
          reviewed: file ? review.reviewed : false,
          originalChange: outdated ?? lastChange(originalCommits, true),
          translationChange: file ? lastChange(translationCommits) : undefined,
        };
      }),
    }));
  return { historyAvailable: history !== null, languages };
}

const label = (lang: Locale) => `${lang} – ${locales[lang].label}`;
const itemName = (item: TranslationItem) => `${item.collection}/${item.name}`;
const day = (commit: Commit | undefined) => (commit ? luxembourgDay(commit.date) : '–');
const count = (items: readonly TranslationItem[], state: TranslationState) => items.filter((item) => item.state === state).length;
const noHistory = 'No git history was found (not a git repository, or a shallow clone), so outdated translations cannot be detected.';

/** The report for the terminal. */
export function formatStatusText(report: TranslationReport): string {
  const lines = [`Translation status (original: ${label(defaultLocale)})`];
  if (!report.historyAvailable) lines.push(`Note: ${noHistory}`);
  for (const { lang, items } of report.languages) {
    const translated = items.filter((item) => item.state === 'translated');
    const outdated = items.filter((item) => item.state === 'outdated');
    const missing = items.filter((item) => item.state === 'missing');
    const unreviewed = items.filter((item) => item.state !== 'missing' && !item.reviewed);
    lines.push('', `${label(lang)}: ${translated.length} translated, ${outdated.length} OUTDATED, ${missing.length} missing`);
    const list = (some: readonly TranslationItem[]) => (some.length === items.length ? `all ${items.length}` : some.map(itemName).join(', '));
    if (translated.length) lines.push(`  translated: ${list(translated)}`);
    for (const item of outdated) {
      lines.push(
        `  OUTDATED:   ${itemName(item)} – the original changed on ${day(item.originalChange)} ("${item.originalChange?.subject ?? ''}"), the translation last on ${day(item.translationChange)}`,
      );
    }
    if (missing.length) lines.push(`  missing:    ${missing.map(itemName).join(', ')}`);
    if (unreviewed.length) lines.push(`  not reviewed yet: ${list(unreviewed)}`);
  }
  return lines.join('\n');
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The same report as a Markdown document. */
export function formatStatusMarkdown(report: TranslationReport): string {
  const lines = [
    '# Translation status',
    '',
    `Made by \`npm run i18n:status\`. Original language: ${label(defaultLocale)}. EDITING.md explains how to translate a page and how to mark a translation as reviewed.`,
    '',
    '- **translated**: the translation exists and is up to date.',
    `- **OUTDATED**: the original changed after the translation did (changes marked \`${minorChangeTrailer}: yes\` do not count, nor a change undone).`,
    '- **missing**: there is no translation; the site shows the original with a notice.',
    '',
  ];
  if (!report.historyAvailable) lines.push(`> ${noHistory}`, '');
  lines.push('| Language | Translated | Outdated | Missing | Not reviewed yet |', '| --- | ---: | ---: | ---: | ---: |');
  for (const { lang, items } of report.languages) {
    const unreviewed = items.filter((item) => item.state !== 'missing' && !item.reviewed).length;
    lines.push(`| ${label(lang)} | ${count(items, 'translated')} | ${count(items, 'outdated')} | ${count(items, 'missing')} | ${unreviewed} |`);
  }
  for (const { lang, items } of report.languages) {
    lines.push(
      '',
      `## ${label(lang)}`,
      '',
      '| Page or service | Status | Original changed | Translation changed | Reviewed |',
      '| --- | --- | --- | --- | --- |',
    );
    for (const item of items) {
      const state = item.state === 'outdated' ? '**OUTDATED**' : item.state;
      const original = item.originalChange ? `${day(item.originalChange)} (${cell(item.originalChange.subject)})` : '–';
      const reviewed = item.state === 'missing' ? '–' : item.reviewed ? 'yes' : 'no';
      lines.push(`| \`${item.translation}\` | ${state} | ${original} | ${day(item.translationChange)} | ${reviewed} |`);
    }
  }
  return `${lines.join('\n')}\n`;
}
