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
import { formOrigin } from '../support/pageChecks.ts';

let cached: Site | undefined;
const site = () => (cached ??= readSite('dist'));

test('every page is valid HTML (html-validate, .htmlvalidate.json)', async () => {
  test.setTimeout(120_000);
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
  expect(site().pages.some((page) => page.html.includes('application/ld+json')), 'some page has JSON-LD').toBe(true);
  expect(checkJsonLd(site())).toEqual([]);
});

test.describe('dist/_headers', () => {
  let parsed: ReturnType<typeof parseHeadersFile> | undefined;
  const rules = () => (parsed ??= parseHeadersFile(readFileSync('dist/_headers', 'utf8')));
  const directives = (csp: string) => new Map(csp.split(';').map((part) => part.trim().split(/\s+/)).map(([name = '', ...values]) => [name, values]));

  test('every page gets the security headers and a CSP without unsafe-inline scripts', () => {
    expect(readFileSync('dist/_headers', 'utf8')).not.toContain('{{');
    // The one other origin: where the form posts (Formspree; the local fake in a test build).
    const form = formOrigin();
    expect(form).toMatch(/^(https:\/\/formspree\.io|http:\/\/127\.0\.0\.1:\d+)$/);
    for (const { path } of site().pages) {
      const headers = headersFor(rules(), path);
      expect(headers['strict-transport-security'], path).toMatch(/max-age=\d{8,}/);
      expect(headers['x-content-type-options'], path).toBe('nosniff');
      expect(headers['referrer-policy'], path).toBeTruthy();
      expect(headers['permissions-policy'], path).toContain('camera=()');
      const csp = directives(headers['content-security-policy'] ?? '');
      expect(csp.get('default-src'), path).toEqual(["'self'"]);
      expect(csp.get('script-src')?.[0], path).toBe("'self'");
      expect(csp.get('script-src'), path).not.toContain("'unsafe-inline'");
      expect(csp.get('script-src'), path).not.toContain("'unsafe-eval'");
      // 'self' so audit tools can read /robots.txt from the page (see public/_headers).
      expect(csp.get('connect-src'), path).toEqual(["'self'", form]);
      expect(csp.get('form-action'), path).toEqual([form]);
      expect(csp.get('frame-ancestors'), path).toEqual(["'none'"]);
      expect(csp.get('object-src'), path).toEqual(["'none'"]);
    }
  });

  test('the CSP lists the hash of every inline script in dist', () => {
    const csp = directives(headersFor(rules(), '/de/')['content-security-policy'] ?? '');
    for (const page of site().pages) {
      for (const script of page.dom.querySelectorAll('script:not([src])')) {
        if (/json/.test(script.getAttribute('type') ?? '')) continue;
        const hash = `'sha256-${createHash('sha256').update(script.rawText).digest('base64')}'`;
        expect(csp.get('script-src'), `${page.file}: inline script ${script.rawText.slice(0, 60)}`).toContain(hash);
      }
    }
  });

  test('hashed assets are cached for a year, pages briefly, each with one Cache-Control', () => {
    const asset = site().pages.find((page) => page.path === '/de/')?.dom.querySelector('link[rel="stylesheet"]')?.getAttribute('href');
    expect(asset, 'a page links a stylesheet from /_astro/').toMatch(/^\/_astro\//);
    expect(headersFor(rules(), asset!)['cache-control']).toBe('public, max-age=31536000, immutable');
    for (const path of [...site().pages.map((page) => page.path), '/index.html', '/robots.txt', '/sitemap-index.xml', '/favicon.svg']) {
      const cache = headersFor(rules(), path)['cache-control'] ?? '';
      expect(cache, `${path}: one short Cache-Control`).toMatch(/^public, max-age=(\d{1,3}), must-revalidate$/);
    }
  });
});

test('dist/_redirects sends `/` to the visitor’s language on Netlify, for every language', () => {
  const lines = readFileSync('dist/_redirects', 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => line.trim().split(/\s+/));
  expect(lines).toEqual(localeCodes.map((code) => ['/', `/${code}/`, '302!', `Language=${code}`]));
  for (const code of localeCodes) expect(site().pages.map((page) => page.path)).toContain(`/${code}/`);
  // No unconditional rule: without a Language match `/` stays the language choice page.
  expect(lines.every((fields) => fields.length === 4)).toBe(true);
});
