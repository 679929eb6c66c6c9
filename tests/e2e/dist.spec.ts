/**
 * The built files themselves, read from dist/ without a browser: valid HTML, links that resolve,
 * metadata, sitemap, JSON-LD, and the host files (_headers, _redirects).
 */
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { localeCodes } from '../../src/i18n/locales.ts';
import { checkJsonLd, checkLinks, checkMetadata, checkSitemap, readSite, validateHtml, type Site } from '../support/distChecks.ts';
import { headersFor, parseHeadersFile } from '../support/static-server.ts';
import { formEndpoint } from '../support/pageChecks.ts';
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
  let parsed: ReturnType<typeof parseHeadersFile> | undefined;
  const rules = () => (parsed ??= parseHeadersFile(readFileSync('dist/_headers', 'utf8')));
  const directives = (csp: string) =>
    new Map(
      csp
        .split(';')
        .map((part) => part.trim().split(/\s+/))
        .map(([name = '', ...values]) => [name, values]),
    );

  test('every page gets the security headers and a CSP without unsafe-inline scripts', () => {
    expect(readFileSync('dist/_headers', 'utf8')).not.toContain('{{');
    // The one other address: where the form posts (Formspree; the local fake in a test build).
    const form = formEndpoint();
    expect(form).toMatch(/^(https:\/\/formspree\.io|http:\/\/127\.0\.0\.1:\d+)\/f\/[^/]+$/);
    for (const { path } of site().pages) {
      const headers = headersFor(rules(), path);
      expect(headers['strict-transport-security'], path).toMatch(/max-age=\d{8,}/);
      expect(headers['x-content-type-options'], path).toBe('nosniff');
      expect(headers['referrer-policy'], path).toBe('no-referrer');
      expect(headers['permissions-policy'], path).toContain('camera=()');
      // No other website may embed the site's files.
      expect(headers['cross-origin-resource-policy'], path).toBe('same-origin');
      const csp = directives(headers['content-security-policy'] ?? '');
      // Nothing is allowed unless a directive names it.
      expect(csp.get('default-src'), path).toEqual(["'none'"]);
      expect(csp.get('script-src')?.[0], path).toBe("'self'");
      expect(csp.get('script-src'), path).not.toContain("'unsafe-inline'");
      expect(csp.get('script-src'), path).not.toContain("'unsafe-eval'");
      expect(csp.get('style-src'), path).not.toContain("'unsafe-hashes'");
      // The form's exact endpoint; 'self' so audit tools can read /robots.txt from the page and
      // Formspree can send a plain post back to the site (see public/_headers).
      expect(csp.get('connect-src'), path).toEqual(["'self'", form]);
      expect(csp.get('form-action'), path).toEqual(["'self'", form]);
      expect(csp.get('require-trusted-types-for'), path).toEqual(["'script'"]);
      expect(csp.get('frame-ancestors'), path).toEqual(["'none'"]);
      expect(csp.get('object-src'), path).toEqual(["'none'"]);
      expect(csp.get('base-uri'), path).toEqual(["'none'"]);
    }
  });

  test('the CSP hashes exactly the inline code Astro emits for islands, and nothing else', () => {
    const csp = directives(headersFor(rules(), '/de/')['content-security-policy'] ?? '');
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
    const header = headersFor(rules(), '/de/')['content-security-policy'] ?? '';
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

  test('hashed assets are cached for a year, pages briefly, each with one Cache-Control', () => {
    const asset = site()
      .pages.find((page) => page.path === '/de/')
      ?.dom.querySelector('link[rel="stylesheet"]')
      ?.getAttribute('href');
    expect(asset, 'a page links a stylesheet from /_astro/').toMatch(/^\/_astro\//);
    expect(headersFor(rules(), asset!)['cache-control']).toBe('public, max-age=31536000, immutable');
    for (const path of [...site().pages.map((page) => page.path), '/index.html', '/robots.txt', '/sitemap-index.xml', '/favicon.svg']) {
      const cache = headersFor(rules(), path)['cache-control'] ?? '';
      expect(cache, `${path}: one short Cache-Control`).toMatch(/^public, max-age=(\d{1,3}), must-revalidate$/);
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
