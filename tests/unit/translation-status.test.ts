/**
 * Translation status: translated, missing, OUTDATED. Every rule runs on real git histories made
 * in scratch repositories (tests/support/testProject.ts), with commits at fixed dates, and on a
 * clone of this repository's own history.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { readContentFiles } from '../../src/content/files.ts';
import { gitHistory, historyProblem, historyState, lastChanged, originalUpdatedSince, parseGitLog } from '../../src/editorial/gitHistory.ts';
import { isProductionBuild } from '../../src/integrations/history.ts';
import { formatStatusMarkdown, formatStatusText, translationStatus, type TranslationItem } from '../../src/editorial/translationStatus.ts';
import { makeTestProject, projectRoot, type TestProject } from '../support/testProject.ts';

const statusScript = join(projectRoot, 'scripts/i18n-status.ts');

test('git log output is read into commits per file, newest first, with the content before and after; merge commits without files are skipped', () => {
  const raw = (before: string, after: string, path: string) => `:100644 100644 ${before} ${after} M\t${path}\n`;
  const [zero, a, b, c] = ['0', 'a', 'b', 'c'].map((digit) => digit.repeat(40)) as [string, string, string, string];
  const output = [
    "\u001em\u001f2026-05-01T10:00:00+02:00\u001fMerge branch 'x'\u001fMerge branch 'x'\n\u001f\n",
    `\u001eh2\u001f2026-04-01T10:00:00+02:00\u001fUpdate about\u001fUpdate about\n\nMinor-change: yes\n\u001f\n\n${raw(a, b, 'content/pages/de/about.md')}`,
    `\u001eh1\u001f2026-03-01T10:00:00+01:00\u001fStart\u001fStart\n\u001f\n\n${raw(zero, a, 'content/pages/de/about.md')}${raw(zero, c, 'content/pages/fr/über.md')}`,
  ].join('');
  const history = parseGitLog(output);
  expect(history.get('content/pages/de/about.md')?.map((c) => [c.hash, c.subject, c.minor, c.before, c.blob])).toEqual([
    ['h2', 'Update about', true, a, b],
    ['h1', 'Start', false, undefined, a],
  ]);
  expect(history.get('content/pages/fr/über.md')?.[0]?.date.toISOString()).toBe('2026-03-01T09:00:00.000Z');
  expect([...history.keys()]).toEqual(['content/pages/de/about.md', 'content/pages/fr/über.md']);
});

/** A German original and its French translation, with paragraphs a change can touch one by one. */
const original = 'content/services/de/housing.md';
const french = 'content/services/fr/housing.md';
const germanParagraphs = [
  'Wir helfen bei der Wohnungssuche.',
  'Beratung auf Deutsch und Französisch.',
  'Termine nach Vereinbarung.',
  'Bitte bringen Sie Ihre Papiere mit.',
];
const page = (title: string, paragraphs: readonly string[], extra = '') =>
  `---\ntitle: "${title}"\ndescription: "A description long enough for the schema to accept it."\n${extra}---\n\n${paragraphs.join('\n\n')}\n`;

/**
 * One history, told step by step: each step is a commit on the next day of April 2026 (the start
 * is on 1 April). A repository of its own for each story: the module reads each folder's history once.
 */
class Story {
  readonly project: TestProject = makeTestProject({ copy: false });
  private day = 1;

  constructor() {
    this.project.write(original, page('Wohnen', germanParagraphs));
    this.project.write(french, page('Logement', ['Nous aidons à chercher un logement.']));
    this.commit('Start');
  }

  /** The date of the next step. */
  get date(): string {
    return `2026-04-${String(this.day).padStart(2, '0')}T10:00:00+02:00`;
  }

  commit(message: string): string {
    this.project.commit(message, this.date);
    this.day += 1;
    return this.project.git(['rev-parse', 'HEAD']).trim();
  }

  /** Replaces words in the German original and commits the change. */
  german(from: string, to: string, message: string): string {
    this.project.edit(original, (text) => text.replace(from, to));
    return this.commit(message);
  }

  french(text: string, message = 'Traduction mise à jour', extra = ''): string {
    this.project.write(french, page('Logement', [text], extra));
    return this.commit(message);
  }

  /** `git revert` of a commit, as GitHub's Revert button makes it. */
  revert(hash: string): void {
    this.project.git(['revert', '--no-edit', hash], this.date);
    this.day += 1;
  }

  /** The French translation's status today, and the date its notice shows. */
  status(name = 'housing'): { item: TranslationItem | undefined; notice: string | undefined } {
    const report = translationStatus(readContentFiles(this.project.root), gitHistory(this.project.root));
    const item = report.languages.find((l) => l.lang === 'fr')?.items.find((i) => i.name === name);
    const review = /reviewedOn: "(.+)"/.exec(item ? this.project.read(item.translation) : '')?.[1];
    return { item, notice: originalUpdatedSince('services', name, 'fr', review, this.project.root)?.toISOString() };
  }
}

// Each test makes a repository and commits several times: seconds on a busy machine.
describe('a translation is outdated only when the German text it was made from reads differently today', { timeout: 120_000 }, () => {
  let story: Story;
  beforeEach(() => {
    story = new Story();
  });
  afterEach(() => story.project.dispose());
  const expectUpToDate = () => {
    const { item, notice } = story.status();
    expect(item?.state).toBe('translated');
    expect(notice).toBeUndefined();
  };
  const expectOutdatedBy = (subject: string, day: string) => {
    const { item, notice } = story.status();
    expect(item?.state).toBe('outdated');
    expect(item?.originalChange?.subject).toBe(subject);
    expect(notice?.slice(0, 10)).toBe(day);
  };

  test('a real change makes it outdated, with the date of that change on the notice', () => {
    story.german('Termine nach Vereinbarung.', 'Termine nur nach Anruf.', 'Termine nur nach Anruf');
    expectOutdatedBy('Termine nur nach Anruf', '2026-04-02');
  });

  test("a change reverted with git revert (GitHub's Revert button): up to date", () => {
    story.revert(story.german('Termine nach Vereinbarung.', 'Termine nur nach Anruf.', 'Termine nur nach Anruf'));
    expectUpToDate();
  });

  test('a change typed back by hand in a commit of its own: up to date', () => {
    story.german('Termine nach Vereinbarung.', 'Termine nur nach Anruf.', 'Termine nur nach Anruf');
    story.german('Termine nur nach Anruf.', 'Termine nach Vereinbarung.', 'Doch wieder nach Vereinbarung');
    expect(story.project.read(original)).toBe(page('Wohnen', germanParagraphs));
    expectUpToDate();
  });

  test('a minor change after the translation: up to date', () => {
    story.german('Papiere mit.', 'Papiere mit!', 'Satzzeichen\n\nMinor-change: yes');
    expectUpToDate();
  });

  test('a real change after a minor one: outdated by the real change', () => {
    story.german('Papiere mit.', 'Papiere mit!', 'Satzzeichen\n\nMinor-change: yes');
    story.german('Termine nach Vereinbarung.', 'Termine nur nach Anruf.', 'Termine nur nach Anruf');
    expectOutdatedBy('Termine nur nach Anruf', '2026-04-03');
  });

  test('a minor change after a real one: outdated by the real change, not the minor one', () => {
    story.german('Termine nach Vereinbarung.', 'Termine nur nach Anruf.', 'Termine nur nach Anruf');
    story.german('Papiere mit.', 'Papiere mit!', 'Satzzeichen\n\nMinor-change: yes');
    expectOutdatedBy('Termine nur nach Anruf', '2026-04-02');
  });

  test('the translation updated after the change: up to date', () => {
    story.german('Termine nach Vereinbarung.', 'Termine nur nach Anruf.', 'Termine nur nach Anruf');
    story.french('Nous aidons à chercher un logement. Rendez-vous seulement après un appel.');
    expectUpToDate();
  });

  test('a change, a minor change elsewhere, then the change reverted (the text is the old one with the fix): up to date', () => {
    const change = story.german('Termine nach Vereinbarung.', 'Termine nur nach Anruf.', 'Termine nur nach Anruf');
    story.german('Papiere mit.', 'Papiere mit!', 'Satzzeichen\n\nMinor-change: yes');
    story.revert(change);
    // Not the bytes it had when the translation was made: the minor change stays.
    expect(story.project.read(original)).not.toBe(page('Wohnen', germanParagraphs));
    expect(story.project.read(original)).toContain('Papiere mit!');
    expectUpToDate();
  });

  test('two changes and the second reverted: outdated by the first, not by the revert', () => {
    story.german('Termine nach Vereinbarung.', 'Termine nur nach Anruf.', 'Termine nur nach Anruf');
    story.revert(story.german('Wohnungssuche.', 'Wohnungssuche und beim Umzug.', 'Auch beim Umzug'));
    expectOutdatedBy('Termine nur nach Anruf', '2026-04-02');
  });

  test('a translation made on a branch before a German change was merged is outdated, though its commit is newer', () => {
    const main = story.project.git(['rev-parse', '--abbrev-ref', 'HEAD']).trim();
    story.project.git(['checkout', '-q', '-b', 'french']);
    story.project.git(['checkout', '-q', main]);
    story.german('Termine nach Vereinbarung.', 'Termine nur nach Anruf.', 'Termine nur nach Anruf');
    story.project.git(['checkout', '-q', 'french']);
    story.french('Nous aidons à chercher un logement, sur rendez-vous.');
    story.project.git(['checkout', '-q', main]);
    story.project.git(['merge', '-q', '--no-edit', 'french'], story.date);
    expectOutdatedBy('Termine nur nach Anruf', '2026-04-02');
  });

  test('reviewedOn: a translator who checked the changed original and set the day is up to date, until the next change', () => {
    story.german('Termine nach Vereinbarung.', 'Termine nur nach Anruf.', 'Termine nur nach Anruf');
    story.french('Nous aidons à chercher un logement.', 'Vérifié', 'reviewedOn: "2026-04-03"\n');
    expectUpToDate();
  });

  test("reviewedOn: a day later than the translation's last commit counts the changes up to that day as seen", () => {
    story.french('Nous aidons à chercher un logement.', "Vérifié d'avance", 'reviewedOn: "2026-04-03"\n');
    story.german('Termine nach Vereinbarung.', 'Termine nur nach Anruf.', 'Termine nur nach Anruf'); // 3 April: seen
    expectUpToDate();
  });

  test('reviewedOn: a change after that day makes it outdated', () => {
    story.french('Nous aidons à chercher un logement.', "Vérifié d'avance", 'reviewedOn: "2026-04-03"\n');
    story.german('Termine nach Vereinbarung.', 'Termine nur nach Anruf.', 'Termine nur nach Anruf'); // 3 April
    story.german('Wohnungssuche.', 'Wohnungssuche und beim Umzug.', 'Auch beim Umzug'); // 4 April
    expectOutdatedBy('Auch beim Umzug', '2026-04-04');
  });

  test('renamed or moved: all languages moved in one commit keep their state; a change after the move counts', () => {
    for (const lang of ['de', 'fr']) {
      story.project.git(['mv', `content/services/${lang}/housing.md`, `content/services/${lang}/wohnen.md`]);
    }
    story.commit('housing heißt jetzt wohnen');
    expect(story.status('wohnen').item?.state).toBe('translated');
  });

  test('renamed or moved, then changed: outdated by the change', () => {
    for (const lang of ['de', 'fr']) {
      story.project.git(['mv', `content/services/${lang}/housing.md`, `content/services/${lang}/wohnen.md`]);
    }
    story.commit('housing heißt jetzt wohnen');
    story.project.edit('content/services/de/wohnen.md', (text) => text.replace('Termine nach Vereinbarung.', 'Termine nur nach Anruf.'));
    story.commit('Termine nur nach Anruf');
    expect(story.status('wohnen').item?.state).toBe('outdated');
  });
});

describe('the minor-change line, read from real commits', { timeout: 120_000 }, () => {
  let project: TestProject;
  afterEach(() => project?.dispose());
  const coAuthor = 'Co-authored-by: Maria Muster <12345+maria@users.noreply.github.com>';

  /** One commit per message, each changing the original; what the history says of each, oldest first. */
  function read(messages: readonly string[]) {
    project = makeTestProject({ copy: false });
    messages.forEach((message, index) => {
      project.write(original, page('Wohnen', [`Version ${index}`]));
      project.commit(message, `2026-04-${String(index + 1).padStart(2, '0')}T10:00:00+02:00`);
    });
    return (gitHistory(project.root)?.commits.get(original) ?? []).toReversed().map(({ minor, unclearLine }) => ({ minor, unclearLine }));
  }

  test('recognised however it is spaced, in any case, in German, and next to Co-authored-by', () => {
    const minor = [
      'Tippfehler\n\nMinor-change: yes',
      'Tippfehler\nMinor-change: yes', // no blank line before it
      `Tippfehler\n\nMinor-change: yes\n\n${coAuthor}`, // a blank line between it and Co-authored-by
      `Tippfehler\n\n${coAuthor}\n\nMinor-change: yes`,
      'Tippfehler\n\n  minor-change :   JA  ', // spaces, lower case, German
      'Tippfehler\n\nMinor change: true',
      'Tippfehler\n\nEin Satz dazu.\nMinor-change: Yes.',
      'Minor-change: ja',
      // GitHub's "Squash and merge" of the web editor's saves, the line added as EDITING.md shows.
      `Update Services “housing” (#12)\n\n* Update Services “housing”\n\n* Update Services “housing”\n\n---------\n\nMinor-change: yes\n${coAuthor}`,
    ];
    expect(read(minor)).toEqual(minor.map(() => ({ minor: true, unclearLine: undefined })));
  });

  test('a change without it, with no, or with it inside a sentence counts as a change, and nothing is reported', () => {
    const counting = ['Tippfehler', 'Fix typo', 'Tippfehler\n\nMinor-change: no', 'Tippfehler\n\nMinor-change: nein', 'Explains the Minor-change: yes line'];
    expect(read(counting)).toEqual(counting.map(() => ({ minor: false, unclearLine: undefined })));
  });

  test('a value that is not understood counts as a change, and the line is kept for the report', () => {
    expect(read(['Start', 'Tippfehler\n\nMinor-change: vielleicht', 'Komma\n\nMinor-change:'])).toEqual([
      { minor: false, unclearLine: undefined },
      { minor: false, unclearLine: 'Minor-change: vielleicht' },
      { minor: false, unclearLine: 'Minor-change:' },
    ]);
  });
});

describe('a value that is not understood, in the report', { timeout: 120_000 }, () => {
  let story: Story;
  afterAll(() => story.project.dispose());

  test('npm run i18n:status names the commit, the line, what is understood and what it made outdated', () => {
    story = new Story();
    const hash = story.german('Papiere mit.', 'Papiere mit!', 'Satzzeichen\n\nMinor-change: vielleicht');
    const result = spawnSync(process.execPath, [statusScript, '--root', story.project.root, '--out', 'status.md'], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    const note = `The change of 2026-04-02 "Satzzeichen" (commit ${hash.slice(0, 7)}) has the line "Minor-change: vielleicht", which is not understood: only yes, ja or true mark a change as minor. So it counts as a real change, and these translations show as outdated: services/housing (fr). If they need no change, set reviewedOn in them (EDITING.md shows how).`;
    expect(result.stdout).toContain(`Note: ${note}`);
    expect(result.stdout).toContain('OUTDATED:   services/housing – the original changed on 2026-04-02 ("Satzzeichen")');
    expect(story.project.read('status.md')).toContain(`> **Note:** ${note}`);
  });
});

// A copy of the site without git (tests/build/content-changes.test.ts runs these tests there), or
// a shallow clone, has no history of its own to test.
describe.skipIf(historyState(projectRoot) !== 'full')("on a clone of this repository's own history", () => {
  const clones: TestProject[] = [];
  afterAll(() => clones.forEach((clone) => clone.dispose()));
  /** A clone of `source`'s committed history (a folder of its own: the module reads each folder's history once). */
  const cloneOf = (source: string) => {
    const clone = makeTestProject({ copy: false });
    clones.push(clone);
    clone.git(['clone', '-q', '--no-hardlinks', source, clone.root]);
    return clone;
  };
  /** Every translation's state, by path. */
  const states = (root: string) =>
    Object.fromEntries(
      translationStatus(readContentFiles(root), gitHistory(root))
        .languages.flatMap((l) => l.items)
        .map((item) => [item.translation, item.state]),
    );

  test('a change to every German original and its revert, then a minor change to each, leave every translation as it was; a real change makes each outdated', () => {
    const today = cloneOf(projectRoot);
    const before = states(today.root);
    const originals = today.files('content').filter((path) => /^content\/(pages|services)\/de\/[^_][^/]*\.md$/.test(path));
    expect(originals.length).toBeGreaterThan(0);

    const undone = cloneOf(today.root);
    for (const path of originals) undone.edit(path, (text) => `${text}\nEin neuer Absatz.\n`);
    undone.commit('Ein neuer Absatz überall', '2030-01-01T10:00:00+01:00');
    undone.git(['revert', '--no-edit', 'HEAD'], '2030-01-02T10:00:00+01:00');
    // A blank line more after the frontmatter: a change of the bytes, not of the meaning.
    for (const path of originals) undone.edit(path, (text) => text.replace('\n---\n', '\n---\n\n'));
    undone.commit('Leerzeilen\n\nMinor-change: ja', '2030-01-03T10:00:00+01:00');
    expect(states(undone.root)).toEqual(before);

    const changed = cloneOf(undone.root);
    for (const path of originals) changed.edit(path, (text) => `${text}\nEin neuer Absatz.\n`);
    changed.commit('Ein neuer Absatz überall', '2030-01-04T10:00:00+01:00');
    const after = states(changed.root);
    expect(Object.values(after).filter((state) => state === 'outdated').length).toBeGreaterThan(0);
    for (const [path, state] of Object.entries(before)) expect(after[path], path).toBe(state === 'missing' ? 'missing' : 'outdated');
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
      expect(gitHistory(copy)?.commits.get('content/services/de/training.md')?.[0]?.date.toISOString()).toBe('2026-04-20T07:00:00.000Z');
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
