/**
 * When a content file last changed, for the "Last updated" line: the date of the last commit
 * that touched it (CI builds from a full clone), or the file's modification time when git
 * knows nothing newer (a new or edited file not committed yet, or no git at all).
 * Git is asked once per build for every file (three commands in all, not two per page: with
 * thousands of pages, starting git for each one was most of the build time).
 */
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';

function git(args: string[]): string | undefined {
  try {
    return execFileSync('git', ['-c', 'core.quotePath=false', ...args], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 256 * 1024 * 1024,
    });
  } catch {
    return undefined;
  }
}

const lines = (output: string | undefined) => (output ?? '').split('\n').filter((line) => line.trim() !== '');

interface Snapshot {
  /** Path from the project root → date of the newest commit that touched it. */
  committed: Map<string, Date>;
  /** Files changed since the last commit, or not committed at all. */
  dirty: Set<string>;
}

let snapshot: Snapshot | undefined;

function readGit(): Snapshot {
  if (snapshot) return snapshot;
  const committed = new Map<string, Date>();
  // Newest commit first: the first date seen for a file is its last change.
  for (const record of (git(['log', '--relative', '--name-only', '--format=%x1e%cI']) ?? '').split('\u001e').slice(1)) {
    const [iso = '', ...files] = record.split('\n');
    const date = new Date(iso);
    if (Number.isNaN(date.getTime())) continue;
    for (const file of files) if (file.trim() && !committed.has(file)) committed.set(file, date);
  }
  const dirty = new Set([...lines(git(['diff', '--name-only', '--relative', 'HEAD'])), ...lines(git(['ls-files', '--others', '--exclude-standard']))]);
  snapshot = { committed, dirty };
  return snapshot;
}

/** The last change of one file, path from the project root (e.g. `content/pages/de/home.md`). */
export function lastChanged(file: string): Date {
  const { committed, dirty } = readGit();
  const date = committed.get(file);
  // Uncommitted changes (or an untracked file): the file on disk is newer than its history.
  return date && !dirty.has(file) ? date : statSync(file).mtime;
}

/** The latest change among several files. */
export function lastChangedOf(files: readonly string[]): Date {
  return new Date(Math.max(...files.map((file) => lastChanged(file).getTime())));
}
