/**
 * The site under a sub-path in a browser: the variant build (tests/support/variantSite.ts, made
 * with BASE_PATH=/lisko/; its built files are checked by tests/build/subpath.test.ts) served
 * under /lisko/. Pages load with their styles, their links stay under the sub-path, and nothing
 * fails or breaks the CSP. Reuses the build the Vitest build tests made; builds it when it is
 * missing or out of date.
 */
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { watchPage } from '../support/pageChecks.ts';
import { startStaticServer } from '../support/static-server.ts';
import { base, ensureVariant, variantDist } from '../support/variantSite.ts';

test(`pages under ${base} load with their styles, and their links stay under it`, async ({ page }) => {
  test.setTimeout(600_000); // when the variant must be built first (4 min seen on a busy 2-core machine)
  const build = ensureVariant();
  expect(build.status, build.output).toBe(0);
  const server = await startStaticServer(variantDist, 0, base);
  try {
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const watch = await watchPage(page, origin);
    const failed: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
    });
    for (const path of ['', 'de/', 'ar/contact/', 'fr/services/housing/']) {
      await page.goto(`${origin}${base}${path}`);
      // The stylesheet applied: the body has the site's font stack.
      const styled = await page.evaluate(() => getComputedStyle(document.body).fontFamily.includes('system-ui'));
      expect(styled, `${base}${path} has its styles`).toBe(true);
      // The first link in <main>: the announcement's (written from /, given the sub-path) where one is shown.
      await page.getByRole('main').locator('a[href^="/"]').first().click();
      await expect(page).toHaveURL(new RegExp(`^${origin}${base}`));
    }
    expect(failed).toEqual([]);
    expect(await watch.cspViolations()).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
  } finally {
    server.close();
  }
});
