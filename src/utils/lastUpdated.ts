/**
 * When a content file last changed, for the "Last updated" line: the date of the last commit
 * that touched it (CI builds from a full clone), or the file's modification time when git
 * knows nothing newer (a new or edited file not committed yet, or no git at all). Cached:
 * each file is asked about once per build.
 */
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';

const cache = new Map<string, Date>();

function git(args: string[]): string | undefined {
  try {
    return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}

/** The last change of one file, path from the project root (e.g. `content/pages/de/home.md`). */
export function lastChanged(file: string): Date {
  const cached = cache.get(file);
  if (cached) return cached;
  const committed = git(['log', '-1', '--format=%cI', '--', file]);
  // Uncommitted changes (or an untracked file): the file on disk is newer than its history.
  const dirty = git(['status', '--porcelain', '--', file]);
  const date = committed && dirty === '' ? new Date(committed) : statSync(file).mtime;
  cache.set(file, date);
  return date;
}

/** The latest change among several files. */
export function lastChangedOf(files: readonly string[]): Date {
  return new Date(Math.max(...files.map((file) => lastChanged(file).getTime())));
}
