/**
 * Translation status: translated, missing, OUTDATED. Every rule runs on real git histories made
 * in scratch repositories (tests/support/testProject.ts), with commits at fixed dates, and on a
 * clone of this repository's own history.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readContentFiles } from '../../src/check/files.ts';
import { gitHistory, historyProblem, historyState, lastChanged, originalUpdatedSince, parseGitLog } from '../../src/editorial/gitHistory.ts';
import { isProductionBuild } from '../../src/integrations/history.ts';
import {
  formatStatusMarkdown,
  formatStatusText,
  translationStatus,
  type TranslationItem,
  type TranslationReport,
} from '../../src/editorial/translationStatus.ts';
import { luxembourgDay } from '../../src/hours/clock.ts';
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

const germanParagraphs = [
  'Wir helfen bei der Wohnungssuche.',
  'Beratung auf Deutsch und Französisch.',
  'Termine nach Vereinbarung.',
  'Bitte bringen Sie Ihre Papiere mit.',
];
const page = (title: string, paragraphs: readonly string[], extra = '') =>
  `---\ntitle: "${title}"\ndescription: "A description long enough for the schema to accept it."\n${extra}---\n\n${paragraphs.join('\n\n')}\n`;

/** A commit a story made: its first line, its day, and how many commits the repository had then. */
interface Step {
  subject: string;
  day: string;
  count: number;
}

/**
 * All stories in ONE scratch repository (the module reads a folder's history once, and a
 * repository per story would run git hundreds of times): each story has a service of its own,
 * `content/services/de/<name>.md` with its French translation, and every commit is on the next day.
 */
class Repository {
  readonly project: TestProject = makeTestProject({ copy: false });
  private days = 0;

  /** Commits everything on the next day (from 2 January 2026, 10:00 in Luxembourg). */
  commit(message: string): Step {
    const date = this.nextDate();
    this.project.commit(message, date);
    this.count += 1;
    return { subject: message.split('\n')[0] ?? '', day: date.slice(0, 10), count: this.count };
  }

  /** The commits made so far: `HEAD~n` back to a step of a story told on one branch. */
  count = 0;

  /** git itself on the next day (a revert, a merge). */
  git(args: string[]): void {
    this.project.git(args, this.nextDate());
    this.count += 1;
  }

  /** The day of the commit `ahead` commits from now (1: the next one). */
  dayAhead(ahead: number): string {
    return this.date(this.days + ahead).slice(0, 10);
  }

  private nextDate(): string {
    this.days += 1;
    return this.date(this.days);
  }

  private date(days: number): string {
    return new Date(Date.UTC(2026, 0, 1 + days, 9)).toISOString();
  }
}

class Story {
  constructor(
    readonly repository: Repository,
    public name: string,
  ) {
    repository.project.write(this.original, page('Wohnen', germanParagraphs));
    repository.project.write(this.translation, page('Logement', ['Nous aidons à chercher un logement.']));
    repository.commit(`Start ${name}`);
  }

  get original(): string {
    return `content/services/de/${this.name}.md`;
  }

  get translation(): string {
    return `content/services/fr/${this.name}.md`;
  }

  /** Replaces words in the German original and commits the change. */
  german(from: string, to: string, message: string): Step {
    this.repository.project.edit(this.original, (text) => text.replace(from, to));
    return this.repository.commit(message);
  }

  translate(text: string, message = 'Traduction mise à jour', extra = ''): Step {
    this.repository.project.write(this.translation, page('Logement', [text], extra));
    return this.repository.commit(message);
  }

  /** `git revert` of a commit, as GitHub's Revert button makes it. */
  revert(step: Step): void {
    this.repository.git(['revert', '--no-edit', `HEAD~${this.repository.count - step.count}`]);
  }

  /** Moves the original and its translation to a new name in one commit. */
  rename(name: string): this {
    const { original, translation } = this;
    this.name = name;
    this.repository.project.git(['mv', original, this.original]);
    this.repository.project.git(['mv', translation, this.translation]);
    this.repository.commit(`Umbenannt in ${name}`);
    return this;
  }
}

/** What a story ends with: the translation up to date, or outdated by a change (whose day the notice shows). */
type Expected = 'up to date' | { outdatedBy: Step };

const aRealChange = (story: Story) => story.german('Termine nach Vereinbarung.', 'Termine nur nach Anruf.', 'Termine nur nach Anruf');
const aMinorChange = (story: Story) => story.german('Papiere mit.', 'Papiere mit!', 'Satzzeichen\n\nMinor-change: yes');
const anotherRealChange = (story: Story) => story.german('Wohnungssuche.', 'Wohnungssuche und beim Umzug.', 'Auch beim Umzug');

/** Each story: its steps, and what they must end with. */
const stories: Record<string, (story: Story) => Expected> = {
  'a real change makes it outdated, with the date of that change on the notice': (story) => ({ outdatedBy: aRealChange(story) }),
  "a change reverted with git revert (GitHub's Revert button): up to date": (story) => {
    story.revert(aRealChange(story));
    return 'up to date';
  },
  'a change typed back by hand in a commit of its own: up to date': (story) => {
    aRealChange(story);
    story.german('Termine nur nach Anruf.', 'Termine nach Vereinbarung.', 'Doch wieder nach Vereinbarung');
    expect(story.repository.project.read(story.original)).toBe(page('Wohnen', germanParagraphs));
    return 'up to date';
  },
  'a minor change after the translation: up to date': (story) => {
    aMinorChange(story);
    return 'up to date';
  },
  'a real change after a minor one: outdated by the real change': (story) => {
    aMinorChange(story);
    return { outdatedBy: aRealChange(story) };
  },
  'a minor change after a real one: outdated by the real change, not the minor one': (story) => {
    const change = aRealChange(story);
    aMinorChange(story);
    return { outdatedBy: change };
  },
  'the translation updated after the change: up to date': (story) => {
    aRealChange(story);
    story.translate('Nous aidons à chercher un logement. Rendez-vous seulement après un appel.');
    return 'up to date';
  },
  'a change, a minor change elsewhere, then the change reverted (the old text with the fix, not its old bytes): up to date': (story) => {
    const change = aRealChange(story);
    aMinorChange(story);
    story.revert(change);
    expect(story.repository.project.read(story.original)).toBe(page('Wohnen', germanParagraphs).replace('Papiere mit.', 'Papiere mit!'));
    return 'up to date';
  },
  'two changes and the second reverted: outdated by the first, not by the revert': (story) => {
    const first = aRealChange(story);
    story.revert(anotherRealChange(story));
    return { outdatedBy: first };
  },
  'a translation made on a branch before a German change was merged is outdated, though its commit is newer': (story) => {
    const { project } = story.repository;
    const main = project.git(['rev-parse', '--abbrev-ref', 'HEAD']).trim();
    project.git(['branch', `french-${story.name}`]);
    const change = aRealChange(story);
    project.git(['checkout', '-q', `french-${story.name}`]);
    story.translate('Nous aidons à chercher un logement, sur rendez-vous.');
    project.git(['checkout', '-q', main]);
    story.repository.git(['merge', '-q', '--no-edit', `french-${story.name}`]);
    return { outdatedBy: change };
  },
  'reviewedOn set by a translator who checked the changed original: up to date': (story) => {
    const change = aRealChange(story);
    story.translate('Nous aidons à chercher un logement.', 'Vérifié', `reviewedOn: "${change.day}"\n`);
    return 'up to date';
  },
  "reviewedOn later than the translation's last commit: the original's changes up to that day count as seen, later ones do not": (story) => {
    // Written ahead (the commit is the next one): the change after it falls on that day.
    story.translate('Nous aidons à chercher un logement.', 'Vérifié', `reviewedOn: "${story.repository.dayAhead(2)}"\n`);
    aRealChange(story); // seen
    return { outdatedBy: anotherRealChange(story) }; // the day after: not seen
  },
  'renamed or moved together in one commit, then changed: outdated by the change': (story) => ({
    outdatedBy: aRealChange(story.rename(`${story.name}-moved`)),
  }),
  'renamed or moved together in one commit: up to date': (story) => {
    story.rename(`${story.name}-moved`);
    return 'up to date';
  },
};

describe('on one scratch repository, a story for each case', { timeout: 120_000 }, () => {
  const repository = new Repository();
  const { project } = repository;
  const told = new Map<string, { story: Story; end: Expected }>();
  const coAuthor = 'Co-authored-by: Maria Muster <12345+maria@users.noreply.github.com>';
  const messages = {
    minor: [
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
    ],
    counting: ['Tippfehler', 'Fix typo', 'Tippfehler\n\nMinor-change: no', 'Tippfehler\n\nMinor-change: nein', 'Explains the Minor-change: yes line'],
    unclear: ['Tippfehler\n\nMinor-change: vielleicht', 'Komma\n\nMinor-change:'],
  };
  const messagesFile = 'content/services/de/messages.md';
  let unclear: { story: Story; step: Step };
  let report: TranslationReport | undefined;

  beforeAll(() => {
    Object.entries(stories).forEach(([title, tell], index) => {
      const story = new Story(repository, `story-${index}`);
      told.set(title, { story, end: tell(story) });
    });
    [...messages.minor, ...messages.counting, ...messages.unclear].forEach((message, index) => {
      project.write(messagesFile, page('Nachrichten', [`Fassung ${index}`]));
      repository.commit(message);
    });
    const story = new Story(repository, 'unclear');
    unclear = { story, step: story.german('Papiere mit.', 'Papiere mit!', 'Satzzeichen\n\nMinor-change: vielleicht') };
  }, 600_000); // some 80 commits: minutes on a busy machine
  afterAll(() => project.dispose());

  test.each(Object.keys(stories))('%s', (title) => {
    const { story, end } = told.get(title) ?? expect.unreachable();
    report ??= translationStatus(readContentFiles(project.root), gitHistory(project.root));
    const item = report.languages.find((l) => l.lang === 'fr')?.items.find((i) => i.name === story.name);
    const reviewedOn = /reviewedOn: "(.+)"/.exec(project.read(story.translation))?.[1];
    const notice = originalUpdatedSince('services', story.name, 'fr', reviewedOn, project.root);
    if (end === 'up to date') {
      expect(item?.state).toBe('translated');
      expect(notice).toBeUndefined();
    } else {
      expect(item?.state).toBe('outdated');
      expect(item?.originalChange?.subject).toBe(end.outdatedBy.subject);
      expect(notice && luxembourgDay(notice)).toBe(end.outdatedBy.day);
    }
  });

  /** What the history says of each message, in the order they were written. */
  const read = () => (gitHistory(project.root)?.commits.get(messagesFile) ?? []).toReversed().map(({ minor, unclearLine }) => ({ minor, unclearLine }));

  test('the minor-change line is recognised however it is spaced, in any case, in German, and next to Co-authored-by', () => {
    expect(read().slice(0, messages.minor.length)).toEqual(messages.minor.map(() => ({ minor: true, unclearLine: undefined })));
  });

  test('a change without it, with no, or with it inside a sentence counts as a change, and nothing is reported', () => {
    const counting = read().slice(messages.minor.length, messages.minor.length + messages.counting.length);
    expect(counting).toEqual(messages.counting.map(() => ({ minor: false, unclearLine: undefined })));
  });

  test('a value that is not understood counts as a change, and the line is kept for the report', () => {
    expect(read().slice(-messages.unclear.length)).toEqual([
      { minor: false, unclearLine: 'Minor-change: vielleicht' },
      { minor: false, unclearLine: 'Minor-change:' },
    ]);
  });

  test('npm run i18n:status names such a commit, its line, what is understood and what it made outdated', () => {
    const result = spawnSync(process.execPath, [statusScript, '--root', project.root, '--out', 'status.md'], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    const { story, step } = unclear;
    const hash = gitHistory(project.root)?.commits.get(story.original)?.[0]?.hash ?? '';
    const note = `The change of ${step.day} "Satzzeichen" (commit ${hash.slice(0, 7)}) has the line "Minor-change: vielleicht", which is not understood: only yes, ja or true mark a change as minor. So it counts as a real change, and these translations show as outdated: services/${story.name} (fr). If they need no change, set reviewedOn in them (EDITING.md shows how).`;
    expect(result.stdout).toContain(`Note: ${note}`);
    expect(result.stdout).toContain(`OUTDATED:   services/${story.name} – the original changed on ${step.day} ("Satzzeichen")`);
    expect(project.read('status.md')).toContain(`> **Note:** ${note}`);
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
    clone.git(['clone', '-q', source, clone.root]);
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
