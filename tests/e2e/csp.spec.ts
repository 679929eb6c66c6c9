/**
 * The Content-Security-Policy holds on a host that sends no headers at all (GitHub Pages): the
 * built site is served here WITHOUT dist/_headers, so only each page's meta tag protects it.
 * Code that reaches a page from outside (as if content or a compromised response had put it
 * there) must not run; the site's own scripts and the contact form island must still work.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from '@playwright/test';
import { expect, test } from '../support/sharedContext.ts';
import { startStaticServer } from '../support/static-server.ts';
import { watchPage } from '../support/pageChecks.ts';

let server: Server | undefined;
let origin = '';

test.beforeAll(async () => {
  // As GitHub Pages serves it: no header at all.
  server = await startStaticServer('dist', 0, '/');
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(() => {
  server?.close();
});

declare global {
  interface Window {
    __injected?: string[];
  }
}

/** Adds `markup` right after <body> in the HTML of `path`, as a hostile response or content would. */
async function openWithInjected(page: Page, path: string, markup: string): Promise<void> {
  await page.route(`${origin}${path}`, async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace('<body>', `<body>${markup}`);
    await route.fulfill({ response, body: html, headers: { ...response.headers(), 'content-encoding': 'identity' } });
  });
  await page.goto(`${origin}${path}`);
}

test('the server really sends no CSP header: the meta tag is all there is', async ({ request }) => {
  const response = await request.get(`${origin}/de/contact/`);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-security-policy']).toBeUndefined();
  expect(await response.text()).toContain('<meta http-equiv="Content-Security-Policy"');
});

test('without headers, an injected inline script and event handler are blocked and reported', async ({ page }) => {
  const watch = await watchPage(page, origin);
  await openWithInjected(
    page,
    '/de/contact/',
    `<script>(window.__injected ??= []).push('script')</script><img src="data:," alt="" onerror="(window.__injected ??= []).push('onerror')"><a id="js-link" href="javascript:(window.__injected ??= []).push('link')">x</a>`,
  );
  await page.locator('#js-link').click();
  expect(await page.evaluate(() => window.__injected ?? [])).toEqual([]);
  const violations = await watch.cspViolations();
  expect(violations.filter((v) => v.startsWith('script-src')).length, violations.join('\n')).toBeGreaterThanOrEqual(3);
  watch.stop();
});

test("without headers, the pages' own scripts and the contact form island run with no violation", async ({ page }) => {
  const watch = await watchPage(page, origin);
  await page.goto(`${origin}/de/contact/`);
  await page.locator('form').first().scrollIntoViewIfNeeded();
  await page.waitForFunction(() => document.querySelector('astro-island') && !document.querySelector('astro-island[ssr]'));
  expect(await watch.cspViolations()).toEqual([]);
  expect(watch.consoleErrors).toEqual([]);
  watch.stop();
});

test('Trusted Types: a script cannot write HTML into the page from a string', async ({ page }) => {
  await page.goto(`${origin}/de/`);
  const result = await page.evaluate(() => {
    try {
      document.body.insertAdjacentHTML('beforeend', '<img src="data:," onerror="alert(1)">');
      return 'written';
    } catch (error) {
      return error instanceof TypeError ? 'refused' : String(error);
    }
  });
  expect(result).toBe('refused');
});
