/**
 * Reads the git history of content/ once (one `git log`), for `npm run i18n:status` and for the
 * outdated-translation notice on the site. Without usable history (no git, not a repository,
 * a shallow clone such as many CI checkouts) it returns null and nothing is reported outdated.
 */
import { execFileSync } from 'node:child_process';
import { defaultLocale, type Locale } from '../i18n/locales.ts';
import { outdatedChange, type Commit, type History, type TranslatedCollection } from './translationStatus.ts';

const recordStart = '\u001e';
const fieldEnd = '\u001f';

/** Parses `git log --name-only --format=%x1e%aI%x1f%s` into commits per file, newest first. */
export function parseGitLog(output: string): Map<string, Commit[]> {
  const history = new Map<string, Commit[]>();
  for (const record of output.split(recordStart).slice(1)) {
    const [header = '', ...files] = record.split('\n');
    const [iso = '', subject = ''] = header.split(fieldEnd);
    const date = new Date(iso);
    if (Number.isNaN(date.getTime())) continue;
    for (const file of files) {
      if (!file.trim()) continue;
      history.set(file, [...(history.get(file) ?? []), { date, subject }]);
    }
  }
  return history;
}

function git(root: string, args: readonly string[]): string {
  return execFileSync('git', ['-C', root, ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
    maxBuffer: 64 * 1024 * 1024,
  });
}

const cache = new Map<string, History | null>();

/** The history of every file in `<root>/content`, paths from `root`; null when unavailable. Cached. */
export function gitHistory(root = process.cwd()): History | null {
  if (cache.has(root)) return cache.get(root) ?? null;
  let history: History | null = null;
  try {
    if (git(root, ['rev-parse', '--is-shallow-repository']).trim() !== 'true') {
      // Author dates: when a change was written, kept when commits are rebased or cherry-picked.
      history = parseGitLog(
        git(root, ['-c', 'core.quotePath=false', 'log', '--relative', '--name-only', `--format=${recordStart}%aI${fieldEnd}%s`, '--', 'content']),
      );
    }
  } catch {
    history = null;
  }
  cache.set(root, history);
  return history;
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
  const change = outdatedChange(
    history.get(`content/${collection}/${defaultLocale}/${name}.md`),
    history.get(`content/${collection}/${lang}/${name}.md`),
    reviewedOn,
  );
  return change?.date;
}
