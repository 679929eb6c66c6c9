/**
 * Finds the links, images and raw HTML in a Markdown text, with their line numbers, for the
 * content check. Deliberately small: inline links `[text](target "title")`, images `![alt](src)`,
 * reference definitions `[name]: target`, autolinks `<scheme:…>` and HTML tags; code (fenced
 * blocks and `inline code`) is skipped.
 */

import GithubSlugger from 'github-slugger';

export interface MarkdownLink {
  kind: 'link' | 'image';
  /** The words between the brackets (the alt text for an image); trimmed. */
  text: string;
  /** The address as written, without angle brackets or title. */
  target: string;
  /** 1-based line in the text given. */
  line: number;
  /** The whole construct as written, for messages: `![](team.png)`. */
  source: string;
}

/** Blanks out code so links in examples are not checked; keeps every line break and offset. */
function withoutCode(text: string): string {
  const blank = (part: string) => part.replace(/[^\n]/g, ' ');
  let fence: string | undefined;
  const lines = text.split('\n').map((line) => {
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length && !line.slice(line.indexOf(marker) + marker.length).trim()) fence = undefined;
      return blank(line);
    }
    if (marker) {
      fence = marker;
      return blank(line);
    }
    return line;
  });
  return lines.join('\n').replace(/(`+)(?!`)[\s\S]*?[^`]\1(?!`)/g, blank);
}

/**
 * The words of a Markdown text as a reader sees them, for the style check: code, link and image
 * addresses (with their titles), reference definitions, autolinks, web addresses, `{{tokens}}`
 * and HTML blanked out; every line break and offset kept, so a slip's line is the file's line.
 */
export function proseOf(text: string): string {
  const blank = (part: string) => part.replace(/[^\n]/g, ' ');
  return (
    withoutCode(text)
      .replace(/^ {0,3}\[[^\]\n]+\]:.*$/gm, blank)
      .replace(/\]\([^)\n]*(?:\([^)\n]*\)[^)\n]*)*\)/g, (part) => `]${blank(part.slice(1))}`)
      .replace(/<[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*>/g, blank)
      .replace(/\b(?:https?:\/\/|www\.)[^\s<>]*/g, blank)
      .replace(/\{\{[^{}\n]*\}\}/g, blank)
      // HTML has its own message (checkHtml); its attributes' quotes are not the text's.
      .replace(/<\/?[A-Za-z][^<>]*>|<!--[\s\S]*?(?:-->|$)/g, blank)
  );
}

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** `<a b>` → `a b`; `a "title"` → `a`. */
function cleanTarget(raw: string): string {
  const trimmed = raw.trim();
  if (trimmed.startsWith('<')) return trimmed.slice(1, trimmed.indexOf('>') === -1 ? undefined : trimmed.indexOf('>'));
  return trimmed.split(/\s+/)[0] ?? '';
}

/** Every link and image in `text`, in order of appearance. */
export function markdownLinks(text: string): MarkdownLink[] {
  const scan = withoutCode(text);
  const found: MarkdownLink[] = [];
  // The words may not contain brackets: in `[![img](a)](b)` the image is found, the outer link not.
  const inline = /(!?)\[([^[\]]*)\]\(\s*(<[^>\n]*>|[^\s()]*(?:\([^\s()]*\)[^\s()]*)*)(\s+(?:"[^"\n]*"|'[^'\n]*'|\([^)\n]*\)))?\s*\)/g;
  for (const match of scan.matchAll(inline)) {
    found.push({
      kind: match[1] ? 'image' : 'link',
      text: (match[2] ?? '').trim(),
      target: cleanTarget(match[3] ?? ''),
      line: lineAt(scan, match.index),
      source: text.slice(match.index, match.index + match[0].length),
    });
  }
  const definition = /^ {0,3}\[([^\]\n]+)\]:[ \t]*(<[^>\n]*>|\S+)/gm;
  for (const match of scan.matchAll(definition)) {
    found.push({
      kind: 'link',
      text: (match[1] ?? '').trim(),
      target: cleanTarget(match[2] ?? ''),
      line: lineAt(scan, match.index),
      source: text.slice(match.index, match.index + match[0].length),
    });
  }
  // An autolink `<scheme:…>` is a link too (CommonMark allows any scheme, `javascript:` included).
  for (const match of scan.matchAll(/<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*)>/g)) {
    const target = match[1] ?? '';
    found.push({ kind: 'link', text: target, target, line: lineAt(scan, match.index), source: match[0] });
  }
  return found.sort((a, b) => a.line - b.line);
}

export interface MarkdownHtml {
  /** The tag as written, shortened for messages: `<script>`, `<img src="x" onerror="…">`. */
  tag: string;
  /** 1-based line in the text given. */
  line: number;
}

/**
 * Every HTML tag (opening or closing) and declaration in `text`, outside code. Markdown passes
 * HTML through to the page unchanged, so a tag could carry a script, a style, a frame or a
 * `<base>`; comments (`<!-- note -->`) are left alone, they show nothing and run nothing.
 * `<https://…>` and `<name@example.com>` are autolinks, not tags: after the name comes a
 * space, `/` or `>`.
 */
export function markdownHtml(text: string): MarkdownHtml[] {
  const scan = withoutCode(text);
  const found: MarkdownHtml[] = [];
  for (const match of scan.matchAll(/<(?:\/?[A-Za-z][A-Za-z0-9-]*(?=[\s/>])|![A-Za-z]|!\[CDATA\[|\?)[^>]*>?/g)) {
    const tag = text.slice(match.index, match.index + match[0].length).replace(/\s+/g, ' ');
    found.push({ tag: tag.length > 60 ? `${tag.slice(0, 57)}…` : tag, line: lineAt(scan, match.index) });
  }
  return found;
}

/**
 * The ids the site gives the headings of `text` (`## Wie bekomme ich das?` → `wie-bekomme-ich-das`),
 * made like Astro makes them (github-slugger on the heading's words), so a link's `#part` can be
 * checked before the build.
 */
export function headingIds(text: string): string[] {
  const slugger = new GithubSlugger();
  const original = text.split('\n');
  return (
    withoutCode(text)
      .split('\n')
      // Headings are found outside code blocks, their words read from the text as written.
      .map((line, index) => (/^ {0,3}#{1,6}[ \t]/.test(line) ? /^ {0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/.exec(original[index] ?? '')?.[1] : undefined))
      .filter((heading): heading is string => heading !== undefined)
      // The words a visitor sees: link texts without their addresses, no emphasis marks.
      .map((heading) => slugger.slug(heading.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[*_`]/g, '')))
  );
}

export interface Mention {
  /** 1-based line in the text given. */
  line: number;
  /** The address when the mention is the whole of a link's words: `[BPI](../glossary/#bpi)`. */
  target?: string;
}

/**
 * Where `word` is first written in the sentences of `text` (headings and code left out), and the
 * address when it is written as a link of its own there.
 */
export function firstMention(text: string, word: string): Mention | undefined {
  const scan = withoutCode(text)
    .split('\n')
    .map((line) => (/^ {0,3}#{1,6}(?:[ \t]|$)/.test(line) ? line.replace(/[^\n]/g, ' ') : line))
    .join('\n');
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const found = new RegExp(`\\b${escaped}\\b`).exec(scan);
  if (!found) return undefined;
  const link = new RegExp(`^\\[${escaped}\\]\\(([^)\\n]*)\\)`).exec(scan.slice(found.index - 1));
  return { line: lineAt(scan, found.index), ...(link && found.index > 0 ? { target: cleanTarget(link[1] ?? '') } : {}) };
}
