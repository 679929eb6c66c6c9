/**
 * The one reader of a content file's frontmatter (the `yaml` package, which knows where each value
 * stands): for the content check it says in plain words what is wrong (one message per root cause:
 * an empty file, a missing closing `---`, a tab, a colon in an unquoted value), instead of YAML's
 * own wording, and on which line of the file each field is; the translation status, the settings
 * and the tests read the fields through it too. No fields between the `---` lines is no fields (the
 * content check names the ones the file needs), not a YAML error.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

/** Splits `---\nfrontmatter\n---\nbody`; null when the file has no frontmatter block. */
export function splitFrontmatter(text: string): { frontmatter: string; body: string } | null {
  const match = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n?---\r?\n?([\s\S]*)$/.exec(text);
  return match ? { frontmatter: match[1] ?? '', body: match[2] ?? '' } : null;
}

export interface Frontmatter {
  data: Record<string, unknown>;
  /** The Markdown after the frontmatter, and the file line it starts on. */
  body: string;
  bodyLine: number;
  /**
   * The file line of the deepest part of `path` the frontmatter has (`['slots', 1, 'closes']`):
   * the field's own line, or the line of the field it belongs to when it is missing; undefined
   * when not even the first part is there.
   */
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
}

export type FrontmatterResult = Frontmatter | { problem: string };

/** `title: LISKO: wer wir sind`: a value with a colon and a space, not in quotes. */
const unquotedColon = /^\s*(?:-\s+)?([A-Za-z][\w-]*):[ \t]+([^"'\s[{|>&*!#][^#]*?:\s.*)$/;

/** The frontmatter's first line is the file's second (after the opening ---). */
const fileLine = (frontmatterLine: number) => frontmatterLine + 1;

/** The frontmatter's fields, or what is wrong with it (without the file name in front). */
export function readFrontmatter(text: string): FrontmatterResult {
  if (!text.replace(/^\uFEFF/, '').trim()) {
    return {
      problem:
        'is empty: it must have the fields between two lines of ---, then the text (restore it from the file’s history on the git host, or delete the file)',
    };
  }
  const split = splitFrontmatter(text);
  if (!split) {
    return /^\uFEFF?---[ \t]*\r?\n/.test(text)
      ? { problem: 'the frontmatter has no closing line ---: write a line of three dashes after the last field, before the text' }
      : { problem: 'must start with a frontmatter block between two lines of ---' };
  }
  const lines = split.frontmatter.split(/\r?\n/);
  const tab = lines.findIndex((line) => /^[ ]*\t/.test(line));
  if (tab !== -1) {
    return {
      problem: `line ${fileLine(tab + 1)}: the frontmatter must be indented with spaces, not with a tab (found a tab before "${lines[tab]?.trim().split(/\s/)[0]}")`,
    };
  }
  const counter = new LineCounter();
  const doc = parseDocument(split.frontmatter, { lineCounter: counter });
  const [error] = doc.errors;
  if (error) {
    const line = error.linePos?.[0].line;
    // YAML stops at the line after a value with a colon, or at the line itself.
    const colon = [line, line === undefined ? undefined : line - 1]
      .map((at) => (at === undefined ? undefined : { at, match: unquotedColon.exec(lines[at - 1] ?? '') }))
      .find((candidate) => candidate?.match);
    if (colon?.match) {
      const [, field, value] = colon.match;
      return { problem: `line ${fileLine(colon.at)}: the value of "${field}" contains a colon, so it must be in quotes, like ${field}: "${value?.trim()}"` };
    }
    return { problem: `the frontmatter is not valid YAML${line === undefined ? '' : ` near line ${fileLine(line)}`} (check colons, quotes and indentation)` };
  }
  // Nothing but blank lines or comments: no fields; the content check says which the file needs.
  const data: unknown = doc.toJS() ?? {};
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { problem: 'the frontmatter must be a list of "field: value" lines' };
  }
  const lineOf = (path: readonly PropertyKey[]) => {
    let node: unknown = doc.contents;
    let offset: number | undefined;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(key));
        if (!pair) break;
        offset = (pair.key as Node).range?.[0];
        node = pair.value;
      } else if (isSeq(node) && typeof key === 'number' && node.items[key]) {
        node = node.items[key];
        offset = (node as Node).range?.[0];
      } else break;
    }
    return offset === undefined ? undefined : fileLine(counter.linePos(offset).line);
  };
  const bodyLine = text.slice(0, text.length - split.body.length).split('\n').length;
  return { data: data as Record<string, unknown>, body: split.body, bodyLine, lineOf };
}

/** The frontmatter's fields; undefined when the file has none or it is broken (the content check says why). */
export function frontmatterData(text: string): Record<string, unknown> | undefined {
  const read = readFrontmatter(text);
  return 'data' in read ? read.data : undefined;
}
