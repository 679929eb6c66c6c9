/**
 * Translation status: translated, missing, OUTDATED. The git part runs on a scratch repository
 * made in a temporary folder, with commits at fixed dates.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { readContentFiles } from '../../src/check/files.ts';
import { gitHistory, historyProblem, historyState, lastChanged, originalUpdatedSince, parseGitLog } from '../../src/editorial/gitHistory.ts';
import { isProductionBuild } from '../../src/integrations/history.ts';
import {
  formatStatusMarkdown,
  formatStatusText,
  isMinorValue,
  outdatedChange,
  translationStatus,
  type Commit,
  type TranslationItem,
} from '../../src/editorial/translationStatus.ts';
import { makeTestProject, projectRoot, type TestProject } from '../support/testProject.ts';

const commit = (iso: string, subject = 'Change', more: Partial<Commit> = {}): Commit => ({ date: new Date(iso), subject, ...more });

describe('the rules', () => {
  test('a change is minor when its Minor-change trailer says yes or true (any case), whatever the message says', () => {
    for (const value of ['yes', 'Yes', 'TRUE', 'no,yes']) expect(isMinorValue(value), value).toBe(true);
    for (const value of ['', 'no', 'false', 'ja']) expect(isMinorValue(value), value).toBe(false);
  });

  test('outdated: the original changed after the translation; typo fixes and reviewedOn count as caught up', () => {
    const translation = [commit('2026-03-01T10:00:00Z')];
    expect(outdatedChange([commit('2026-04-01T10:00:00Z', 'New text')], translation)?.subject).toBe('New text');
    expect(outdatedChange([commit('2026-02-01T10:00:00Z')], translation)).toBeUndefined();
    // The newest change is minor: the one before it counts, and that one is older.
    expect(outdatedChange([commit('2026-04-01T10:00:00Z', 'Tippfehler', { minor: true }), commit('2026-02-01T10:00:00Z')], translation)).toBeUndefined();
    // The message's words decide nothing: "Fix typo" without the trailer is a change.
    expect(outdatedChange([commit('2026-04-01T10:00:00Z', 'Fix typo')], translation)?.subject).toBe('Fix typo');
    // A change undone (a revert): the original reads as when the translation caught up.
    const changed = commit('2026-04-01T10:00:00Z', 'Neuer Text', { blob: 'b' });
    const reverted = commit('2026-04-02T10:00:00Z', 'Revert "Neuer Text"', { blob: 'a' });
    expect(outdatedChange([reverted, changed, commit('2026-02-01T10:00:00Z', 'Start', { blob: 'a' })], translation)).toBeUndefined();
    expect(outdatedChange([changed, commit('2026-02-01T10:00:00Z', 'Start', { blob: 'a' })], translation)?.subject).toBe('Neuer Text');
    // Reviewed on the day of the change (or later): up to date.
    expect(outdatedChange([commit('2026-04-01T10:00:00Z')], translation, '2026-04-01')).toBeUndefined();
    expect(outdatedChange([commit('2026-04-01T10:00:00Z')], translation, '2026-03-31')).toBeDefined();
    // Unknown history: never outdated.
    expect(outdatedChange(undefined, translation)).toBeUndefined();
    expect(outdatedChange([commit('2026-04-01T10:00:00Z')], undefined)).toBeUndefined();
  });

  test('git log output is read into commits per file, newest first; merge commits without files are skipped', () => {
    const raw = (blob: string, path: string) => `:100644 100644 ${'0'.repeat(40)} ${blob} M\t${path}\n`;
    const output = [
      "\u001e2026-05-01T10:00:00+02:00\u001fMerge branch 'x'\u001f\u001f\n",
      `\u001e2026-04-01T10:00:00+02:00\u001fUpdate about\u001fyes\u001f\n\n${raw('b'.repeat(40), 'content/pages/de/about.md')}`,
      `\u001e2026-03-01T10:00:00+01:00\u001fStart\u001f\u001f\n\n${raw('a'.repeat(40), 'content/pages/de/about.md')}${raw('c'.repeat(40), 'content/pages/fr/über.md')}`,
    ].join('');
    const history = parseGitLog(output);
    expect(history.get('content/pages/de/about.md')?.map((c) => c.subject)).toEqual(['Update about', 'Start']);
    expect(history.get('content/pages/de/about.md')?.map((c) => [c.minor, c.blob])).toEqual([
      [true, 'b'.repeat(40)],
      [false, 'a'.repeat(40)],
    ]);
    expect(history.get('content/pages/fr/über.md')?.[0]?.date.toISOString()).toBe('2026-03-01T09:00:00.000Z');
    expect(history.size).toBe(2);
  });
});

describe('a change marked minor on GitHub with "Squash and merge" (the web editor cannot write the line itself)', () => {
  let project: TestProject;
  const original = 'content/services/de/housing.md';
  const page = (title: string) => `---\ntitle: ${title}\ndescription: A description long enough for the schema to accept it.\n---\nText.\n`;
  /** What GitHub offers in "Extended description" for a squash merge, with the line the editor adds. */
  const squashMessage = (lastParagraphs: string) =>
    ['Update Services “housing” (#12)', '* Update Services “housing”', '* Update Services “housing”', '---------', lastParagraphs].join('\n\n');
  const coAuthor = 'Co-authored-by: Maria Muster <12345+maria@users.noreply.github.com>';

  /**
   * A fresh repository (each folder's history is read once): the web editor's two commits with
   * its fixed message on a branch, squashed into main with GitHub's message and `lastParagraphs`.
   */
  function squashMerged(lastParagraphs: string) {
    project = makeTestProject({ copy: false });
    project.write(original, page('Wohnen'));
    project.write('content/services/fr/housing.md', page('Logement'));
    project.commit('Start', '2026-03-01T10:00:00+01:00');
    const main = project.git(['rev-parse', '--abbrev-ref', 'HEAD']).trim();
    project.git(['checkout', '-q', '-b', 'cms/services/housing']);
    project.write(original, page('Wohnen.'));
    project.commit('Update Services “housing”', '2026-04-01T10:00:00+02:00');
    project.write(original, page('Wohnen!'));
    project.commit('Update Services “housing”', '2026-04-01T10:05:00+02:00');
    project.git(['checkout', '-q', main]);
    project.git(['merge', '-q', '--squash', 'cms/services/housing']);
    project.commit(squashMessage(lastParagraphs), '2026-04-02T09:00:00+02:00');
    const report = translationStatus(readContentFiles(project.root), gitHistory(project.root));
    const fr = report.languages.find((l) => l.lang === 'fr')?.items ?? [];
    return { newest: gitHistory(project.root)?.get(original)?.[0], state: fr.find((i) => i.name === 'housing')?.state };
  }

  afterEach(() => project?.dispose());

  test('"Minor-change: yes" in the last paragraph, next to GitHub\'s Co-authored-by line: minor, the translation stays up to date', () => {
    const { newest, state } = squashMerged(`Minor-change: yes\n${coAuthor}`);
    expect(newest?.subject).toBe('Update Services “housing” (#12)');
    expect(newest?.minor).toBe(true);
    expect(state).toBe('translated');
  }, 120_000);

  test('"Minor-change: yes" as a paragraph of its own at the very end: minor too', () => {
    expect(squashMerged(`${coAuthor}\n\nMinor-change: yes`).newest?.minor).toBe(true);
  }, 120_000);

  test('without the line, the same squash merge makes the translation OUTDATED', () => {
    const { newest, state } = squashMerged(coAuthor);
    expect(newest?.minor).toBe(false);
    expect(state).toBe('outdated');
  }, 120_000);
});

describe('on a scratch git repository', () => {
  let project: TestProject;
  let root = '';
  const write = (path: string, title: string, extra = '') =>
    project.write(path, `---\ntitle: ${title}\ndescription: A description long enough for the schema to accept it.\n${extra}---\nText.\n`);
  const commitAll = (message: string, date: string) => project.commit(message, date);
  const item = (items: readonly TranslationItem[], collection: string, name: string) => items.find((i) => i.collection === collection && i.name === name);

  beforeAll(() => {
    project = makeTestProject({ copy: false });
    root = project.root;
    write('content/pages/de/about.md', 'Über LISKO');
    write('content/services/de/housing.md', 'Wohnen');
    write('content/services/de/training.md', 'Schulungen');
    commitAll('German originals', '2026-03-01T10:00:00+01:00');
    write('content/pages/fr/about.md', 'À propos', 'reviewed: true\n');
    write('content/services/fr/housing.md', 'Logement');
    write('content/pages/en/about.md', 'About', 'reviewedOn: "2026-04-10"\n');
    commitAll('French and English translations', '2026-03-15T10:00:00+01:00');
    // A real change to the original, after the translations: they become outdated…
    write('content/pages/de/about.md', 'Über LISKO – neu');
    commitAll('Rewrite the about page', '2026-04-10T09:00:00+02:00');
    // …but a change marked minor does not make anything outdated, in any language.
    write('content/services/de/housing.md', 'Wohnung');
    commitAll('Tippfehler im Titel korrigiert\n\nMinor-change: yes', '2026-04-12T09:00:00+02:00');
    // A change and its revert leave no flag either.
    write('content/pages/lb/about.md', 'Iwwer LISKO');
    commitAll('Lëtzebuergesch', '2026-04-13T09:00:00+02:00');
    write('content/pages/de/about.md', 'Über LISKO – falsch');
    commitAll('Update about.md', '2026-04-14T09:00:00+02:00');
    project.git(['revert', '--no-edit', 'HEAD'], '2026-04-15T09:00:00+02:00');
  }, 120_000);

  afterAll(() => project?.dispose());

  test('a changed original makes its translation OUTDATED; a minor change and a revert do not; reviewedOn counts', () => {
    const report = translationStatus(readContentFiles(root), gitHistory(root));
    expect(report.historyAvailable).toBe(true);
    const fr = report.languages.find((l) => l.lang === 'fr')?.items ?? [];
    expect(item(fr, 'pages', 'about')?.state).toBe('outdated');
    expect(item(fr, 'pages', 'about')?.originalChange?.subject).toBe('Rewrite the about page');
    expect(item(fr, 'pages', 'about')?.reviewed).toBe(true);
    expect(item(fr, 'services', 'housing')?.state).toBe('translated');
    expect(item(fr, 'services', 'training')?.state).toBe('missing');
    const en = report.languages.find((l) => l.lang === 'en')?.items ?? [];
    // The English translation was compared with the original on the day it changed.
    expect(item(en, 'pages', 'about')?.state).toBe('translated');
    expect(item(en, 'services', 'housing')?.state).toBe('missing');
    const lb = report.languages.find((l) => l.lang === 'lb')?.items ?? [];
    expect(item(lb, 'pages', 'about')?.state).toBe('translated');

    const text = formatStatusText(report);
    expect(text).toContain('fr – Français: 1 translated, 1 OUTDATED, 1 missing');
    expect(text).toContain('OUTDATED:   pages/about – the original changed on 2026-04-10 ("Rewrite the about page"), the translation last on 2026-03-15');
    const markdown = formatStatusMarkdown(report);
    expect(markdown).toContain('| `content/pages/fr/about.md` | **OUTDATED** | 2026-04-10 (Rewrite the about page) | 2026-03-15 | yes |');
    expect(markdown).toContain('| `content/services/fr/housing.md` | translated | 2026-03-01 (German originals) | 2026-03-15 | no |');
  });

  test('the site notice gets the date the original changed, only for an outdated translation', () => {
    expect(originalUpdatedSince('pages', 'about', 'fr', undefined, root)?.toISOString()).toBe('2026-04-10T07:00:00.000Z');
    expect(originalUpdatedSince('services', 'housing', 'fr', undefined, root)).toBeUndefined();
    expect(originalUpdatedSince('pages', 'about', 'de', undefined, root)).toBeUndefined();
  });

  test('npm run i18n:status prints the report and writes it as Markdown', () => {
    const result = spawnSync(process.execPath, [join(projectRoot, 'scripts/i18n-status.ts'), '--root', root, '--out', 'status.md'], {
      encoding: 'utf8',
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('fr – Français: 1 translated, 1 OUTDATED, 1 missing');
    expect(readFileSync(join(root, 'status.md'), 'utf8')).toContain('| `content/pages/fr/about.md` | **OUTDATED** |');
  }, 120_000); // starts Node

  test('without git history nothing is outdated, and the report says why', () => {
    const copy = mkdtempSync(join(tmpdir(), 'lisko-nogit-'));
    try {
      const files = readContentFiles(root);
      const report = translationStatus(files, gitHistory(copy));
      expect(report.historyAvailable).toBe(false);
      expect(report.languages.flatMap((l) => l.items).filter((i) => i.state === 'outdated')).toEqual([]);
      expect(formatStatusText(report)).toContain('No git history was found');
      expect(originalUpdatedSince('pages', 'about', 'fr', undefined, copy)).toBeUndefined();
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });

  test('"Last updated" is the author date of the newest commit, not the committer date', () => {
    // A rebase or cherry-pick gives a commit a new committer date; the author date stays.
    write('content/services/de/training.md', 'Schulungen – neu');
    project.commit('Rebased change', '2026-06-01T09:00:00+02:00', { authorDate: '2026-04-20T09:00:00+02:00' });
    // A fresh copy of the repository: the module reads each folder's history once.
    const copy = mkdtempSync(join(tmpdir(), 'lisko-author-'));
    try {
      project.git(['clone', '-q', `file://${root}`, copy]);
      expect(historyState(copy)).toBe('full');
      expect(lastChanged('content/services/de/training.md', copy).toISOString()).toBe('2026-04-20T07:00:00.000Z');
      expect(gitHistory(copy)?.get('content/services/de/training.md')?.[0]?.date.toISOString()).toBe('2026-04-20T07:00:00.000Z');
      expect(historyProblem(copy)).toBeUndefined();
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  }, 120_000);

  test('a shallow clone counts as no history, and a production build stops there with a plain message', () => {
    const shallow = mkdtempSync(join(tmpdir(), 'lisko-shallow-'));
    try {
      project.git(['clone', '-q', '--depth', '1', `file://${root}`, shallow]);
      expect(historyState(shallow)).toBe('shallow');
      expect(gitHistory(shallow)).toBeNull();
      expect(historyProblem(shallow)).toContain('shallow git clone');
      expect(historyProblem(shallow)).toContain('fetch-depth: 0');
      // Only the production build stops; the test build (posting to the fake Formspree) may run.
      expect(isProductionBuild('build', {})).toBe(true);
      expect(isProductionBuild('build', { PUBLIC_FORMSPREE_ENDPOINT: 'http://127.0.0.1:4322' })).toBe(false);
      expect(isProductionBuild('dev', {})).toBe(false);
    } finally {
      rmSync(shallow, { recursive: true, force: true });
    }
  }, 120_000);
});
