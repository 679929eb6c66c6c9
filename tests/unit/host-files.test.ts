/**
 * src/deploy/hostFiles.ts: the CSP hashes only the inline code Astro emits for islands; any other
 * inline script, style, event handler, javascript: address or frame in a built page stops the
 * build, naming the file. Every page gets the policy in its meta tag.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { ISLAND_STYLES } from 'astro/runtime/server/astro-island-styles.js';
import islandScript from 'astro/runtime/server/astro-island.prebuilt.js';
import visible from 'astro/runtime/client/visible.prebuilt.js';
import {
  headersFile,
  inlineHashes,
  islandStyleInHead,
  metaPolicy,
  pageProblems,
  policyForFile,
  redirectsFile,
  writeMetaPolicies,
} from '../../src/deploy/hostFiles.ts';
import { headersFor, parseHeaderRules, ruleMatches } from '../../src/deploy/headerRules.ts';

const placeholder = `<meta http-equiv="Content-Security-Policy" content="default-src 'none'" data-lisko-csp>`;
const page = (body: string, head = '') => `<!doctype html><html><head><meta charset="utf-8">${placeholder}${head}</head><body>${body}</body></html>`;
const island = `<style>${ISLAND_STYLES}</style><script>${visible}</script><script>${islandScript}</script><astro-island></astro-island>`;

describe('pageProblems', () => {
  test("Astro's island runtime, its style, JSON-LD and external scripts are the project's own", () => {
    expect(pageProblems(page(`${island}<script type="module" src="/_astro/a.js"></script>`, '<script type="application/ld+json">{"a":1}</script>'))).toEqual(
      [],
    );
  });

  const hostile: [string, string, RegExp][] = [
    ['an inline script from a text', '<p>Hallo</p><script>alert(1)</script>', /inline <script> the project did not write: "alert\(1\)"/],
    ['an inline module script', '<script type="module">import("x")</script>', /inline <script type="module">/],
    ['a script breaking out of JSON-LD', '<script type="application/ld+json">{"name":"x</script><script>alert(1)</script>', /inline <script>/],
    ['an event handler', '<img src="x" alt="" onerror="alert(1)">', /event handler onerror="alert\(1\)" on <img>/],
    ['a javascript: link, even with a tab in the scheme', '<a href="java\tscript:alert(1)">x</a>', /javascript: address in href/],
    ['an inline style element', '<style>body{display:none}</style>', /inline <style>/],
    ['a style attribute', '<p style="color:red">x</p>', /style="color:red" attribute on <p>/],
    ['a frame', '<iframe src="https://example.com/"></iframe>', /<iframe> element/],
    ['a base element', '<base href="https://example.com/">', /<base> element/],
  ];
  for (const [what, body, message] of hostile) {
    test(`refuses ${what}`, () => {
      expect(pageProblems(page(body)).join('\n')).toMatch(message);
    });
  }
});

describe('on a built folder', () => {
  let dir = '';
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });
  const build = (pages: Record<string, string>) => {
    dir = mkdtempSync(join(tmpdir(), 'lisko-dist-'));
    for (const [path, html] of Object.entries(pages)) {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      writeFileSync(join(dir, path), html);
    }
  };

  test('the build stops, naming every file with inline code the project did not write', () => {
    build({
      'de/index.html': page(island),
      'de/services/housing/index.html': page('<script>alert(1)</script>'),
      'fr/index.html': page('<b onclick="x()">x</b>'),
    });
    expect(() => inlineHashes(dir)).toThrow(/de\/services\/housing\/index\.html: an inline <script>[\s\S]*fr\/index\.html: an event handler onclick/);
  });

  test("only the project's own inline code is hashed", () => {
    build({ 'de/index.html': page(island) });
    const code = inlineHashes(dir);
    expect(code.scripts.size).toBe(2);
    expect(code.styles.size).toBe(1);
  });

  test('every page gets the policy in its meta tag; a page without the placeholder stops the build', () => {
    build({ 'de/index.html': page(island), 'fr/index.html': page('') });
    const policy = metaPolicy("default-src 'none'; script-src 'self'; frame-ancestors 'none'; report-uri /x; sandbox");
    expect(policy).toBe("default-src 'none'; script-src 'self'");
    expect(writeMetaPolicies(dir, policy)).toBe(2);
    expect(readFileSync(join(dir, 'de/index.html'), 'utf8')).toContain(`content="${policy}"`);
    // Again (by hand): the filled tag is found again.
    expect(writeMetaPolicies(dir, policy)).toBe(2);
    writeFileSync(join(dir, 'en.html'), '<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>');
    writeFileSync(join(dir, 'lb.html'), `<!doctype html><html><head><script src="/a.js"></script>${placeholder}</head><body></body></html>`);
    expect(() => writeMetaPolicies(dir, policy)).toThrow(/en\.html: 0 Content-Security-Policy placeholders[\s\S]*lb\.html: a <script> comes before/);
  });

  test("Astro's island style moves from <body> into <head>, unchanged; a page without islands stays as it is", () => {
    const moved = islandStyleInHead(page(island));
    const [head = '', body = ''] = moved.split('</head>');
    expect(head).toContain(`<style>${ISLAND_STYLES}</style>`);
    expect(body).not.toContain('<style>');
    expect(moved.length).toBe(page(island).length);
    expect(islandStyleInHead(page('<p>x</p>'))).toBe(page('<p>x</p>'));
  });

  test("the web editor (/admin/) gets only its own policy: the pages' rule never names it, and its meta tag carries its own", () => {
    build({ 'de/index.html': page(island), 'admin/index.html': page('') });
    const template = [
      '/{{pages}}',
      "  Content-Security-Policy: default-src 'none'; script-src 'self' {{script-hashes}}; frame-ancestors 'none'",
      '/*',
      '  X-Content-Type-Options: nosniff',
      '/admin/*',
      "  Content-Security-Policy: default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'",
    ].join('\n');
    const { text } = headersFile(template, dir, '/', 'https://formspree.io/f/x');
    const rules = text.split('\n').filter((line) => line.startsWith('/'));
    expect(rules).toEqual(['/de/*', '/*', '/admin/*']);
    writeMetaPolicies(dir, policyForFile(text));
    expect(readFileSync(join(dir, 'admin/index.html'), 'utf8')).toContain(`content="default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'"`);
    expect(readFileSync(join(dir, 'de/index.html'), 'utf8')).toMatch(/content="default-src 'none'; script-src 'self' 'sha256-[^"]*" data-lisko-csp/);
  });
});

describe('_headers as Cloudflare Pages reads it', () => {
  let dir = '';
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });
  const build = (files: Record<string, string>) => {
    dir = mkdtempSync(join(tmpdir(), 'lisko-dist-'));
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
  };
  const template = [
    '/{{pages}}',
    "  Content-Security-Policy: default-src 'none'; script-src 'self' {{script-hashes}}",
    '/{{images}}',
    "  Content-Security-Policy: default-src 'none'; sandbox",
    '/*',
    '  X-Content-Type-Options: nosniff',
    '/{{unhashed}}',
    '  Cache-Control: public, max-age=300, must-revalidate',
    '/admin/*',
    "  Content-Security-Policy: default-src 'none'; script-src 'self'",
  ].join('\n');

  test('one block per path: the page policy and the caching of a folder are one rule, which Cloudflare keeps whole', () => {
    build({ 'de/index.html': page(island), 'admin/index.html': page(''), '404.html': page(''), 'favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>' });
    const { text } = headersFile(template, dir, '/', 'https://formspree.io/f/x');
    const paths = text.split('\n').filter((line) => line.startsWith('/'));
    expect(new Set(paths).size).toBe(paths.length);
    const rules = parseHeaderRules(text);
    expect(headersFor(rules, '/de/')).toMatchObject({ 'cache-control': expect.any(String), 'content-security-policy': expect.stringContaining('sha256-') });
    // Cloudflare serves 404.html at /404 too.
    expect(headersFor(rules, '/404')['content-security-policy']).toContain("script-src 'self'");
    // The editor: its own policy and the caching, not the pages' policy.
    expect(headersFor(rules, '/admin/')['content-security-policy']).toBe("default-src 'none'; script-src 'self'");
    expect(headersFor(rules, '/admin/')['cache-control']).toBe('public, max-age=300, must-revalidate');
    // An SVG: the policy under which nothing runs, not the pages' one.
    expect(headersFor(rules, '/favicon.svg')['content-security-policy']).toBe("default-src 'none'; sandbox");
  });

  test('a folder of images gets the image policy; an SVG beside pages gets it by its own path', () => {
    build({
      'de/index.html': page(''),
      'de/map.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
      'images/a.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
      'images/b.jpg': 'x',
    });
    const rules = parseHeaderRules(headersFile(template, dir, '/', 'https://formspree.io/f/x').text);
    expect(rules.map((rule) => rule.path)).toEqual(expect.arrayContaining(['/images/*', '/de/map.svg']));
    expect(headersFor(rules, '/images/a.svg')['content-security-policy']).toBe("default-src 'none'; sandbox");
    // Beside pages, both policies: a browser enforces each, so nothing runs.
    expect(headersFor(rules, '/de/map.svg')['content-security-policy']).toMatch(/script-src 'self'.*, default-src 'none'; sandbox$/);
  });

  test('the build stops on a header two rules give one address, and on a header given twice in one block', () => {
    build({ 'de/index.html': page('') });
    expect(() => headersFile(`${template}\n/de/*\n  Cache-Control: no-store`, dir, '/', 'https://formspree.io/f/x')).toThrow(
      /the header Cache-Control twice: a host would send both values joined/,
    );
    expect(() => headersFile(`${template}\n/*\n  Cache-Control: no-store`, dir, '/', 'https://formspree.io/f/x')).toThrow(
      /several rules set the same header for one address[\s\S]*\/de\/: cache-control/,
    );
  });

  test("Cloudflare's limits: a second block for a path replaces the first; more than 100 rules, or a line over 2,000 characters, is refused", () => {
    const twice = parseHeaderRules('/de/*\n  X-A: 1\n/*\n  X-B: 2\n/de/*\n  X-C: 3\n');
    expect(twice.map((rule) => rule.path)).toEqual(['/de/*', '/*']);
    expect(headersFor(twice, '/de/')).toEqual({ 'x-c': '3', 'x-b': '2' });
    expect(() => parseHeaderRules(Array.from({ length: 101 }, (_, i) => `/p${i}\n  X-A: 1`).join('\n'))).toThrow(/101 rules/);
    expect(() => parseHeaderRules(`/*\n  X-A: ${'a'.repeat(2000)}`)).toThrow(/Cloudflare ignores lines over 2000/);
    // Matching: `:name` is one segment, `*` anything; the address as sent, not decoded.
    expect(ruleMatches('/:lang/lisko.vcf', '/ar/lisko.vcf')).toBe(true);
    expect(ruleMatches('/:lang/lisko.vcf', '/ar/x/lisko.vcf')).toBe(false);
    expect(ruleMatches('/admin/*', '/%61dmin/')).toBe(false);
  });
});

describe('redirectsFile', () => {
  test('writes the {{lang}} line once per language, in order, with BASE_PATH in front of the paths', () => {
    const template = '# Netlify only\n/  /{{lang}}/  302!  Language={{lang}}\n';
    expect(redirectsFile(template, '/lisko/', ['de', 'pt'])).toBe(
      '# Netlify only\n/lisko/  /lisko/de/  302!  Language=de\n/lisko/  /lisko/pt/  302!  Language=pt\n',
    );
  });
});
