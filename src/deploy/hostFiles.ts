/**
 * Writes the host's configuration files into the build: `_headers` (security and caching
 * headers) and `_redirects` (language negotiation), from the templates in public/, and the same
 * Content-Security-Policy into every page's `<meta http-equiv>`.
 *
 * The policy allows inline code by hash, and only the code the project itself emits (Astro's
 * island runtime and one line of the translation notice, see `ownInlineScripts`): any other inline script, style, style attribute,
 * event handler, `javascript:` address or frame in a built page stops the build, naming the
 * file. Whatever reaches the HTML from content is therefore never allowed by its own presence.
 *
 * Why a step after the build and not Astro's own `security.csp`: Astro's policy is a meta tag
 * only; ours is one policy for the header (which alone can carry `frame-ancestors`) and the
 * meta tag (for hosts that send no headers, such as GitHub Pages), with the union of all
 * hashes (per-page header rules would exceed Cloudflare Pages' limit of 100 rules).
 *
 * Runs from the integration src/integrations/hostFiles.ts (`astro:build:done`), so every
 * `astro build` gets it, also into another `--outDir` or under BASE_PATH.
 * By hand: node scripts/host-files.ts [dist] (BASE_PATH from the environment).
 */
import { typesetPages } from './typesetPages.ts';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmdirSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { ISLAND_STYLES } from 'astro/runtime/server/astro-island-styles.js';
import islandScript from 'astro/runtime/server/astro-island.prebuilt.js';
import idle from 'astro/runtime/client/idle.prebuilt.js';
import load from 'astro/runtime/client/load.prebuilt.js';
import media from 'astro/runtime/client/media.prebuilt.js';
import only from 'astro/runtime/client/only.prebuilt.js';
import visible from 'astro/runtime/client/visible.prebuilt.js';
import { hideNoticeEarly } from '../editorial/noticeHidden.ts';
import { defaultLocale, localeCodes } from '../i18n/locales.ts';
import { basePrefix } from '../routing/base.ts';
import { editorFolder } from '../routing/pages.ts';
import { fileProblem } from './activeContent.ts';
import { joinedHeaders, parseHeaderRules, type HeaderRule } from './headerRules.ts';

/**
 * The only inline code the project emits: Astro's island runtime, each client directive's
 * loader and the islands' one style rule, exactly as Astro writes them (so the check follows
 * Astro's version, and any island framework); and the one line that hides a translation notice
 * before it shows (src/editorial/noticeHidden.ts says why inline). The project's other scripts and styles are files in
 * /_astro/ ('self'): astro.config.mjs keeps Astro from inlining them. Anything else inline in a
 * page came from somewhere else (content, a dependency) and fails the build.
 */
export const ownInlineScripts: ReadonlySet<string> = new Set([islandScript, idle, load, media, only, visible, hideNoticeEarly]);
export const ownInlineStyles: ReadonlySet<string> = new Set([ISLAND_STYLES]);

/** Script types a browser runs; any other type is a data block (JSON-LD), never run, not hashed. */
const executable = /^(|module|importmap|speculationrules|(text|application)\/(x-)?(java|ecma)script|text\/(jscript|livescript)|text\/javascript1\.[0-5])$/i;

/** Elements no page of this site has: they would load or run something from elsewhere. */
const forbiddenElements = ['base', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet'];

/** Attributes that hold an address, where `javascript:` would run code. */
const urlAttributes = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster'];

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? htmlFiles(join(dir, entry.name)) : entry.name.endsWith('.html') ? [join(dir, entry.name)] : [],
  );
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const excerpt = (text: string) => JSON.stringify(text.length > 70 ? `${text.slice(0, 67)}…` : text);

export interface InlineCode {
  scripts: Set<string>;
  styles: Set<string>;
}

/** The problems of one page's HTML: inline code the project did not write, handlers, frames. */
export function pageProblems(html: string | HTMLElement): string[] {
  const problems: string[] = [];
  const dom = typeof html === 'string' ? parse(html, { comment: false }) : html;
  for (const script of dom.querySelectorAll('script:not([src])')) {
    const type = (script.getAttribute('type') ?? '').trim();
    if (!executable.test(type)) {
      if (/ld\+json/i.test(type)) {
        try {
          JSON.parse(script.rawText);
        } catch {
          problems.push(`JSON-LD that is not JSON: ${excerpt(script.rawText)}`);
        }
      }
      continue;
    }
    if (!ownInlineScripts.has(script.rawText))
      problems.push(`an inline <script${type ? ` type="${type}"` : ''}> the project did not write: ${excerpt(script.rawText)}`);
  }
  for (const style of dom.querySelectorAll('style')) {
    if (!ownInlineStyles.has(style.rawText)) problems.push(`an inline <style> the project did not write: ${excerpt(style.rawText)}`);
  }
  for (const element of dom.querySelectorAll('*')) {
    const tag = element.rawTagName?.toLowerCase() ?? '';
    if (forbiddenElements.includes(tag)) problems.push(`a <${tag}> element`);
    for (const [name, value] of Object.entries(element.attributes)) {
      const attribute = name.toLowerCase();
      if (attribute.startsWith('on')) problems.push(`an event handler ${attribute}=${excerpt(value)} on <${tag}>`);
      else if (attribute === 'style') problems.push(`a style=${excerpt(value)} attribute on <${tag}>`);
      // Browsers ignore tabs, new lines and leading spaces in a URL's scheme.
      // eslint-disable-next-line no-control-regex -- those are control characters
      else if (urlAttributes.includes(attribute) && /^javascript:/i.test(value.replace(/[\u0000-\u0020]/g, ''))) {
        problems.push(`a javascript: address in ${attribute}=${excerpt(value)} on <${tag}>`);
      }
    }
  }
  return problems;
}

/**
 * The CSP hash sources of the project's own inline scripts and styles in a build. Throws, naming
 * every file and what was found, when a page holds any other inline code.
 */
export function inlineHashes(dir: string): InlineCode {
  const found: InlineCode = { scripts: new Set(), styles: new Set() };
  const problems: string[] = [];
  for (const file of htmlFiles(dir)) {
    const dom = parse(readFileSync(file, 'utf8'), { comment: false });
    problems.push(...pageProblems(dom).map((problem) => `${relative(dir, file)}: ${problem}`));
    for (const script of dom.querySelectorAll('script:not([src])')) {
      if (ownInlineScripts.has(script.rawText)) found.scripts.add(sha256(script.rawText));
    }
    for (const style of dom.querySelectorAll('style')) if (ownInlineStyles.has(style.rawText)) found.styles.add(sha256(style.rawText));
  }
  if (problems.length) {
    throw new Error(
      [
        `The built pages hold ${problems.length} piece${problems.length > 1 ? 's' : ''} of code the site did not write itself; it is not published (content must not carry HTML, and the project's scripts and styles live in files):`,
        ...problems.map((problem) => `  ✗ ${problem}`),
      ].join('\n'),
    );
  }
  return found;
}

/** `/de/*` → `/lisko/de/*` under a sub-path. */
function rebase(path: string, base: string): string {
  return path.startsWith('/') ? `${basePrefix(base)}${path}` : path;
}

function allFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? allFiles(join(dir, entry.name)) : [join(dir, entry.name)]));
}

/** Top-level entries a host serves (not /_astro/, _headers, _redirects or dot files), as rule paths. */
function topLevel(dir: string): { path: string; name: string; folder: boolean }[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => !entry.name.startsWith('_') && !entry.name.startsWith('.'))
    .map((entry) => ({ name: entry.name, folder: entry.isDirectory(), path: entry.isDirectory() ? `/${entry.name}/*` : `/${entry.name}` }))
    .sort((a, b) => a.path.localeCompare(b.path));
}

/**
 * Paths whose files may be SVG images, which get a policy that lets nothing run: a top-level SVG
 * (`/favicon.svg`), a top-level folder of files without pages or scripts (`/images/*`, where the web
 * editor saves media), and any other SVG by its own path. Every SVG outside /_astro/ is covered.
 */
function imagePaths(dir: string): string[] {
  const paths: string[] = [];
  for (const entry of topLevel(dir)) {
    if (!entry.folder) {
      if (entry.name.endsWith('.svg')) paths.push(entry.path);
      continue;
    }
    const files = allFiles(join(dir, entry.name));
    if (entry.name !== editorFolder && files.length && !files.some((file) => /\.(html?|xhtml|js|mjs)$/.test(file))) paths.push(entry.path);
    else paths.push(...files.filter((file) => file.endsWith('.svg')).map((file) => `/${relative(dir, file).split(sep).join('/')}`));
  }
  return paths;
}

/**
 * What the markers of public/_headers stand for: `{{unhashed}}` every top-level entry (`/`,
 * `/index.html`, `/404.html` and `/404`, `/de/*`, …; not /_astro/), `{{pages}}` the same without the web editor and the
 * image entries, `{{images}}` the image paths above.
 */
function markerPaths(dir: string): Record<string, string[]> {
  // A page file is also served without `.html` (Cloudflare Pages answers /404.html at /404).
  const unhashed = topLevel(dir).flatMap((entry) =>
    entry.name === 'index.html' ? ['/', '/index.html'] : entry.name.endsWith('.html') ? [entry.path, entry.path.slice(0, -'.html'.length)] : [entry.path],
  );
  const images = imagePaths(dir);
  return { unhashed, pages: unhashed.filter((path) => path !== `/${editorFolder}/*` && !images.includes(path)), images };
}

/** Every address a built file is served at, as a host sees it: `/de/` and `/de/index.html`. */
function servedPaths(dir: string, base: string): string[] {
  return allFiles(dir)
    .map((file) => `/${relative(dir, file).split(sep).join('/')}`)
    .filter((path) => path !== '/_headers' && path !== '/_redirects')
    .flatMap((path) => (path.endsWith('/index.html') ? [path, path.slice(0, -'index.html'.length)] : [path]))
    .map((path) => rebase(path, base));
}

export function headersFile(template: string, dir: string, base: string, formEndpoint: string): { text: string; code: InlineCode } {
  const code = inlineHashes(dir);
  const fill = (line: string) =>
    line
      .replaceAll('{{form-endpoint}}', formEndpoint)
      .replace(' {{script-hashes}}', [...code.scripts].map((hash) => ` ${hash}`).join(''))
      .replace(' {{style-hashes}}', [...code.styles].map((hash) => ` ${hash}`).join(''));
  // The template's blocks, each marker expanded to its paths.
  const markers = markerPaths(dir);
  const blocks: HeaderRule[] = [];
  // The paths of the block being read: none when a marker stands for nothing in this build.
  let paths: string[] | undefined;
  for (const line of template.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (line.startsWith('/')) {
      const marker = /^\/\{\{([a-z-]+)\}\}$/.exec(line.trim())?.[1];
      if (marker && !markers[marker]) throw new Error(`public/_headers: unknown path marker {{${marker}}} (known: ${Object.keys(markers).join(', ')})`);
      paths = (marker ? markers[marker]! : [line.trim()]).map((path) => rebase(path, base));
      blocks.push(...paths.map((path) => ({ path, headers: [] as HeaderRule['headers'] })));
      continue;
    }
    const header = /^\s+([^:\s]+)\s*:\s*(.*)$/.exec(fill(line));
    if (!header || !paths) throw new Error(`public/_headers: "${line.trim()}" is neither a path nor an indented "Name: value" under one`);
    if (paths.length) for (const block of blocks.slice(-paths.length)) block.headers.push([header[1]!, header[2]!.trim()]);
  }
  // One block per path: Cloudflare keeps only the last block of a path (src/deploy/headerRules.ts).
  const byPath = new Map<string, HeaderRule>();
  for (const block of blocks) {
    const rule = byPath.get(block.path) ?? byPath.set(block.path, { path: block.path, headers: [] }).get(block.path)!;
    for (const [name, value] of block.headers) {
      if (rule.headers.some(([other]) => other.toLowerCase() === name.toLowerCase()))
        throw new Error(`public/_headers gives ${block.path} the header ${name} twice: a host would send both values joined`);
      rule.headers.push([name, value]);
    }
  }
  const text = [
    '# Written at build time by src/deploy/hostFiles.ts from public/_headers: edit that file.',
    ...[...byPath.values()].map((rule) => [rule.path, ...rule.headers.map(([name, value]) => `  ${name}: ${value}`)].join('\n')),
  ].join('\n\n');
  if (text.includes('{{')) throw new Error(`_headers still has a placeholder after filling in the template:\n${text}`);
  // Read back as Cloudflare reads it: every rule kept, no line too long, no header joined from two rules.
  const rules = parseHeaderRules(text);
  if (rules.length !== byPath.size) throw new Error('_headers: Cloudflare would drop a rule (two blocks for one path)');
  const joined = servedPaths(dir, base).flatMap((path) => joinedHeaders(rules, path).map((name) => `${path}: ${name}`));
  if (joined.length)
    throw new Error(
      `public/_headers: several rules set the same header for one address, which a host joins with a comma:\n${joined.map((line) => `  ✗ ${line}`).join('\n')}`,
    );
  return { text: `${text}\n`, code };
}

/**
 * `_redirects` with BASE_PATH in front of every path; a line holding `{{lang}}` is written once
 * per language of src/i18n/locales.ts, so adding a language needs no change here.
 */
export function redirectsFile(template: string, base: string, languages: readonly string[] = localeCodes): string {
  return template
    .split('\n')
    .flatMap((line) => (line.includes('{{lang}}') && !line.trimStart().startsWith('#') ? languages.map((lang) => line.replaceAll('{{lang}}', lang)) : [line]))
    .map((line) => {
      if (line.trim() === '' || line.trimStart().startsWith('#')) return line;
      const [from = '', to = '', ...rest] = line.trim().split(/\s+/);
      return [rebase(from, base), rebase(to, base), ...rest].join('  ');
    })
    .join('\n');
}

/** Directives a `<meta>` policy cannot carry (CSP3 §3.3): they stay in the header only. */
const headerOnlyDirectives = ['frame-ancestors', 'report-uri', 'report-to', 'sandbox'];

/** The policy a written `_headers` gives the rule whose path ends with `suffix`. */
function policyOfRule(headersText: string, suffix: string): string | undefined {
  const rule = parseHeaderRules(headersText).find((candidate) => candidate.path.endsWith(suffix));
  return rule?.headers.find(([name]) => name === 'content-security-policy')?.[1];
}

/** The page policy from a written `_headers`: the one of the default language's folder. */
export function pagePolicy(headersText: string): string {
  const policy = policyOfRule(headersText, `/${defaultLocale}/*`);
  if (!policy) throw new Error(`_headers has no Content-Security-Policy for /${defaultLocale}/*: public/_headers must set one for the pages`);
  return policy;
}

/** The web editor's policy from a written `_headers`: the CSP of its `/admin/*` rule. */
export function editorPolicy(headersText: string): string | undefined {
  return policyOfRule(headersText, `/${editorFolder}/*`);
}

/** The header policy without what a meta tag cannot carry. */
export function metaPolicy(policy: string): string {
  return policy
    .split(';')
    .map((directive) => directive.trim())
    .filter((directive) => directive && !headerOnlyDirectives.includes(directive.split(/\s+/)[0]!.toLowerCase()))
    .join('; ');
}

/**
 * The placeholder src/components/site/SecurityMeta.astro puts first in every page's <head>. Until this
 * step fills it in, it allows nothing (`default-src 'none'`), so a page it missed fails closed.
 */
const metaPlaceholder = /<meta http-equiv="Content-Security-Policy" content="[^"]*" data-lisko-csp\s*\/?>/g;

const islandStyle = `<style>${ISLAND_STYLES}</style>`;

/**
 * Astro writes its islands' one style rule right before the first island, inside <body>, where
 * HTML allows no <style> (the W3C checker refuses it): it moves, unchanged, to the end of <head>
 * (its hash stays in the policy). Pages without islands are returned as they are.
 */
export function islandStyleInHead(html: string): string {
  const at = html.indexOf(islandStyle);
  const headEnd = html.indexOf('</head>');
  if (at < 0 || headEnd < 0 || at < headEnd) return html;
  const without = html.slice(0, at) + html.slice(at + islandStyle.length);
  return without.replace('</head>', `${islandStyle}</head>`);
}

/**
 * Writes the policy into every page's meta tag, so it holds on hosts that cannot send headers
 * (GitHub Pages), and moves the islands' style into <head> (`islandStyleInHead`). Throws, naming
 * the pages, when one has no placeholder or a script before it.
 */
export function writeMetaPolicies(dir: string, policy: string | ((file: string) => string)): number {
  // The marker stays, so running this step again (by hand) finds the tag again.
  const tagFor = (text: string) =>
    `<meta http-equiv="Content-Security-Policy" content="${text.replaceAll('&', '&amp;').replaceAll('"', '&quot;')}" data-lisko-csp>`;
  const problems: string[] = [];
  const files = htmlFiles(dir);
  for (const file of files) {
    const tag = tagFor(typeof policy === 'string' ? policy : policy(relative(dir, file).split(sep).join('/')));
    const html = readFileSync(file, 'utf8');
    const found = html.match(metaPlaceholder) ?? [];
    const at = html.search(metaPlaceholder);
    const firstScript = html.search(/<script\b/i);
    if (found.length !== 1)
      problems.push(
        `${relative(dir, file)}: ${found.length} Content-Security-Policy placeholders (exactly one expected: put <SecurityMeta /> first in <head>)`,
      );
    else if (firstScript >= 0 && firstScript < at)
      problems.push(`${relative(dir, file)}: a <script> comes before the Content-Security-Policy meta tag, which protects only what follows it`);
    else writeFileSync(file, islandStyleInHead(html.replace(metaPlaceholder, tag)));
  }
  if (problems.length) throw new Error(`Pages without their Content-Security-Policy:\n${problems.map((problem) => `  ✗ ${problem}`).join('\n')}`);
  return files.length;
}

/** Per built file (`admin/index.html`, `de/index.html`): the meta policy its pages get. */
export function policyForFile(headersText: string): (file: string) => string {
  const pages = metaPolicy(pagePolicy(headersText));
  const editor = editorPolicy(headersText);
  return (file) => {
    if (!file.startsWith(`${editorFolder}/`)) return pages;
    if (!editor) throw new Error(`_headers has no Content-Security-Policy for /${editorFolder}/*: public/_headers must give the web editor its own`);
    return metaPolicy(editor);
  };
}

/**
 * Each language's 404 page where hosts look for it: `de/404/index.html` (Astro writes every page
 * of `src/pages/[lang]/` into a folder; only the top-level 404 becomes a file) → `de/404.html`.
 * Cloudflare Pages answers an unknown `/de/…` with the nearest `404.html` up the path, Netlify
 * with the `/de/*` rule in `_redirects`, nginx with an `error_page` per folder (README). Returns
 * the files it placed; running it again finds nothing to move.
 */
export function placeNotFoundPages(dir: string, languages: readonly string[] = localeCodes): string[] {
  const placed: string[] = [];
  for (const lang of languages) {
    const built = join(dir, lang, '404', 'index.html');
    if (!existsSync(built)) continue;
    renameSync(built, join(dir, lang, '404.html'));
    rmdirSync(join(dir, lang, '404'));
    placed.push(`${lang}/404.html`);
  }
  return placed;
}

/**
 * `formEndpoint`: the exact address the contact form posts to (src/contact/formspree.ts), for
 * connect-src and form-action.
 */
/**
 * Stops the build when a file it would publish could run script (src/deploy/activeContent.ts),
 * naming each: as `public/…` when it came from there (where an editor finds it), else as built.
 */
export function refuseActiveContent(dir: string, publicDir: string): void {
  const problems = allFiles(dir).flatMap((file) => {
    const path = relative(dir, file).split(sep).join('/');
    return fileProblem(existsSync(join(publicDir, path)) ? `public/${path}` : `${relative(process.cwd(), dir) || '.'}/${path}`, readFileSync(file)) ?? [];
  });
  if (problems.length)
    throw new Error(`Files that could run a program on the website are not published:\n${problems.map((problem) => `  ✗ ${problem}`).join('\n')}`);
}

export function writeHostFiles(
  dir: string,
  publicDir: string,
  base = '/',
  formEndpoint = 'https://formspree.io/f/placeholder',
): { scripts: number; styles: number; pages: number } {
  refuseActiveContent(dir, publicDir);
  const headersTemplate = join(publicDir, '_headers');
  let counts = { scripts: 0, styles: 0, pages: 0 };
  placeNotFoundPages(dir);
  // Before the policies: typesetting changes text only, never a hashed script or style.
  typesetPages(htmlFiles(dir));
  if (existsSync(headersTemplate)) {
    const { text, code } = headersFile(readFileSync(headersTemplate, 'utf8'), dir, base, formEndpoint);
    writeFileSync(join(dir, '_headers'), text);
    // The same policy, in every page (filling in the meta tag changes no hashed code).
    const pages = writeMetaPolicies(dir, policyForFile(text));
    counts = { scripts: code.scripts.size, styles: code.styles.size, pages };
  }
  const redirectsTemplate = join(publicDir, '_redirects');
  if (existsSync(redirectsTemplate)) writeFileSync(join(dir, '_redirects'), redirectsFile(readFileSync(redirectsTemplate, 'utf8'), base));
  return counts;
}
