/**
 * One browser context per worker for tests that only visit and read pages, each test in a new
 * page of it. A new context costs about 1 s of CPU in Chromium (a new page about 0.3 s): on a
 * 2-core machine that was a quarter of the browser tests' time.
 *
 * Playwright's default is a fresh context per test, and it stays so for tests that change the
 * browser's state beyond a page: a mocked clock (`page.clock` belongs to the context), the
 * context's options (`test.use({ timezoneId })`, `serviceWorkers`), going offline. Those import
 * `test` from '@playwright/test' as before. What a visiting test can leave behind is removed
 * after it: its pages, the context's routes, cookies and permissions, and everything stored for
 * the site (local storage, IndexedDB, caches, the private file system). Service workers are
 * blocked in it.
 */
import { test as base, type BrowserContext } from '@playwright/test';

export const test = base.extend<object, { workerContext: BrowserContext }>({
  workerContext: [
    async ({ browser }, use, workerInfo) => {
      // The project's device and address (playwright.config.ts), as Playwright's own context gets them.
      const { baseURL, userAgent, viewport, screen, deviceScaleFactor, isMobile, hasTouch } = workerInfo.project.use;
      const options = { baseURL, userAgent, viewport, screen, deviceScaleFactor, isMobile, hasTouch };
      // No service workers: the offline worker would stay registered from test to test, and
      // Chromium can hang when a route is set while a cleared worker shuts down (a route reaches
      // the context's workers too). The offline tests register it in a context of their own.
      const defined = Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined));
      const context = await browser.newContext({ ...defined, serviceWorkers: 'block' });
      await use(context);
      await context.close();
    },
    { scope: 'worker' },
  ],
  context: async ({ workerContext, baseURL }, use) => {
    // Pages opened before this test (the every-page sweep keeps one for the worker) stay open.
    const before = new Set(workerContext.pages());
    await use(workerContext);
    const opened = workerContext.pages().filter((page) => !before.has(page));
    const page = opened[0] ?? (await workerContext.newPage());
    const cdp = await workerContext.newCDPSession(page);
    await cdp.send('Storage.clearDataForOrigin', { origin: new URL(baseURL!).origin, storageTypes: 'all' });
    await cdp.detach();
    for (const each of new Set([...opened, page])) await each.close();
    await workerContext.unrouteAll({ behavior: 'ignoreErrors' });
    await workerContext.clearCookies();
    await workerContext.clearPermissions();
  },
  page: async ({ context, viewport, colorScheme }, use) => {
    const page = await context.newPage();
    // A test's `test.use({ viewport })` or `colorScheme` applies to its page.
    if (viewport) await page.setViewportSize(viewport);
    if (colorScheme) await page.emulateMedia({ colorScheme });
    await use(page);
  },
});

export { expect } from '@playwright/test';
