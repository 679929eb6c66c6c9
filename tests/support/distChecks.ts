/**
 * Checks over the built files (no browser): links and assets resolve, metadata and hreflang,
 * the sitemap, JSON-LD, HTML validity. Each check returns plain problem lines (empty = fine),
 * so a test can print every problem at once. Used on `dist/` and on the sub-path build.
 */
import { isEditorPage } from './builtPages.ts';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';
import { parse, type HTMLElement } from 'node-html-parser';

export interface BuiltFile {
  /** Path inside the output folder, with `/`: `de/contact/index.html`. */
  file: string;
  /** The address the page is served at, without base: `/de/contact/`, `/404.html`. */
  path: string;
  html: string;
  dom: HTMLElement;
}

export interface Site {
  /** The output folder. */
  dir: string;
  /** `/` or a sub-path such as `/lisko/`. */
  base: string;
  /** The site's origin as used for absolute links, e.g. `https://lisko.example`. */
  origin: string;
  pages: BuiltFile[];
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)]));
}

/** Reads every HTML file of a build. The origin comes from the home page's canonical link. */
export function readSite(dir = 'dist', base = '/'): Site {
  const pages = walk(dir)
    .filter((path) => path.endsWith('.html'))
    .map((path) => {
      const file = relative(dir, path).split(sep).join('/');
      const html = readFileSync(path, 'utf8');
      return { file, path: `/${file}`.replace(/index\.html$/, ''), html, dom: parse(html, { comment: false }) };
    })
    // The web editor is not a visitor page (see builtPages.ts); tests/e2e/admin.spec.ts covers it.
    .filter((page) => !isEditorPage(page.path))
    .sort((a, b) => a.path.localeCompare(b.path));
  const home = pages.find((page) => page.path === '/');
  const canonical = home?.dom.querySelector('link[rel="canonical"]')?.getAttribute('href');
  if (!canonical) throw new Error(`${dir}/index.html has no canonical link to learn the site's address from`);
  return { dir, base: normalizeBase(base), origin: new URL(canonical).origin, pages };
}

export function normalizeBase(base: string): string {
  return `/${base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
}

/**
 * The built file an address leads to, or undefined. `href` may be relative to `from` (a site
 * path), root-relative (with base) or absolute on the site's own origin. Other origins → null.
 */
export function resolveInternal(site: Site, from: string, href: string): { file: string | undefined; hash: string } | null {
  const page = new URL(`${site.base.replace(/\/$/, '')}${from}`, site.origin);
  let url: URL;
  try {
    url = new URL(href, page);
  } catch {
    return { file: undefined, hash: '' };
  }
  if (url.origin !== site.origin) return null;
  if (!url.pathname.startsWith(site.base)) return { file: undefined, hash: url.hash };
  const inside = decodeURIComponent(url.pathname.slice(site.base.length));
  const candidates = inside === '' || inside.endsWith('/') ? [`${inside}index.html`] : [inside];
  const file = candidates.find((candidate) => {
    const full = join(site.dir, candidate);
    return existsSync(full) && statSync(full).isFile();
  });
  return { file, hash: url.hash };
}

const linkAttributes: [selector: string, attribute: string][] = [
  ['a[href]', 'href'],
  ['area[href]', 'href'],
  ['link[href]', 'href'],
  ['script[src]', 'src'],
  ['img[src]', 'src'],
  ['source[src]', 'src'],
  ['video[src]', 'src'],
  ['audio[src]', 'src'],
  ['track[src]', 'src'],
  ['iframe[src]', 'src'],
  ['form[action]', 'action'],
  ['use[href]', 'href'],
  ['object[data]', 'data'],
];

/** Every internal link, asset and hreflang target resolves to a built file (and `#id` to an element). */
export function checkLinks(site: Site): string[] {
  const problems: string[] = [];
  const byFile = new Map(site.pages.map((page) => [page.file, page]));
  const idsOf = (page: BuiltFile) => new Set(page.dom.querySelectorAll('[id]').map((el) => el.id));
  for (const page of site.pages) {
    const targets: string[] = [];
    for (const [selector, attribute] of linkAttributes) {
      for (const el of page.dom.querySelectorAll(selector)) targets.push(el.getAttribute(attribute) ?? '');
    }
    for (const el of page.dom.querySelectorAll('img[srcset], source[srcset]')) {
      for (const candidate of (el.getAttribute('srcset') ?? '').split(',')) targets.push(candidate.trim().split(/\s+/)[0] ?? '');
    }
    // Open Graph and other absolute addresses of the site itself.
    for (const el of page.dom.querySelectorAll('meta[property="og:url"], meta[property="og:image"]')) targets.push(el.getAttribute('content') ?? '');
    for (const href of new Set(targets)) {
      if (/^(mailto|tel|sms|data|javascript):/i.test(href)) continue;
      const target = resolveInternal(site, page.path, href);
      if (target === null) continue;
      if (!target.file) {
        problems.push(`${page.file}: "${href}" leads to no built file`);
        continue;
      }
      const id = decodeURIComponent(target.hash.slice(1));
      const targetPage = byFile.get(target.file);
      if (id && targetPage && !idsOf(targetPage).has(id)) problems.push(`${page.file}: "${href}" points at #${id}, which ${target.file} does not have`);
    }
  }
  // Stylesheets may point at fonts and images.
  for (const css of walk(site.dir).filter((path) => path.endsWith('.css'))) {
    const from = `/${relative(site.dir, css).split(sep).join('/')}`;
    for (const [, raw] of readFileSync(css, 'utf8').matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)/g)) {
      if (!raw || raw.startsWith('data:') || raw.startsWith('#')) continue;
      const target = resolveInternal(site, from, raw);
      if (target && !target.file) problems.push(`${from}: url(${raw}) leads to no built file`);
    }
  }
  return problems;
}

/** Pages that are not meant to be found: marked noindex. */
export function isNoindex(page: BuiltFile): boolean {
  return /noindex/i.test(page.dom.querySelector('meta[name="robots"]')?.getAttribute('content') ?? '');
}

/**
 * Every page has lang, dir, title, description and an absolute canonical; hreflang links are
 * reciprocal (x-default too), include the page itself and x-default, and point at built pages.
 */
export function checkMetadata(site: Site): string[] {
  const problems: string[] = [];
  const pageAt = new Map(site.pages.map((page) => [page.file, page]));
  const absolute = (path: string) => new URL(`${site.base.replace(/\/$/, '')}${path}`, site.origin).href;
  for (const page of site.pages) {
    const say = (problem: string) => problems.push(`${page.file}: ${problem}`);
    const html = page.dom.querySelector('html');
    if (!html?.getAttribute('lang')) say('<html> has no lang');
    if (!['ltr', 'rtl'].includes(html?.getAttribute('dir') ?? '')) say('<html> has no dir="ltr" or dir="rtl"');
    if (!page.dom.querySelector('title')?.text.trim()) say('no <title>');
    if (!page.dom.querySelector('meta[name="description"]')?.getAttribute('content')?.trim()) say('no meta description');
    // A 404.html (top level and per language) is served at unknown addresses: a canonical would claim it lives at one.
    if (/(^|\/)404\.html$/.test(page.path)) {
      if (!isNoindex(page)) say('the 404 page must be noindex');
      continue;
    }
    const canonicals = page.dom.querySelectorAll('link[rel="canonical"]');
    const canonical = canonicals[0]?.getAttribute('href') ?? '';
    if (canonicals.length !== 1) say(`needs exactly one canonical link (found ${canonicals.length})`);
    else if (canonical !== absolute(page.path)) say(`canonical is "${canonical}", expected the absolute "${absolute(page.path)}"`);

    const alternates = page.dom.querySelectorAll('link[rel="alternate"][hreflang]');
    if (alternates.length === 0) {
      if (!isNoindex(page)) say('an indexable page needs hreflang links (at least to itself and x-default)');
      continue;
    }
    const tags = alternates.map((link) => link.getAttribute('hreflang') ?? '');
    if (new Set(tags).size !== tags.length) say(`hreflang repeats a language: ${tags.join(', ')}`);
    if (!tags.includes('x-default')) say('hreflang has no x-default');
    const self = alternates.filter((link) => link.getAttribute('href') === canonical);
    if (!self.some((link) => link.getAttribute('hreflang') === html?.getAttribute('lang') || page.path === '/')) {
      say('hreflang does not include the page itself with its own language');
    }
    for (const link of alternates) {
      const lang = link.getAttribute('hreflang') ?? '';
      const href = link.getAttribute('href') ?? '';
      if (!/^https?:\/\//.test(href)) say(`hreflang="${lang}" href "${href}" is not absolute`);
      const target = resolveInternal(site, page.path, href);
      const other = target?.file ? pageAt.get(target.file) : undefined;
      if (!other) {
        say(`hreflang="${lang}" → "${href}" leads to no built page`);
        continue;
      }
      if (lang !== 'x-default' && other.dom.querySelector('html')?.getAttribute('lang') !== lang && other.path !== '/')
        say(`hreflang="${lang}" → ${other.file}, whose <html lang> differs`);
      if (isNoindex(other)) say(`hreflang="${lang}" → ${other.file}, which is noindex`);
      // Reciprocal, x-default too: the other page links back to this one (under this page's language).
      const back = other.dom.querySelectorAll('link[rel="alternate"][hreflang]').some((l) => l.getAttribute('href') === canonical);
      if (!back) say(`hreflang="${lang}" → ${other.file}, which has no hreflang link back to ${canonical}`);
    }
  }
  return problems;
}

function sitemapLocations(site: Site): string[] | string {
  const index = join(site.dir, 'sitemap-index.xml');
  if (!existsSync(index)) return 'sitemap-index.xml is missing';
  const sitemaps = [...readFileSync(index, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1] ?? '');
  const locations: string[] = [];
  for (const sitemap of sitemaps) {
    const file = resolveInternal(site, '/', sitemap)?.file;
    if (!file) return `sitemap-index.xml lists ${sitemap}, which was not built`;
    locations.push(...[...readFileSync(join(site.dir, file), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1] ?? ''));
  }
  return locations;
}

/** Every indexable page is in the sitemap; no noindex page is; every listed address exists. */
export function checkSitemap(site: Site): string[] {
  const locations = sitemapLocations(site);
  if (typeof locations === 'string') return [locations];
  const problems: string[] = [];
  const listed = new Set<string>();
  for (const location of locations) {
    const file = resolveInternal(site, '/', location)?.file;
    if (!file) problems.push(`the sitemap lists ${location}, which leads to no built page`);
    else listed.add(file);
  }
  for (const page of site.pages) {
    const noindex = isNoindex(page);
    if (!noindex && !listed.has(page.file)) problems.push(`${page.file} is indexable but missing from the sitemap`);
    if (noindex && listed.has(page.file)) problems.push(`${page.file} is noindex but listed in the sitemap`);
  }
  return problems;
}

/** Every JSON-LD block parses and names its @context (schema.org) and @type. */
export function checkJsonLd(site: Site): string[] {
  const problems: string[] = [];
  for (const page of site.pages) {
    for (const script of page.dom.querySelectorAll('script[type="application/ld+json"]')) {
      let data: unknown;
      try {
        data = JSON.parse(script.rawText);
      } catch (error) {
        problems.push(`${page.file}: JSON-LD does not parse: ${(error as Error).message}`);
        continue;
      }
      for (const item of Array.isArray(data) ? data : [data]) {
        const record = (item ?? {}) as Record<string, unknown>;
        const context = record['@context'];
        if (typeof context !== 'string' || !/^https?:\/\/schema\.org\/?$/.test(context))
          problems.push(`${page.file}: JSON-LD @context must be https://schema.org (found ${JSON.stringify(context)})`);
        if (typeof record['@type'] !== 'string' || !record['@type']) problems.push(`${page.file}: JSON-LD has no @type`);
      }
    }
  }
  return problems;
}

/** html-validate with the project's .htmlvalidate.json, over every page. */
export async function validateHtml(site: Site, configFile = '.htmlvalidate.json'): Promise<string[]> {
  const config = JSON.parse(readFileSync(configFile, 'utf8')) as ConfigData;
  const validator = new HtmlValidate(new StaticConfigLoader(config));
  const problems: string[] = [];
  for (const page of site.pages) {
    const report = await validator.validateString(page.html, page.file);
    for (const result of report.results) {
      for (const message of result.messages) {
        problems.push(`${page.file}:${message.line}:${message.column} ${message.message} (${message.ruleId}) at ${message.selector ?? '?'}`);
      }
    }
  }
  return problems;
}
