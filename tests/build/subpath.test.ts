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
import { base, siteUrl, variantDist } from '../support/variantSite.ts';
import { read } from './variant.ts';

let cached: Site | undefined;

describe(`a build under BASE_PATH=${base} with SITE_URL=${siteUrl}`, () => {
  const site = () => (cached ??= readSite(variantDist, base));
  /**
   * KNOWN BUG, left for the code's owners: an announcement is shown on every page, so the content
   * check makes its links start with `/` (/de/contact/), but Markdown links are not given the
   * sub-path, so under BASE_PATH they lead nowhere. Marked `test.fails` below, which turns red
   * the day the links get the sub-path: then make it a plain test.
   */
  const announcementLink = (problem: string) => problem.includes('"/de/contact/"');
  /**
   * KNOWN BUG, left for the code's owners, found by the variant's new language: the language
   * choice at / gives an hreflang link to every language's home, also to a German fallback
   * (noindex, no hreflang back). Today every language is complete, so no build shows it.
   */
  const fallbackHreflang = (problem: string) => problem.startsWith(`index.html: hreflang="pt"`);

  test('every link, asset and fragment resolves; metadata, sitemap and JSON-LD hold', () => {
    expect(site().pages.length).toBeGreaterThan(100);
    expect(checkLinks(site()).filter((problem) => !announcementLink(problem))).toEqual([]);
    expect(checkMetadata(site()).filter((problem) => !fallbackHreflang(problem))).toEqual([]);
    expect(checkSitemap(site())).toEqual([]);
    expect(checkJsonLd(site())).toEqual([]);
  }, 180_000); // reads and parses every built page

  test.fails('KNOWN BUG: an announcement’s links (written from /) get the sub-path', () => {
    expect(checkLinks(site()).filter(announcementLink)).toEqual([]);
  });

  test.fails('KNOWN BUG: the language choice gives no hreflang to a language whose home is a German fallback', () => {
    expect(checkMetadata(site()).filter(fallbackHreflang)).toEqual([]);
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
