/**
 * The one reader of git history, asked once per build (one `git log` and a few short commands;
 * an original's old texts only where a minor change has to be compared):
 * - the "Last updated" date of a page and the calendar file (`lastChanged`),
 * - the outdated-translation notice and `npm run i18n:status` (`gitHistory`).
 * One kind of date everywhere: the AUTHOR date, when a change was written (kept when commits
 * are rebased or cherry-picked; the committer date would move with them).
 *
 * Without usable history the dates fall back to the files' modification times and nothing is
 * reported outdated. A shallow clone (many CI checkouts) has a history, but a false one: every
 * file seems changed in the newest commit. `historyProblem` says so, and the production build
 * stops on it (src/integrations/history.ts).
 */
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { defaultLocale, type Locale } from '../i18n/locales.ts';
import { minorChange, originalOf, outdatedChange, type Commit, type History, type TranslatedCollection } from './translationStatus.ts';

const recordStart = '\u001e';
const fieldEnd = '\u001f';

/**
 * The `git log` format `parseGitLog` reads: commit id, date, subject, the whole message (for the
 * minor-change line, which git's own trailer reading misses in too many spellings).
 */
export const logFormat = `${recordStart}%H${fieldEnd}%aI${fieldEnd}%s${fieldEnd}%B${fieldEnd}`;

/** A content id made of zeros: no file (before an addition, after a deletion). */
const noFile = /^0+$/;

/**
 * Parses `git log --raw --no-abbrev --no-renames --format=<logFormat>` into commits per file,
 * newest first, each with the file's content ids before and after the commit.
 */
export function parseGitLog(output: string): Map<string, Commit[]> {
  const history = new Map<string, Commit[]>();
  for (const record of output.split(recordStart).slice(1)) {
    const [hash = '', iso = '', subject = '', message = '', rest = ''] = record.split(fieldEnd);
    const date = new Date(iso);
    if (Number.isNaN(date.getTime())) continue;
    const commit = { hash, date, subject, ...minorChange(message) };
    for (const line of rest.split('\n')) {
      // `:100644 100644 <before> <after> M<TAB>path`
      const raw = /^:\d+ \d+ ([0-9a-f]+) ([0-9a-f]+) [A-Z]\d*\t(.+)$/.exec(line);
      if (!raw) continue;
      const [, before = '', after = '', file = ''] = raw;
      const blobs = { ...(noFile.test(before) ? {} : { before }), ...(noFile.test(after) ? {} : { blob: after }) };
      history.set(file, [...(history.get(file) ?? []), { ...commit, ...blobs }]);
    }
  }
  return history;
}

function git(root: string, args: readonly string[], input?: string): string | undefined {
  try {
    return execFileSync('git', ['-C', root, '-c', 'core.quotePath=false', ...args], {
      input,
      encoding: 'utf8',
      stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'ignore'],
      maxBuffer: 256 * 1024 * 1024,
    });
  } catch {
    return undefined;
  }
}

const lines = (output: string | undefined) => (output ?? '').split('\n').filter((line) => line.trim() !== '');

/** `full`: a real history; `shallow`: a clone with its history cut off; `none`: no git here. */
export type HistoryState = 'full' | 'shallow' | 'none';

interface Snapshot {
  state: HistoryState;
  /** Path from the root → its commits, newest first (empty unless the state is `full`). */
  commits: Map<string, Commit[]>;
  /** Files changed since the last commit, or not committed at all. */
  dirty: Set<string>;
  /** `<commit>:<path>` → the file's content id there (undefined: no such file), asked ahead for every translation. */
  blobs: Map<string, string | undefined>;
  /** Content id → text, read when first asked. */
  texts: Map<string, string | undefined>;
}

/**
 * What the translation status asks, in one `git cat-file`: each original today (`HEAD`) and in
 * the commit that last changed each of its translations.
 */
function blobsOfOriginals(root: string, commits: ReadonlyMap<string, readonly Commit[]>): Map<string, string | undefined> {
  const keys = new Set<string>();
  for (const [file, [last]] of commits) {
    const original = originalOf(file);
    if (original && last) keys.add(`HEAD:${original}`).add(`${last.hash}:${original}`);
  }
  if (!keys.size) return new Map();
  // `<commit>:./<path>`: the path from the project folder, which may lie inside a bigger repository.
  const output = lines(git(root, ['cat-file', '--batch-check=%(objectname)'], [...keys].map((key) => key.replace(':', ':./')).join('\n') + '\n'));
  return new Map([...keys].map((key, index) => [key, /^[0-9a-f]+$/.exec(output[index] ?? '')?.[0]]));
}

const snapshots = new Map<string, Snapshot>();

function snapshot(root: string): Snapshot {
  const cached = snapshots.get(root);
  if (cached) return cached;
  const shallow = git(root, ['rev-parse', '--is-shallow-repository'])?.trim();
  const state: HistoryState = shallow === 'false' ? 'full' : shallow === 'true' ? 'shallow' : 'none';
  const commits =
    state === 'full'
      ? parseGitLog(git(root, ['log', '--relative', '--raw', '--no-abbrev', '--no-renames', `--format=${logFormat}`, '--', 'content']) ?? '')
      : new Map<string, Commit[]>();
  const dirty = new Set(
    state === 'full'
      ? [...lines(git(root, ['diff', '--name-only', '--relative', 'HEAD'])), ...lines(git(root, ['ls-files', '--others', '--exclude-standard']))]
      : [],
  );
  const blobs = state === 'full' ? blobsOfOriginals(root, commits) : new Map<string, string | undefined>();
  const result = { state, commits, dirty, blobs, texts: new Map<string, string | undefined>() };
  snapshots.set(root, result);
  return result;
}

export function historyState(root = process.cwd()): HistoryState {
  return snapshot(root).state;
}

/** The history of every file in `<root>/content`, paths from `root`; null when unavailable. */
export function gitHistory(root = process.cwd()): History | null {
  const { state, commits, blobs, texts } = snapshot(root);
  if (state !== 'full') return null;
  return {
    commits,
    blobAt(hash, path) {
      const key = `${hash}:${path}`;
      if (!blobs.has(key)) blobs.set(key, git(root, ['rev-parse', '--verify', '--quiet', `${hash}:./${path}`])?.trim() || undefined);
      return blobs.get(key);
    },
    text(blob) {
      if (!texts.has(blob)) texts.set(blob, git(root, ['cat-file', 'blob', blob]));
      return texts.get(blob);
    },
  };
}

/**
 * Why a production build must not be made here, in plain words; undefined when it may.
 * Only a shallow clone stops it: its dates look real and are wrong.
 */
export function historyProblem(root = process.cwd()): string | undefined {
  if (historyState(root) !== 'shallow') return undefined;
  return [
    'This folder is a shallow git clone: its history is cut off, so every "Last updated" date and every',
    'outdated-translation notice would be wrong. Build from the whole history: run `git fetch --unshallow`,',
    'or in GitHub Actions give actions/checkout `fetch-depth: 0` (.github/workflows/deploy.yml does).',
  ].join('\n');
}

/** The last change of one file, path from the root (e.g. `content/pages/de/home.md`). */
export function lastChanged(file: string, root = process.cwd()): Date {
  const { commits, dirty } = snapshot(root);
  const date = commits.get(file)?.[0]?.date;
  // Uncommitted changes (or an untracked file, or no history): the file on disk is newer.
  return date && !dirty.has(file) ? date : statSync(join(root, file)).mtime;
}

/** The latest change among several files. */
export function lastChangedOf(files: readonly string[], root = process.cwd()): Date {
  return new Date(Math.max(...files.map((file) => lastChanged(file, root).getTime())));
}

/**
 * For the notice on a translated page: the date the original changed after this translation,
 * or undefined when the translation is up to date or the history is unknown.
 */
export function originalUpdatedSince(
  collection: TranslatedCollection,
  name: string,
  lang: Locale,
  reviewedOn?: string,
  root = process.cwd(),
): Date | undefined {
  if (lang === defaultLocale) return undefined;
  const history = gitHistory(root);
  if (!history) return undefined;
  const outdated = outdatedChange(history, `content/${collection}/${defaultLocale}/${name}.md`, `content/${collection}/${lang}/${name}.md`, reviewedOn);
  return outdated?.change.date;
}
