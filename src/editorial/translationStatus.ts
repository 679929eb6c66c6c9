/**
 * Which pages and services are translated, missing or outdated in each language. Pure: it gets
 * the content files and their git history (src/editorial/gitHistory.ts reads it), so the tests can
 * feed it anything. Used by `npm run i18n:status` and, for one page, by TranslationNotice.astro.
 *
 * Outdated: the German text a translation was made from (the original as it was in the commit
 * that last changed the translation, or at the end of the day in its `reviewedOn`, whichever is
 * later) reads differently from today's. "Reads differently" ignores minor changes: a commit
 * whose message has the line `Minor-change: yes` (see `minorChange`) changes no meaning, so the
 * original with those changes made to the old text counts as the same. A change undone (a revert,
 * or the text typed back) leaves the same text, so no translation is outdated by it. No guessing
 * from the commit message's words (in any language). A file renamed or moved starts a history of
 * its own (git reads no renames here): moved together with its original in one commit, a
 * translation counts as made from the original as moved.
 */
import { applyPatch, structuredPatch } from 'diff';
import { defaultLocale, localeCodes, locales, type Locale } from '../i18n/locales.ts';
import type { ContentFile } from '../check/check.ts';
import { frontmatterData } from '../model/frontmatter.ts';
import { luxembourgDay } from '../hours/clock.ts';

export interface Commit {
  /** git's commit id. */
  hash: string;
  date: Date;
  /** The first line of the commit message. */
  subject: string;
  /** The message has the minor-change line with a yes: a change no translation has to follow. */
  minor: boolean;
  /** A minor-change line whose value is not understood, as written (the change then counts). */
  unclearLine?: string;
  /** The file's content (git's blob id) before and after this commit; absent where there was no file. */
  before?: string;
  blob?: string;
}

/**
 * The line that marks a change as minor (a typo fix), anywhere in the commit message, in any
 * case and spacing: `Minor-change: yes` (or `ja`, `true`); `no`, `nein`, `false` say it is not.
 * git's own trailer reading (`%(trailers)`) misses it without a blank line before it, after a
 * blank line before `Co-authored-by:`, or indented, so the whole message is read here.
 */
const minorLine = /^[ \t]*(minor[ _-]?change[ \t]*:[ \t]*(.*?))[ \t]*$/gim;
const minorYes = /^(yes|ja|true)\.?$/i;
const minorNo = /^(no|nein|false)\.?$/i;

/** What a commit message says with its minor-change lines. */
export function minorChange(message: string): { minor: boolean; unclearLine?: string } {
  let minor = false;
  let unclearLine: string | undefined;
  for (const [, line = '', value = ''] of message.matchAll(minorLine)) {
    if (minorYes.test(value)) minor = true;
    else if (!minorNo.test(value)) unclearLine ??= line;
  }
  return unclearLine === undefined ? { minor } : { minor, unclearLine };
}

/** The git history of the content, as src/editorial/gitHistory.ts reads it. */
export interface History {
  /** The commits that touched each file, newest first, keyed by path from the project root. */
  commits: ReadonlyMap<string, readonly Commit[]>;
  /** The content id of `path` in commit `hash` (`HEAD`: today's), undefined where there is no such file. */
  blobAt(hash: string, path: string): string | undefined;
  /** The text of a content id. */
  text(blob: string): string | undefined;
}

/** The collections that are translated, and in which the status is tracked. */
export const translatedCollections = ['pages', 'services'] as const;
export type TranslatedCollection = (typeof translatedCollections)[number];

/** `content/pages/de/about.md` for `content/pages/fr/about.md`; undefined for any other file. */
export function originalOf(path: string): string | undefined {
  const match = new RegExp(`^content/(${translatedCollections.join('|')})/([a-z]+)/([^/]+\\.md)$`).exec(path);
  return match && match[2] !== defaultLocale ? `content/${match[1]}/${defaultLocale}/${match[3]}` : undefined;
}

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
  /** For an outdated translation, the change that made the original read as it does now; else its last change that counts. */
  originalChange: Commit | undefined;
  /** The translation's last change. */
  translationChange: Commit | undefined;
  /** Changes of the original since the translation that count only because their minor-change line is not understood. */
  unclear: readonly Commit[];
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

export interface Outdated {
  /** The change that made the original read as it does now (its date is the one visitors read). */
  change: Commit;
  /** The original's changes since, whose minor-change line was not understood. */
  unclear: Commit[];
}

/**
 * Whether the translation at `translation` is behind its original: undefined when it is up to
 * date, or when the history of either file is unknown.
 */
export function outdatedChange(history: History, original: string, translation: string, reviewedOn?: string): Outdated | undefined {
  const commits = history.commits.get(original);
  const made = history.commits.get(translation)?.[0];
  const today = history.blobAt('HEAD', original);
  if (!commits?.length || !made || !today) return undefined;
  // What the translation was made from: the original in the commit that last changed the
  // translation (so a German change on a branch not merged then does not count as seen), or,
  // when `reviewedOn` names a later day, the original at the end of that day.
  const reviewed = reviewedOn !== undefined && reviewedOn > luxembourgDay(made.date) ? reviewedOn : undefined;
  const base = reviewed ? commits.find((commit) => luxembourgDay(commit.date) <= reviewed)?.blob : history.blobAt(made.hash, original);
  if (base === today) return undefined;
  // The original's changes since it last read as `base` (since the translation, if it never did), oldest first.
  const start = base === undefined ? -1 : commits.findIndex((commit) => commit.blob === base);
  const after = (commit: Commit) => (reviewed ? luxembourgDay(commit.date) > reviewed : commit.date > made.date);
  const since = (start === -1 ? commits.filter(after) : commits.slice(0, start)).toReversed();
  const reading = readingSince(since, base, today);
  if (reading === null || (base !== undefined && sameWithMinorChanges(history, base, since, today))) return undefined;
  const counted = since.filter((commit) => !commit.minor);
  // Today's text came through a merge, not a change of its own: the newest change that counts.
  const change = reading ?? counted.at(-1) ?? lastChange(commits, true) ?? commits[0];
  return change && { change, unclear: counted.filter((commit) => commit.unclearLine !== undefined) };
}

/**
 * Walks the changes (oldest first) and returns the one since which the original reads as
 * `today` (after a change and its revert: the change before them), null when it reads as at
 * the start, undefined when the walk does not reach today's text (a merge made it).
 */
function readingSince(since: readonly Commit[], base: string | undefined, today: string): Commit | null | undefined {
  const madeBy = new Map<string | undefined, Commit | null>([[base, null]]);
  let reading: Commit | null = null;
  for (const commit of since) {
    if (!commit.minor) reading = madeBy.get(commit.blob) ?? (madeBy.has(commit.blob) ? null : commit);
    if (!madeBy.has(commit.blob)) madeBy.set(commit.blob, reading);
  }
  return madeBy.get(today);
}

/**
 * Whether `base` with the minor changes made to it reads as `today`: a typo fixed in the
 * original after a change, and then the change reverted, leaves the old text with the fix.
 * A minor change that does not fit the old text (it fixed a word the old text does not have) is left out.
 */
function sameWithMinorChanges(history: History, base: string, since: readonly Commit[], today: string): boolean {
  const minor = since.filter((commit) => commit.minor && commit.before && commit.blob);
  if (!minor.length) return false;
  let text = history.text(base);
  for (const { before = '', blob = '' } of minor) {
    const [from, to] = [history.text(before), history.text(blob)];
    if (text === undefined || from === undefined || to === undefined) return false;
    // No lines of context: a fix next to a line the reverted change had touched still fits (as for git revert).
    const changed = applyPatch(text, structuredPatch('', '', from, to, undefined, undefined, { context: 0 }));
    if (changed !== false) text = changed;
  }
  return text === history.text(today);
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
        const outdated = file && history ? outdatedChange(history, original, translation, review.reviewedOn) : undefined;
        return {
          collection,
          name,
          lang,
          state: !file ? 'missing' : outdated ? 'outdated' : 'translated',
          original,
          translation,
          reviewed: file ? review.reviewed : false,
          originalChange: outdated?.change ?? lastChange(history?.commits.get(original), true),
          translationChange: file ? lastChange(history?.commits.get(translation)) : undefined,
          unclear: outdated?.unclear ?? [],
        };
      }),
    }));
  return { historyAvailable: history !== null, languages };
}

const label = (lang: Locale) => `${lang} – ${locales[lang].label}`;
const itemName = (item: TranslationItem) => `${item.collection}/${item.name}`;
const day = (commit: Commit | undefined) => (commit ? luxembourgDay(commit.date) : '–');
const count = (items: readonly TranslationItem[], state: TranslationState) => items.filter((item) => item.state === state).length;
/**
 * A plain note for each change that counts only because its minor-change line was not
 * understood (`Minor-change: vielleicht`), with what it made outdated: nothing is ignored silently.
 */
export function unclearNotes(report: TranslationReport): string[] {
  const byCommit = new Map<string, { commit: Commit; where: Map<string, Locale[]> }>();
  for (const { lang, items } of report.languages) {
    for (const item of items) {
      for (const commit of item.unclear) {
        const entry = byCommit.get(commit.hash) ?? { commit, where: new Map<string, Locale[]>() };
        entry.where.set(itemName(item), [...(entry.where.get(itemName(item)) ?? []), lang]);
        byCommit.set(commit.hash, entry);
      }
    }
  }
  return [...byCommit.values()].map(({ commit, where }) => {
    const outdated = [...where].map(([name, langs]) => `${name} (${langs.join(', ')})`).join(', ');
    return [
      `The change of ${day(commit)} "${commit.subject}" (commit ${commit.hash.slice(0, 7)}) has the line "${commit.unclearLine ?? ''}",`,
      'which is not understood: only yes, ja or true mark a change as minor. So it counts as a real change, and these',
      `translations show as outdated: ${outdated}. If they need no change, set reviewedOn in them (EDITING.md shows how).`,
    ].join(' ');
  });
}

const noHistory = 'No git history was found (not a git repository, or a shallow clone), so outdated translations cannot be detected.';

/** The report for the terminal. */
export function formatStatusText(report: TranslationReport): string {
  const lines = [`Translation status (original: ${label(defaultLocale)})`];
  if (!report.historyAvailable) lines.push(`Note: ${noHistory}`);
  for (const note of unclearNotes(report)) lines.push(`Note: ${note}`);
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
    '- **OUTDATED**: the original reads differently now than when the translation was last changed (or reviewed, `reviewedOn`). A change marked `Minor-change: yes` (or `ja`, `true`) does not count, nor a change undone.',
    '- **missing**: there is no translation; the site shows the original with a notice.',
    '',
  ];
  if (!report.historyAvailable) lines.push(`> ${noHistory}`, '');
  for (const note of unclearNotes(report)) lines.push(`> **Note:** ${note}`, '');
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
