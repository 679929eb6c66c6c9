/**
 * The site under a sub-path (GitHub Pages project sites, a folder on another site) at a real
 * address: the variant build (tests/support/variantSite.ts) is made with BASE_PATH=/lisko/ and
 * SITE_URL. Every link, asset and hreflang target must resolve there, and every absolute address
 * must use SITE_URL. The same checks the browser tests run on `dist/` (tests/e2e/dist.spec.ts)
 * pass on the variant, with its new language, closures, announcements and ninth service.
 * The pages in a browser: tests/e2e/subpath.spec.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { builtSiteAddress, filesWithPlaceholder } from '../../src/deploy/siteAddress.ts';
import { checkJsonLd, checkLinks, checkMetadata, checkSitemap, readSite, type Site } from '../support/distChecks.ts';
import { base, newService, pt, siteUrl, variantDist } from '../support/variantSite.ts';
import { read } from './variant.ts';

let cached: Site | undefined;

describe(`a build under BASE_PATH=${base} with SITE_URL=${siteUrl}`, () => {
  const site = () => (cached ??= readSite(variantDist, base));
  test('every link, asset and fragment resolves; metadata, sitemap and JSON-LD hold', () => {
    expect(site().pages.length).toBeGreaterThan(100);
    expect(checkLinks(site())).toEqual([]);
    expect(checkMetadata(site())).toEqual([]);
    expect(checkSitemap(site())).toEqual([]);
    expect(checkJsonLd(site())).toEqual([]);
  }, 180_000); // reads and parses every built page

  test('Markdown links and images written from the site root get the sub-path: an announcement’s and a service’s', () => {
    // As written in tests/support/variantSite.ts: the announcement shown on every page, and the new service.
    expect(read('fr/about/index.html')).toContain(`<a href="${base}de/contact/">Kontakt</a>`);
    const service = read(`de/services/${newService}/index.html`);
    expect(service).toContain(`<a href="${base}de/about/">Über uns</a>`);
    expect(service).toContain(`<img src="${base}favicon.svg" alt="LISKO"`);
    // Relative links resolve against the page already: they stay as written.
    expect(service).toContain('<a href="../../contact/">Kontakt</a>');
  });

  test('the language choice links every language but names only real translations as alternates', () => {
    // The new language (tests/support/variantSite.ts) has its own "about" page only: its home is a
    // German fallback (noindex, no hreflang back), so `/` must not name it as an alternate.
    const choice = read('index.html');
    expect(choice).toContain(`<a href="${base}${pt.code}/"`);
    expect(choice).not.toMatch(new RegExp(`<link rel="alternate" hreflang="${pt.info.lang}"`));
    expect(choice).toContain(`<link rel="alternate" hreflang="de" href="${siteUrl}${base}de/">`);
    expect(checkMetadata(site()).filter((problem) => problem.startsWith('index.html:'))).toEqual([]);
  });

  test('every absolute link, the sitemap, robots.txt and the calendar files use SITE_URL', () => {
    expect(builtSiteAddress(variantDist)).toBe(siteUrl);
    expect(filesWithPlaceholder(variantDist)).toEqual([]);
    expect(read('robots.txt')).toContain(`Sitemap: ${siteUrl}${base}sitemap-index.xml`);
    const calendar = read('de/reception.ics').replaceAll('\r\n ', '');
    expect(calendar).toContain(`URL:${siteUrl}${base}de/`);
    expect(calendar).toMatch(new RegExp(`UID:[^\\r]+@${new URL(siteUrl).hostname}\\r`));
  });

  test('the host files carry the sub-path too', () => {
    const headerPaths = readFileSync(join(variantDist, '_headers'), 'utf8')
      .split('\n')
      .filter((line) => line.startsWith('/'));
    expect(headerPaths.length).toBeGreaterThan(0);
    expect(headerPaths.every((path) => path.startsWith(base))).toBe(true);
    expect(read('_redirects')).toContain(`${base}  ${base}ar/  302!  Language=ar`);
  });
});
