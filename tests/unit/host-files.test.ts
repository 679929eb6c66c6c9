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
import { headersFile, inlineHashes, metaPolicy, pageProblems, policyForFile, redirectsFile, writeMetaPolicies } from '../../src/deploy/hostFiles.ts';

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

describe('redirectsFile', () => {
  test('writes the {{lang}} line once per language, in order, with BASE_PATH in front of the paths', () => {
    const template = '# Netlify only\n/  /{{lang}}/  302!  Language={{lang}}\n';
    expect(redirectsFile(template, '/lisko/', ['de', 'pt'])).toBe(
      '# Netlify only\n/lisko/  /lisko/de/  302!  Language=de\n/lisko/  /lisko/pt/  302!  Language=pt\n',
    );
  });
});
