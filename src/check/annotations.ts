/**
 * The content check's problems as GitHub annotations (`::error file=…,line=…::message`), so on a
 * pull request each problem shows on the file and line it is about, in the web interface, where
 * an editor who never opens a terminal sees it. `npm run check` prints them in GitHub Actions.
 */
import type { ContentFile } from './check.ts';
import { readFrontmatter } from '../model/frontmatter.ts';

export interface Located {
  file: string;
  /** 1-based line in the file. */
  line: number;
  message: string;
}

/** `slots[1].closes` → `['slots', 1, 'closes']`. */
function fieldPath(field: string): (string | number)[] {
  return [...field.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : (m[1] ?? '')));
}

/** The file line of the deepest part of `path` the frontmatter has; 1 (the opening `---`) when none is found. */
export function fieldLine(text: string, path: readonly (string | number)[]): number {
  const read = readFrontmatter(text);
  return ('lineOf' in read ? read.lineOf(path) : undefined) ?? 1;
}

/** Where a problem line of the content check is: its file, and its line (named, or the field's). */
export function locate(problem: string, files: readonly ContentFile[]): Located {
  const match = /^(content\/[^:]*?): (?:line (\d+): )?([\s\S]*)$/.exec(problem);
  if (!match) return { file: '', line: 1, message: problem };
  const [, file = '', line, message = ''] = match;
  if (line) return { file, line: Number(line), message };
  const near = /not valid YAML near line (\d+)/.exec(message)?.[1];
  if (near) return { file, line: Number(near), message };
  const field = /^"([^"]+)"/.exec(message)?.[1];
  const unknown = /has unknown fields? "([^"]+)"/.exec(message)?.[1];
  const path = [...(field ? fieldPath(field) : []), ...(unknown ? [unknown] : [])];
  const text = files.find((candidate) => candidate.path === file)?.text;
  return { file, line: text && path.length ? fieldLine(text, path) : 1, message };
}

const escapeData = (value: string) => value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (value: string) => escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** One workflow command per problem: GitHub shows it on the file and line of the pull request. */
export function githubAnnotations(problems: readonly string[], files: readonly ContentFile[]): string[] {
  return problems.map((problem) => {
    const { file, line, message } = locate(problem, files);
    const where = file ? `file=${escapeProperty(file)},line=${line},` : '';
    return `::error ${where}title=${escapeProperty('Content check (EDITING.md explains every message)')}::${escapeData(file ? `${file}: ${message}` : message)}`;
  });
}
