/**
 * The one reader of a content file's frontmatter: for the content check it says in plain words
 * what is wrong (one message per root cause: an empty file, a missing closing `---`, a tab, a
 * colon in an unquoted value), instead of YAML's own wording; the translation status and the
 * settings read the fields through it too. No fields between the `---` lines is no fields (the
 * content check names the ones the file needs), not a YAML error.
 */
import { load as parseYaml } from 'js-yaml';

/** Splits `---\nfrontmatter\n---\nbody`; null when the file has no frontmatter block. */
export function splitFrontmatter(text: string): { frontmatter: string; body: string } | null {
  const match = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n?---\r?\n?([\s\S]*)$/.exec(text);
  return match ? { frontmatter: match[1] ?? '', body: match[2] ?? '' } : null;
}

export type FrontmatterResult = { data: Record<string, unknown>; body: string; bodyLine: number } | { problem: string };

/** `title: LISKO: wer wir sind`: a value with a colon and a space, not in quotes. */
const unquotedColon = /^\s*(?:-\s+)?([A-Za-z][\w-]*):[ \t]+([^"'\s[{|>&*!#][^#]*?:\s.*)$/;

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
  // File line of frontmatter line `index`: the opening `---` is line 1.
  const fileLine = (index: number) => index + 2;
  const tab = lines.findIndex((line) => /^[ ]*\t/.test(line));
  if (tab !== -1) {
    return {
      problem: `line ${fileLine(tab)}: the frontmatter must be indented with spaces, not with a tab (found a tab before "${lines[tab]?.trim().split(/\s/)[0]}")`,
    };
  }
  let data: unknown;
  try {
    // Nothing but blank lines or comments: no fields (js-yaml throws on an empty document); the
    // content check says which fields the file needs.
    data = /^(?:[ \t]*(?:#.*)?(?:\r?\n|$))*$/.test(split.frontmatter) ? {} : (parseYaml(split.frontmatter) ?? {});
  } catch (error) {
    const index = (error as { mark?: { line: number } }).mark?.line;
    // YAML stops at the line after a value with a colon, or at the line itself.
    const colon = [index, index === undefined ? undefined : index - 1]
      .map((i) => (i === undefined ? undefined : { i, match: unquotedColon.exec(lines[i] ?? '') }))
      .find((candidate) => candidate?.match);
    if (colon?.match) {
      const [, field, value] = colon.match;
      return { problem: `line ${fileLine(colon.i)}: the value of "${field}" contains a colon, so it must be in quotes, like ${field}: "${value?.trim()}"` };
    }
    return { problem: `the frontmatter is not valid YAML${index === undefined ? '' : ` near line ${fileLine(index)}`} (check colons, quotes and indentation)` };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { problem: 'the frontmatter must be a list of "field: value" lines' };
  }
  const bodyLine = text.slice(0, text.length - split.body.length).split('\n').length;
  return { data: data as Record<string, unknown>, body: split.body, bodyLine };
}

/** The frontmatter's fields; undefined when the file has none or it is broken (the content check says why). */
export function frontmatterData(text: string): Record<string, unknown> | undefined {
  const read = readFrontmatter(text);
  return 'data' in read ? read.data : undefined;
}
