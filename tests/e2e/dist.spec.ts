/**
 * The built files themselves, read from dist/ without a browser: valid HTML, links that resolve,
 * metadata, sitemap, JSON-LD, and the host files (_headers, _redirects).
 */
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { localeCodes } from '../../src/i18n/locales.ts';
import { checkJsonLd, checkLinks, checkMetadata, checkSitemap, readSite, validateHtml, type Site } from '../support/distChecks.ts';
import { headersFor, parseHeaderRules } from '../../src/deploy/headerRules.ts';
import { metaPolicy, ownInlineScripts, ownInlineStyles } from '../../src/deploy/hostFiles.ts';

let cached: Site | undefined;
const site = () => (cached ??= readSite('dist'));

test('every page is valid HTML (html-validate, .htmlvalidate.json)', async () => {
  test.setTimeout(240_000);
  expect(await validateHtml(site())).toEqual([]);
});

test('every internal link, asset and fragment resolves to a built file', () => {
  expect(checkLinks(site())).toEqual([]);
});

test('every page has lang, dir, title, description, an absolute canonical and reciprocal hreflang', () => {
  expect(checkMetadata(site())).toEqual([]);
});

test('the sitemap lists every indexable page and no noindex page', () => {
  expect(checkSitemap(site())).toEqual([]);
});

test('JSON-LD parses and names its @context and @type', () => {
  expect(
    site().pages.some((page) => page.html.includes('application/ld+json')),
    'some page has JSON-LD',
  ).toBe(true);
  expect(checkJsonLd(site())).toEqual([]);
});

test.describe('dist/_headers', () => {
  // What headers each file gets from the host: host.spec.ts, against the real runtime.
  const pagePolicy = () => headersFor(parseHeaderRules(readFileSync('dist/_headers', 'utf8')), '/de/')['content-security-policy'] ?? '';
  const directives = (csp: string) =>
    new Map(
      csp
        .split(';')
        .map((part) => part.trim().split(/\s+/))
        .map(([name = '', ...values]) => [name, values]),
    );

  test('the CSP hashes exactly the inline code Astro emits for islands, and nothing else', () => {
    expect(readFileSync('dist/_headers', 'utf8')).not.toContain('{{');
    const csp = directives(pagePolicy());
    const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
    const scripts = new Set<string>();
    const styles = new Set<string>();
    for (const page of site().pages) {
      for (const script of page.dom.querySelectorAll('script:not([src])')) {
        if (/json/.test(script.getAttribute('type') ?? '')) continue;
        expect(ownInlineScripts.has(script.rawText), `${page.file}: inline script ${script.rawText.slice(0, 60)}`).toBe(true);
        scripts.add(hash(script.rawText));
      }
      for (const style of page.dom.querySelectorAll('style')) {
        expect(ownInlineStyles.has(style.rawText), `${page.file}: inline style ${style.rawText.slice(0, 60)}`).toBe(true);
        styles.add(hash(style.rawText));
      }
      expect(page.dom.querySelectorAll('[style]').length, `${page.file}: style attributes`).toBe(0);
    }
    expect(scripts.size, 'the contact form island brings inline scripts').toBeGreaterThan(0);
    expect(csp.get('script-src')?.slice(1).sort()).toEqual([...scripts].sort());
    expect(csp.get('style-src')?.slice(1).sort()).toEqual([...styles].sort());
  });

  test('every page carries the same CSP in a meta tag before any script, and the referrer policy', () => {
    const header = pagePolicy();
    const expected = metaPolicy(header);
    expect(expected).not.toContain('frame-ancestors');
    expect(directives(expected).get('script-src')).toEqual(directives(header).get('script-src'));
    for (const page of site().pages) {
      const metas = page.dom.querySelectorAll('meta[http-equiv="Content-Security-Policy"]');
      expect(
        metas.map((meta) => meta.getAttribute('content')),
        page.file,
      ).toEqual([expected]);
      const head = page.dom.querySelector('head')?.innerHTML ?? '';
      const at = head.indexOf('http-equiv="Content-Security-Policy"');
      expect(at, `${page.file}: CSP meta in <head>`).toBeGreaterThan(0);
      expect(head.slice(0, at), `${page.file}: nothing but the charset before the CSP meta`).toMatch(/^<meta charset="utf-8"><meta\s*$/);
      expect(page.dom.querySelector('meta[name="referrer"]')?.getAttribute('content'), page.file).toBe('no-referrer');
    }
  });
});

test('dist/_redirects sends `/` to the visitor’s language on Netlify, and a wrong address in a language folder to its 404 page, for every language', () => {
  const lines = readFileSync('dist/_redirects', 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => line.trim().split(/\s+/));
  const fromRoot = lines.filter(([from]) => from === '/');
  expect(fromRoot).toEqual(localeCodes.map((code) => ['/', `/${code}/`, '302!', `Language=${code}`]));
  for (const code of localeCodes) expect(site().pages.map((page) => page.path)).toContain(`/${code}/`);
  // No unconditional rule: without a Language match `/` stays the language choice page.
  expect(fromRoot.every((fields) => fields.length === 4)).toBe(true);
  // Not forced (no `!`): a rule applies only where no file exists, with the status 404.
  const notFound = lines.filter(([from]) => from !== '/');
  expect(notFound).toEqual(localeCodes.map((code) => [`/${code}/*`, `/${code}/404.html`, '404']));
  for (const code of localeCodes) expect(site().pages.map((page) => page.path)).toContain(`/${code}/404.html`);
});
