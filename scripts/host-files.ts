/**
 * Writes the host's configuration files into the build: `_headers` (security and caching
 * headers) and `_redirects` (language negotiation), from the templates in public/.
 *
 * Why a step after the build and not Astro's own `security.csp`: Astro 7 can emit a CSP with
 * hashes, but only as a `<meta http-equiv>` tag, for the scripts and styles Astro itself
 * processes. A meta policy cannot carry `frame-ancestors`, only protects what comes after it in
 * the page, and would be enforced *in addition to* the header policy (so the header would need
 * the hashes anyway). Hashing every inline `<script>` found in the finished HTML instead covers
 * everything: Astro's inlined scripts, island bootstraps, `is:inline` scripts colleagues add,
 * and it needs no change when they do. One policy, in one HTTP header, for every page (the
 * union of all hashes: per-page rules would exceed Cloudflare Pages' limit of 100 rules).
 *
 * Runs from the integration in astro.config.mjs (`astro:build:done`), so every `astro build`
 * gets it, also into another `--outDir` or under BASE_PATH.
 * By hand: node scripts/host-files.ts [dist] (BASE_PATH from the environment).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'node-html-parser';

/** Inline scripts that browsers do not run; CSP does not apply to them. */
const dataBlock = /^(application\/(ld\+)?json|text\/(plain|template|x-template))$/i;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? htmlFiles(join(dir, entry.name)) : entry.name.endsWith('.html') ? [join(dir, entry.name)] : [],
  );
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

export interface InlineCode {
  scripts: Set<string>;
  styles: Set<string>;
  styleAttributes: Set<string>;
}

/** The CSP hash sources of every inline script, style element and style attribute in a build. */
export function inlineHashes(dir: string): InlineCode {
  const found: InlineCode = { scripts: new Set(), styles: new Set(), styleAttributes: new Set() };
  for (const file of htmlFiles(dir)) {
    const dom = parse(readFileSync(file, 'utf8'), { comment: false });
    for (const script of dom.querySelectorAll('script:not([src])')) {
      if (dataBlock.test(script.getAttribute('type') ?? '')) continue;
      found.scripts.add(sha256(script.rawText));
    }
    for (const style of dom.querySelectorAll('style')) found.styles.add(sha256(style.rawText));
    for (const el of dom.querySelectorAll('[style]')) found.styleAttributes.add(sha256(el.getAttribute('style') ?? ''));
  }
  return found;
}

/** `/de/*` → `/lisko/de/*` under a sub-path. */
function rebase(path: string, base: string): string {
  return path.startsWith('/') ? `${base.replace(/\/+$/, '')}${path}` : path;
}

/** Paths for the "unhashed" rule: `/`, `/index.html`, `/404.html`, `/de/*`, … (not /_astro/). */
function unhashedPaths(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => !entry.name.startsWith('_') && !entry.name.startsWith('.'))
    .flatMap((entry) => (entry.isDirectory() ? [`/${entry.name}/*`] : entry.name === 'index.html' ? ['/', '/index.html'] : [`/${entry.name}`]))
    .sort();
}

export function headersFile(template: string, dir: string, base: string, formOrigin: string): { text: string; code: InlineCode } {
  const code = inlineHashes(dir);
  const styleSources = [...code.styles, ...(code.styleAttributes.size ? ["'unsafe-hashes'", ...code.styleAttributes] : [])];
  const lines: string[] = [];
  for (const line of template.split('\n')) {
    if (line.startsWith('#')) continue;
    if (line.startsWith('/{{unhashed}}')) {
      // The headers under this path line follow; repeat the block for every path.
      lines.push(`\u0000UNHASHED`);
      continue;
    }
    lines.push(
      line.startsWith('/')
        ? rebase(line.trim(), base)
        : line.replaceAll('{{form-origin}}', formOrigin).replace(' {{script-hashes}}', [...code.scripts].map((hash) => ` ${hash}`).join('')).replace(' {{style-hashes}}', styleSources.map((hash) => ` ${hash}`).join('')),
    );
  }
  // Expand the unhashed block: the indented lines right after the marker.
  const at = lines.indexOf('\u0000UNHASHED');
  if (at >= 0) {
    let end = at + 1;
    while (end < lines.length && /^\s+\S/.test(lines[end] ?? '')) end++;
    const block = lines.slice(at + 1, end);
    const expanded = unhashedPaths(dir).flatMap((path) => [rebase(path, base), ...block]);
    lines.splice(at, end - at, ...expanded);
  }
  lines.unshift('# Written at build time by scripts/host-files.ts from public/_headers: edit that file.');
  const text = `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trim()}\n`;
  if (text.includes('{{')) throw new Error(`_headers still has a placeholder after filling in the template:\n${text}`);
  return { text, code };
}

/** `_redirects` with BASE_PATH in front of every path. */
export function redirectsFile(template: string, base: string): string {
  return template
    .split('\n')
    .map((line) => {
      if (line.trim() === '' || line.trimStart().startsWith('#')) return line;
      const [from = '', to = '', ...rest] = line.trim().split(/\s+/);
      return [rebase(from, base), rebase(to, base), ...rest].join('  ');
    })
    .join('\n');
}

/** `formOrigin`: where the contact form posts (src/utils/formspree.ts), for connect-src and form-action. */
export function writeHostFiles(dir: string, publicDir: string, base = '/', formOrigin = 'https://formspree.io'): { scripts: number; styles: number } {
  const headersTemplate = join(publicDir, '_headers');
  let counts = { scripts: 0, styles: 0 };
  if (existsSync(headersTemplate)) {
    const { text, code } = headersFile(readFileSync(headersTemplate, 'utf8'), dir, base, formOrigin);
    writeFileSync(join(dir, '_headers'), text);
    counts = { scripts: code.scripts.size, styles: code.styles.size + code.styleAttributes.size };
  }
  const redirectsTemplate = join(publicDir, '_redirects');
  if (existsSync(redirectsTemplate)) writeFileSync(join(dir, '_redirects'), redirectsFile(readFileSync(redirectsTemplate, 'utf8'), base));
  return counts;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? 'dist';
  const { formspreeTargetFor } = await import('../src/integrations/formspree.ts');
  const counts = writeHostFiles(dir, 'public', process.env['BASE_PATH'] ?? '/', formspreeTargetFor(pathToFileURL(`${process.cwd()}/`)).origin);
  console.log(`${dir}/_headers: ${counts.scripts} inline script hash(es), ${counts.styles} style hash(es)`);
}
