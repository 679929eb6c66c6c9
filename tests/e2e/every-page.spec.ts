/**
 * One visit per built page, every language: everything that must hold on every page is checked
 * during that one visit (soft assertions, so a page reports all its problems at once).
 * - accessibility: axe-core, WCAG 2.0/2.1/2.2 A and AA, light colour scheme; its colour rules in dark
 * - reflow: no sideways scrolling at 320 CSS px; at 200 % zoom (a 1280 px screen zoomed to 200 %
 *   lays out like a 640 px wide viewport) no sideways scrolling, no clipped or overlapping text
 * - keyboard: the skip link comes first and moves focus to <main>; every interactive element is
 *   reached by Tab and visibly focused
 * - privacy and security: no request to another origin, no cookie, no CSP violation (the page is
 *   served with dist/_headers applied), no console error
 * - language, direction, title, one h1
 */
import { expect, type BrowserContext, type Page } from '@playwright/test';
import { test as base } from '../support/sharedContext.ts';
import { defaultLocale, locales } from '../../src/i18n/locales.ts';
import { axeViolations, colourRules } from '../support/axe.ts';
import { typeset } from '../../src/model/typography.ts';
import { builtPages } from '../support/builtPages.ts';
import { horizontalOverflow, keyboardWalk, unreadableText, watchPage, type PageWatch } from '../support/pageChecks.ts';

/**
 * One browser page per worker, in the worker's one context, reused for every visit: even a new
 * page per visit would cost a fifth of the checks on a 2-core machine.
 */
const test = base.extend<{ visit: { page: Page; context: BrowserContext; watch: PageWatch } }, { shared: { page: Page; context: BrowserContext } }>({
  shared: [
    async ({ workerContext: context }, use) => {
      await use({ context, page: await context.newPage() });
    },
    { scope: 'worker' },
  ],
  visit: async ({ shared }, use, testInfo) => {
    const { page, context } = shared;
    const watch = await watchPage(page, new URL(testInfo.project.use.baseURL!).origin);
    await use({ page, context, watch });
    watch.stop();
  },
});

/**
 * `TEST_SWEEP=sample` (a quicker local run; ignored in CI, which always sweeps every page): the
 * pages of the default language and of the right-to-left ones, and those outside any language.
 */
const sample = process.env['TEST_SWEEP'] === 'sample' && !process.env['CI'];
const pages = builtPages().filter(({ lang }) => !sample || lang === undefined || lang === defaultLocale || locales[lang].dir === 'rtl');

for (const { path, lang } of pages) {
  test(`every-page check: ${path}`, async ({ visit: { page, context, watch } }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.emulateMedia({ colorScheme: 'light' });
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-security-policy'], 'served with the CSP from dist/_headers').toContain("script-src 'self'");
    // Islands (the contact form) hydrate when they come near the viewport: bring them in and
    // wait, so every check sees the page as it stays (hydration may replace elements).
    if (await page.locator('astro-island').count()) {
      await page.evaluate(() => document.querySelectorAll('astro-island').forEach((island) => island.firstElementChild?.scrollIntoView()));
      const hydrated = await page
        .waitForFunction(() => !document.querySelector('astro-island[ssr]'), undefined, { timeout: 10_000 })
        .then(
          () => true,
          () => false,
        );
      expect.soft(hydrated, 'every island hydrates (a blocked script would stop it)').toBe(true);
      await page.evaluate(() => window.scrollTo(0, 0));
    }

    // Language, direction, title, one h1.
    if (lang) {
      await expect.soft(page.locator('html')).toHaveAttribute('lang', locales[lang].lang);
      await expect.soft(page.locator('html')).toHaveAttribute('dir', locales[lang].dir);
      await expect.soft(page).toHaveTitle(/\S.* – LISKO$|^LISKO$/);
    }
    await expect.soft(page.locator('h1')).toHaveCount(1);

    // French spacing (the build's typesetting, and the form's own text after hydration): every
    // French text as the page shows it is already typeset.
    const frenchTexts = await page.evaluate(() => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      const texts: string[] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const element = node.parentElement;
        if (!element || element.closest('script, style, code, pre, textarea, svg')) continue;
        if (element.closest('[lang]')?.getAttribute('lang')?.split('-')[0] === 'fr' && node.textContent?.trim()) texts.push(node.textContent);
      }
      return texts;
    });
    expect
      .soft(
        frenchTexts.filter((text) => typeset('fr', text) !== text),
        'French text without its narrow no-break spaces',
      )
      .toEqual([]);

    // Accessibility, light: every WCAG 2.2 AA rule axe has (axe is injected once per page).
    expect.soft(await axeViolations(page), 'axe, light colour scheme').toEqual([]);

    // Keyboard: Tab through everything from the top.
    const keyboard = await keyboardWalk(page);
    expect.soft(keyboard.problems, 'keyboard').toEqual([]);
    const skipLink = page.locator('a.skip-link');
    if (await page.locator('header').count()) {
      expect.soft(keyboard.first, 'the first Tab stop is the skip link').toMatch(/^<a href="#main">/);
      await skipLink.focus();
      await page.keyboard.press('Enter');
      expect.soft(await page.evaluate(() => document.activeElement?.id), 'the skip link moves focus to <main>').toBe('main');
    } else {
      // The language choice and the 404 page start with <main>: nothing to skip.
      expect.soft(await skipLink.count()).toBe(0);
    }

    // Accessibility, dark: the dark scheme changes only colours, so the rules about colours.
    await page.emulateMedia({ colorScheme: 'dark' });
    expect.soft(await axeViolations(page, { rules: colourRules }), 'axe, dark colour scheme').toEqual([]);

    // Reflow at 320 CSS px.
    await page.setViewportSize({ width: 320, height: 640 });
    expect.soft(await horizontalOverflow(page), 'page scrolls sideways at 320 px').toBeLessThanOrEqual(0);

    // 200 % zoom.
    await page.emulateMedia({ colorScheme: 'light' });
    await page.setViewportSize({ width: 640, height: 400 });
    expect.soft(await horizontalOverflow(page), 'page scrolls sideways at 200 % zoom').toBeLessThanOrEqual(0);
    expect.soft(await unreadableText(page), 'text at 200 % zoom').toEqual([]);

    // Privacy and security, over everything the page did above.
    expect.soft(watch.foreignRequests, 'requests to other origins').toEqual([]);
    expect.soft(await context.cookies(), 'cookies').toEqual([]);
    expect.soft(await watch.cspViolations(), 'Content-Security-Policy violations').toEqual([]);
    expect.soft(watch.consoleErrors, 'console errors').toEqual([]);
  });
}
