/**
 * Submitting any form on the site, under the real CSP: no violation, no console error, and the
 * only request to another origin is the submission to Formspree (answered here by a stand-in,
 * so the test needs no network). Generic: it finds the forms in the built pages itself, so it
 * covers each form as soon as it lands.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { builtPages } from '../support/builtPages.ts';
import { formOrigin, watchPage } from '../support/pageChecks.ts';

/** Pages whose HTML has a form, or an island that may render one in the browser. */
const pagesWithForms = builtPages().filter(({ path }) => {
  const file = `dist${path.endsWith('/') ? `${path}index.html` : path}`;
  return /<form[\s>]|<astro-island[\s>]/.test(readFileSync(file, 'utf8'));
});

test('the form check has forms to submit (or says there are none yet)', () => {
  test.skip(pagesWithForms.length === 0, 'no page has a form yet');
  expect(pagesWithForms.length).toBeGreaterThan(0);
});

/** Fills every visible field with something plausible for its type. */
async function fillForm(page: Page) {
  const form = page.locator('form').first();
  await form.scrollIntoViewIfNeeded();
  // Islands hydrate when visible; wait until none is left unhydrated.
  await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
  const fields = await form.locator('input, textarea, select').all();
  const radioGroups = new Set<string>();
  for (const field of fields) {
    if (!(await field.isVisible()) || !(await field.isEnabled())) continue;
    const tag = await field.evaluate((el) => el.tagName.toLowerCase());
    const type = (await field.getAttribute('type')) ?? 'text';
    if (tag === 'select') {
      const values = await field.locator('option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
      if (values.length) await field.selectOption(values.at(-1)!);
    } else if (type === 'checkbox') {
      await field.check();
    } else if (type === 'radio') {
      const name = (await field.getAttribute('name')) ?? '';
      if (!radioGroups.has(name)) await field.check();
      radioGroups.add(name);
    } else if (type === 'email') {
      await field.fill('test@example.org');
    } else if (type === 'tel') {
      await field.fill('+352 621 000 000');
    } else if (type === 'number') {
      await field.fill('1');
    } else if (!['submit', 'button', 'reset', 'file', 'hidden', 'image'].includes(type)) {
      await field.fill('Test message from the automated check.');
    }
  }
  return form;
}

for (const { path } of pagesWithForms) {
  test(`submitting the form on ${path} stays within the CSP and talks only to Formspree`, async ({ page, context, baseURL }) => {
    const watch = await watchPage(page, new URL(baseURL!).origin);
    const endpoint = formOrigin();
    const submissions: string[] = [];
    page.on('request', (request) => {
      if (request.url().startsWith(`${endpoint}/`) && request.method() === 'POST') submissions.push(request.url());
    });
    // A test build posts to the local fake Formspree (started by playwright.config.ts); anything
    // else is answered here by a stand-in, so no test ever reaches the real service.
    if (!/^http:\/\/127\.0\.0\.1:/.test(endpoint)) {
      await page.route(`${endpoint}/**`, (route) =>
        route.fulfill({
          status: 200,
          contentType: 'application/json',
          headers: { 'access-control-allow-origin': new URL(baseURL!).origin, 'access-control-allow-headers': '*' },
          body: JSON.stringify({ ok: true, next: `${endpoint}/thanks` }),
        }),
      );
    }
    await page.goto(path);
    const form = await fillForm(page);
    await form.locator('button[type="submit"], input[type="submit"], button:not([type])').first().click({ noWaitAfter: true }); // a blocked submission never navigates
    // Wait until something happened: the submission, a blocked request or a request elsewhere.
    await expect
      .poll(async () => submissions.length + watch.foreignRequests.length + (await watch.cspViolations()).length, { timeout: 15_000 })
      .toBeGreaterThan(0);
    // Let the answer be handled (a thank-you message, a page) and late reports arrive.
    await page.waitForTimeout(1_000);

    expect.soft(await watch.cspViolations(), 'Content-Security-Policy violations').toEqual([]);
    expect.soft(watch.foreignRequests.filter((request) => !request.includes(`${endpoint}/`)), 'requests to other origins than Formspree').toEqual([]);
    expect.soft(watch.consoleErrors, 'console errors').toEqual([]);
    expect.soft(submissions.length, 'the form was sent to Formspree').toBeGreaterThan(0);
    expect.soft(await context.cookies(), 'cookies').toEqual([]);
  });
}
