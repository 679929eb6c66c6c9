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

/** Typesets the words between character references (`&#39;`, `&amp;`), never inside one. */
function typesetText(lang: string, text: string): string {
  if (!isLocale(lang)) return text;
  return text
    .split(/(&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);)/i)
    .map((part, index) => (index % 2 ? part : typeset(lang, part)))
    .join('');
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

/** One page, typeset where its elements are in a language with rules of its own. */
export function typesetHtml(html: string): string {
  const open: { name: string; lang: string }[] = [];
  const langNow = () => open.at(-1)?.lang ?? '';
  let out = '';
  let at = 0;
  token.lastIndex = 0;
  for (let match = token.exec(html); match; match = token.exec(html)) {
    out += typesetText(langNow(), html.slice(at, match.index));
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
    const lang = own === undefined ? langNow() : (own.toLowerCase().split('-')[0] ?? '');
    out += `<${rawName}${typesetAttributes(lang, name, attributes)}>`;
    if (verbatim.has(name) && !attributes.trim().endsWith('/')) {
      const end = html.toLowerCase().indexOf(`</${name}`, at);
      const until = end < 0 ? html.length : end;
      out += html.slice(at, until);
      at = until;
      token.lastIndex = until;
      continue;
    }
    if (!voidElements.has(name) && !attributes.trim().endsWith('/')) open.push({ name, lang });
  }
  return out + typesetText(langNow(), html.slice(at));
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
