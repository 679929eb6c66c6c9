/**
 * French spacing in the built pages (`typeset`, src/model/typography.ts): every text and every
 * attribute a reader sees (alt, title, aria-label, placeholder, the description and link-preview
 * texts) inside an element whose language is French, however the page came to hold it: Markdown,
 * frontmatter, UI strings. So editors and translators type ordinary spaces, and no French `:` or `?`
 * starts a line. Text in another language on a French page (a German original shown until the
 * translation exists) keeps its own spacing; code, scripts and styles are left as they are, so no
 * hashed script changes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { isLocale } from '../i18n/locales.ts';
import { typeset } from '../model/typography.ts';

const voidElements = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
/** Elements whose content is not running text: copied as they are, up to their end tag. */
const verbatim = new Set(['script', 'style', 'textarea', 'pre', 'code', 'svg', 'math']);
const textAttributes = new Set(['alt', 'title', 'aria-label', 'placeholder', 'aria-description']);
/** `<meta name|property=… content>` whose content is read as text (search results, link previews). */
const textMeta = /^(?:description|og:title|og:description|og:image:alt|twitter:title|twitter:description|twitter:image:alt)$/;

const token = /<!--[\s\S]*?-->|<![^>]*>|<(\/?)([A-Za-z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
const attribute = /([^\s=/>]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?/g;

/** A no-break space written as a character reference: a space to the rules. */
const noBreak = /^&(?:nbsp|#160|#xa0);$/i;

/**
 * Typesets the words between character references (`&#39;`, `&amp;`), never inside one. `before`:
 * the text's last character before this piece (across tags: `<strong>Adresse</strong>: x`,
 * `«<em>ceci</em>»`), so the rules see the word the mark follows.
 */
function typesetText(lang: string, text: string, before = ''): string {
  if (!isLocale(lang)) return text;
  let last = before;
  return text
    .split(/(&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);)/i)
    .map((part, index) => {
      if (index % 2) {
        last = noBreak.test(part) ? ' ' : 'x';
        return part;
      }
      // A space before is left out: the rule for a text starting with a space does its work.
      const context = /\S/u.test(last) ? last : '';
      const written = typeset(lang, context + part).slice(context.length);
      if (written) last = written.at(-1)!;
      return written;
    })
    .join('');
}

/** The text's last character, the way typesetText reads it (a reference counts as one). */
function lastCharacter(html: string, fallback: string): string {
  if (!html) return fallback;
  const reference = /&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);$/i.exec(html)?.[0];
  return reference ? (noBreak.test(reference) ? ' ' : 'x') : html.at(-1)!;
}

function typesetAttributes(lang: string, name: string, source: string): string {
  const values = new Map<string, string>();
  for (const [, key = '', value = ''] of source.matchAll(attribute)) values.set(key.toLowerCase(), value.replace(/^["']|["']$/g, ''));
  const isTextMeta = name === 'meta' && textMeta.test(values.get('name') ?? values.get('property') ?? '');
  return source.replace(attribute, (whole: string, key: string, value: string | undefined) => {
    const lower = key.toLowerCase();
    if (value === undefined || !(textAttributes.has(lower) || (isTextMeta && lower === 'content'))) return whole;
    const quote = /^["']/.test(value) ? value[0] : '';
    const inner = quote ? value.slice(1, -1) : value;
    return `${key}=${quote}${typesetText(lang, inner)}${quote}`;
  });
}

/**
 * One page, typeset where its elements are in a language with rules of its own. `lang`: the
 * language of a fragment's surroundings (a feed entry's content), for a fragment without its own.
 */
export function typesetHtml(html: string, lang = ''): string {
  const open: { name: string; lang: string }[] = [];
  const langNow = () => open.at(-1)?.lang ?? lang;
  let out = '';
  let at = 0;
  let last = '';
  const text = (source: string) => {
    const written = typesetText(langNow(), source, last);
    out += written;
    last = lastCharacter(written, last);
  };
  token.lastIndex = 0;
  for (let match = token.exec(html); match; match = token.exec(html)) {
    text(html.slice(at, match.index));
    at = token.lastIndex;
    const [whole, closing, rawName, attributes = ''] = match;
    if (!rawName) {
      out += whole;
      continue;
    }
    const name = rawName.toLowerCase();
    if (closing) {
      const index = open.map((element) => element.name).lastIndexOf(name);
      if (index >= 0) open.length = index;
      out += whole;
      continue;
    }
    const own = /(?:^|\s)lang\s*=\s*["']?([^"'\s>]*)/i.exec(attributes)?.[1];
    const elementLang = own === undefined ? langNow() : (own.toLowerCase().split('-')[0] ?? '');
    out += `<${rawName}${typesetAttributes(elementLang, name, attributes)}>`;
    if (verbatim.has(name) && !attributes.trim().endsWith('/')) {
      const end = new RegExp(`</${name}`, 'gi');
      end.lastIndex = at;
      const until = end.exec(html)?.index ?? html.length;
      out += html.slice(at, until);
      // An icon or code is no word for the next mark to follow.
      last = '';
      at = until;
      token.lastIndex = until;
      continue;
    }
    if (!voidElements.has(name) && !attributes.trim().endsWith('/')) open.push({ name, lang: elementLang });
  }
  text(html.slice(at));
  return out;
}

/** Typesets each page in place; returns how many changed. */
export function typesetPages(files: readonly string[]): number {
  let changed = 0;
  for (const file of files) {
    const html = readFileSync(file, 'utf8');
    const typeset = typesetHtml(html);
    if (typeset !== html) {
      writeFileSync(file, typeset);
      changed += 1;
    }
  }
  return changed;
}
