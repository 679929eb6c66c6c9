/**
 * The built site as the real host serves it: every built file asked from Cloudflare Pages' own
 * local runtime (the test server, tests/support/host.ts), which reads dist/_headers and
 * dist/_redirects exactly as production does. Every page must arrive with every header it
 * should; the build's own reading of `_headers` (src/deploy/headerRules.ts, which the build uses
 * to refuse a file Cloudflare would read differently) must agree with the runtime, file by file;
 * and Netlify's own parsers must read both files without an error.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseAllHeaders } from '@netlify/headers-parser';
import { parseAllRedirects } from '@netlify/redirect-parser';
import { expect, test } from '@playwright/test';
import { headersFor, parseHeaderRules } from '../../src/deploy/headerRules.ts';
import { localeCodes } from '../../src/i18n/locales.ts';
import { editorFolder } from '../../src/routing/pages.ts';
import { formEndpoint } from '../support/pageChecks.ts';

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)]));
}

/** Every address a built file is served at, as visitors ask for it (`/de/`, not `/de/index.html`, which redirects). */
const served = walk('dist')
  .map((file) => `/${relative('dist', file).split(sep).join('/')}`)
  .filter((path) => path !== '/_headers' && path !== '/_redirects')
  .map((path) => path.replace(/(^|\/)index\.html$/, '$1'))
  // Cloudflare serves `/de/404.html` at `/de/404` (it redirects `.html` addresses).
  .map((path) => path.replace(/\.html$/, ''));

const directives = (csp: string) =>
  new Map(
    csp
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .map(([name = '', ...values]) => [name, values]),
  );

const isPage = (path: string) => path.endsWith('/') || path.endsWith('/404');
const isEditor = (path: string) => path.startsWith(`/${editorFolder}/`);

test('every built file arrives from the host with every header it should have', async ({ request }) => {
  test.setTimeout(300_000);
  const form = formEndpoint();
  const problems: string[] = [];
  const rules = parseHeaderRules(readFileSync('dist/_headers', 'utf8'));
  let pages = 0;
  for (const path of served) {
    const response = await request.get(path, { maxRedirects: 0 });
    const headers = response.headers();
    const want = (name: string, ok: boolean, what: string) => {
      if (!ok) problems.push(`${path}: ${name} ${what} (got ${JSON.stringify(headers[name])})`);
    };
    if (response.status() !== 200) problems.push(`${path}: status ${response.status()}, not 200`);
    // On every address.
    want('strict-transport-security', /max-age=\d{8,}/.test(headers['strict-transport-security'] ?? ''), 'holds for two years');
    want('x-content-type-options', headers['x-content-type-options'] === 'nosniff', 'is nosniff');
    want('x-frame-options', headers['x-frame-options'] === 'DENY', 'is DENY');
    want('referrer-policy', headers['referrer-policy'] === 'no-referrer', 'is no-referrer');
    want('permissions-policy', (headers['permissions-policy'] ?? '').includes('camera=()'), 'switches the camera off');
    want('cross-origin-resource-policy', headers['cross-origin-resource-policy'] === 'same-origin', 'is same-origin');
    // Caching: a year for hashed files, else a few minutes, each with one Cache-Control.
    const cache = headers['cache-control'] ?? '';
    if (path.startsWith('/_astro/')) want('cache-control', cache === 'public, max-age=31536000, immutable', 'is a year, immutable');
    else want('cache-control', /^public, max-age=\d{1,3}, must-revalidate$/.test(cache), 'is a few minutes, once');
    // The build's reading of _headers agrees with the host's, header by header.
    for (const [name, value] of Object.entries(headersFor(rules, path)))
      want(name, headers[name] === value, `is ${JSON.stringify(value)} as src/deploy/headerRules.ts reads _headers`);

    const csp = directives(headers['content-security-policy'] ?? '');
    if (isEditor(path)) {
      if (!isPage(path)) continue;
      // One policy, the editor's own: no Trusted Types, scripts from the site only.
      want('content-security-policy', (headers['content-security-policy'] ?? '').split(/,\s*default-src/).length === 1, 'is one policy');
      want('content-security-policy', csp.get('script-src')?.join(' ') === "'self'", "allows scripts from 'self' only");
      want('x-robots-tag', headers['x-robots-tag'] === 'noindex', 'is noindex');
    } else if (path.endsWith('.svg')) {
      want('content-security-policy', csp.get('default-src')?.join(' ') === "'none'" && !csp.has('script-src') && csp.has('sandbox'), 'lets nothing run');
    } else if (isPage(path)) {
      pages++;
      want('content-type', (headers['content-type'] ?? '').startsWith('text/html'), 'is HTML');
      want('content-security-policy', csp.get('default-src')?.join(' ') === "'none'", "starts from default-src 'none'");
      want(
        'content-security-policy',
        csp.get('script-src')?.[0] === "'self'" && !csp.get('script-src')?.some((source) => /unsafe/.test(source)),
        'has no unsafe script source',
      );
      want('content-security-policy', csp.get('connect-src')?.join(' ') === `'self' ${form}`, "connects to 'self' and the form's endpoint only");
      want('content-security-policy', csp.get('form-action')?.join(' ') === `'self' ${form}`, "posts to 'self' and the form's endpoint only");
      want('content-security-policy', csp.get('require-trusted-types-for')?.join(' ') === "'script'", 'requires Trusted Types');
      want('content-security-policy', csp.get('trusted-types')?.join(' ') === 'lisko-offline', 'allows only the offline worker’s Trusted Types policy');
      want('content-security-policy', csp.get('frame-ancestors')?.join(' ') === "'none'", 'forbids framing');
    }
    if (path.endsWith('.vcf')) want('content-type', headers['content-type'] === 'text/vcard; charset=utf-8', 'is text/vcard');
  }
  expect(problems).toEqual([]);
  expect(pages, 'pages were checked').toBeGreaterThan(localeCodes.length);
});

test('addresses as visitors type them: trailing slash, .html, unknown, and an escaped letter', async ({ request }) => {
  // Cloudflare redirects to the canonical address; the page there has its policy.
  for (const [from, to] of [
    ['/de', '/de/'],
    ['/de/index.html', '/de/'],
    ['/ar/contact', '/ar/contact/'],
  ] as const) {
    const response = await request.get(from, { maxRedirects: 0 });
    expect(response.status(), from).toBe(308);
    expect(response.headers()['location'], from).toBe(to);
  }
  // `/` is the language choice (the Netlify-only language rules in _redirects are skipped here).
  const root = await request.get('/', { maxRedirects: 0 });
  expect(root.status()).toBe(200);
  expect(root.headers()['content-security-policy']).toContain("default-src 'none'");
  // An unknown address in a language folder: that language's 404 page, status 404.
  for (const lang of localeCodes) {
    const response = await request.get(`/${lang}/no-such-page/`);
    expect(response.status()).toBe(404);
    expect(await response.text()).toContain(`<html lang="`);
    expect(/<html lang="([^"]+)"/.exec(await response.text())?.[1]?.split('-')[0]).toBe(lang);
  }
  // An unknown top-level address: the top-level 404 page. No rule but /* matches such an address
  // (a page rule on /* would reach the editor too), so the page's own meta policy protects it,
  // and X-Frame-Options keeps it out of frames.
  const unknown = await request.get('/no-such-page');
  expect(unknown.status()).toBe(404);
  expect(unknown.headers()['x-frame-options']).toBe('DENY');
  expect(await unknown.text()).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self' 'sha256-/);
  // Cloudflare matches header rules against the address as sent: `/%61dmin/` is the editor
  // without the /admin/* rule. It still has every /* header, and its own policy in its meta tag.
  const escaped = await request.get(`/%61${editorFolder.slice(1)}/`);
  expect(escaped.status()).toBe(200);
  const html = await escaped.text();
  expect(escaped.headers()['x-frame-options']).toBe('DENY');
  expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self';/);
  expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
});

test("Cloudflare's reading of dist/_headers keeps every rule: one block per path, within its limits", () => {
  const text = readFileSync('dist/_headers', 'utf8');
  const blocks = text.split('\n').filter((line) => line.startsWith('/'));
  expect(new Set(blocks).size, 'each path once').toBe(blocks.length);
  expect(parseHeaderRules(text).map((rule) => rule.path)).toEqual(blocks);
});

test("Netlify's own parsers read dist/_headers and dist/_redirects without an error, every rule kept", async () => {
  const { headers, errors } = await parseAllHeaders({ headersFiles: ['dist/_headers'], configHeaders: [], minimal: true });
  expect(errors).toEqual([]);
  const ours = parseHeaderRules(readFileSync('dist/_headers', 'utf8'));
  expect(headers.map((header) => header.for)).toEqual(ours.map((rule) => rule.path));
  for (const header of headers) {
    const rule = ours.find((candidate) => candidate.path === header.for)!;
    expect(Object.keys(header.values).map((name) => name.toLowerCase())).toEqual(rule.headers.map(([name]) => name));
  }
  const redirects = await parseAllRedirects({ redirectsFiles: ['dist/_redirects'], configRedirects: [], minimal: true });
  expect(redirects.errors).toEqual([]);
  expect(redirects.redirects.length).toBe(localeCodes.length * 2);
});
