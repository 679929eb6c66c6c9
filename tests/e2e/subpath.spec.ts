/**
 * The site under a sub-path (GitHub Pages project sites, a folder on another site): a second
 * build with BASE_PATH=/lisko/ into a temporary folder; every link, asset and hreflang target
 * must resolve there, and pages must load with their styles and no failed request.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { checkLinks, checkMetadata, checkSitemap, readSite } from '../support/distChecks.ts';
import { startStaticServer } from '../support/static-server.ts';
import { builtSiteAddress, filesWithPlaceholder } from '../../src/deploy/siteAddress.ts';
import { watchPage } from '../support/pageChecks.ts';
import { fakeFormspreeOrigin } from '../support/ports.ts';

const base = '/lisko/';
/** Not the placeholder: every absolute address in the build must use this one. */
const siteUrl = 'https://pages.example.org';

test('a build under BASE_PATH=/lisko/ has working links, metadata, sitemap and pages', async ({ page }) => {
  // A whole build: about 1 min idle, 4 min seen at a load of 27 on 2 cores.
  test.setTimeout(600_000);
  const outDir = mkdtempSync(join(tmpdir(), 'lisko-subpath-'));
  try {
    execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
      // A test build (the form posts to the fake Formspree): it runs in a shallow clone too, where
      // a production build stops (src/integrations/history.ts); this test is about addresses.
      env: { ...process.env, BASE_PATH: base, SITE_URL: siteUrl, PUBLIC_FORMSPREE_ENDPOINT: fakeFormspreeOrigin },
      stdio: 'pipe',
    });
    const site = readSite(outDir, base);
    expect(site.pages.length).toBeGreaterThan(100);
    expect(checkLinks(site)).toEqual([]);
    expect(checkMetadata(site)).toEqual([]);
    expect(checkSitemap(site)).toEqual([]);
    // Every absolute link, the sitemap, robots.txt and the calendar files use SITE_URL.
    expect(builtSiteAddress(outDir)).toBe(siteUrl);
    expect(filesWithPlaceholder(outDir)).toEqual([]);
    expect(readFileSync(join(outDir, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${siteUrl}${base}sitemap-index.xml`);
    const calendar = readFileSync(join(outDir, 'de', 'reception.ics'), 'utf8').replaceAll('\r\n ', '');
    expect(calendar).toContain(`URL:${siteUrl}${base}de/`);
    expect(calendar).toMatch(new RegExp(`UID:[^\\r]+@${new URL(siteUrl).hostname}\\r`));
    // Host files carry the sub-path too.
    const headerPaths = readFileSync(join(outDir, '_headers'), 'utf8').split('\n').filter((line) => line.startsWith('/'));
    expect(headerPaths.every((path) => path.startsWith(base))).toBe(true);
    expect(readFileSync(join(outDir, '_redirects'), 'utf8')).toContain(`${base}  ${base}ar/  302!  Language=ar`);

    const server = await startStaticServer(outDir, 0, base);
    try {
      const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const watch = await watchPage(page, origin);
      const failed: string[] = [];
      page.on('response', (response) => {
        if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
      });
      for (const path of ['', 'de/', 'ar/contact/', 'fr/services/housing/']) {
        await page.goto(`${origin}${base}${path}`);
        // The stylesheet applied: the language list or the header has its own background.
        const styled = await page.evaluate(() => getComputedStyle(document.body).fontFamily.includes('system-ui'));
        expect(styled, `${base}${path} has its styles`).toBe(true);
        await page.locator('main a[href^="/"]').first().click();
        await expect(page).toHaveURL(new RegExp(`^${origin}${base}`));
      }
      expect(failed).toEqual([]);
      expect(await watch.cspViolations()).toEqual([]);
      expect(watch.consoleErrors).toEqual([]);
    } finally {
      server.close();
    }
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
});
