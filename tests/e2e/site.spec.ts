/** The built site as a visitor meets it: every page, every language. */
import { existsSync } from 'node:fs';
import { expect, test } from '../support/sharedContext.ts';
import { defaultLocale, locales, localeCodes } from '../../src/i18n/locales.ts';
import { hoursSchema, pageSchema, type VisitInfo } from '../../src/model/schema.ts';
import { visitFieldNames } from '../../src/model/model.ts';
import { pagePaths } from '../../src/routing/pages.ts';
import { builtPages } from '../support/builtPages.ts';
import { testHoursDir } from '../support/testBuild.ts';
import { contact, frontmatterOf, phoneLinks, serviceSlugs } from '../support/siteContent.ts';

const pages = builtPages();
/** A content file's frontmatter, read with its schema (as the build reads it). */
const hours = hoursSchema.parse(frontmatterOf(`${testHoursDir}/reception.md`));
const localized = pages.filter((page) => page.lang);

test('the build has every page in every language', () => {
  // Every service of the original is built in every language (a missing translation shows the original).
  for (const lang of localeCodes) {
    for (const path of Object.values(pagePaths)) expect(pages.map((p) => p.path)).toContain(`/${lang}/${path}`);
    // The services page itself and one page per service.
    expect(localized.filter((p) => p.lang === lang && p.path.startsWith(`/${lang}/services/`)).length).toBe(serviceSlugs.length + 1);
  }
  expect(pages.map((p) => p.path)).toContain('/404.html');
});

// Language, direction, title and reflow of every page: every-page.spec.ts (one visit per page).

test('the number of services is counted from the content, never written by hand', async ({ page }) => {
  const count = serviceSlugs.length;
  for (const lang of localeCodes) {
    await page.goto(`/${lang}/services/`);
    const main = page.getByRole('main');
    await expect(main.getByRole('listitem')).toHaveCount(count);
    // The sentence before the list says how many there are, in the page's digits.
    // (The translation notice may stand between them: it is a note, not the page's text.)
    await expect(main.locator('h1 ~ p:not([role="note"])').first()).toContainText(new Intl.NumberFormat(locales[lang].intl).format(count));
    await page.goto(`/${lang}/`);
    await expect(page.getByRole('main').locator('a.button[href$="/services/"]')).toContainText(String(count));
  }
});

test('the get-support page shows exactly the visit fields LISKO has filled in (none while all are empty)', async ({ page }) => {
  const path = (lang: string) => `content/pages/${lang}/get-support.md`;
  const fields = (lang: string) => pageSchema.parse(frontmatterOf(path(lang))) as VisitInfo;
  const original = fields(defaultLocale);
  for (const lang of localeCodes) {
    // A language without its own translation shows the German original.
    const own = existsSync(path(lang)) ? fields(lang) : original;
    const filled = visitFieldNames.filter((field) => own[field] ?? original[field]);
    await page.goto(`/${lang}/get-support/`);
    await expect(page.locator('.visit-info')).toHaveCount(filled.length ? 1 : 0);
    await expect(page.locator('.visit-info [data-field]')).toHaveCount(filled.length);
  }
});

test('the language switcher leads to the same page in another language', async ({ page }) => {
  const [service] = serviceSlugs;
  await page.goto(`/de/services/${service}/`);
  const switcher = page.getByRole('navigation', { name: 'Sprache' });
  await expect(switcher.getByRole('link')).toHaveCount(localeCodes.length);
  const arabic = switcher.getByRole('link', { name: 'العربية' });
  await expect(arabic).toHaveAttribute('hreflang', 'ar');
  await expect(arabic).toHaveAttribute('lang', 'ar');
  await arabic.click();
  await expect(page).toHaveURL(new RegExp(`/ar/services/${service}/$`));
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  // The language switcher's link (the translation notice may also link the German original).
  await page.locator('.language-switcher').getByRole('link', { name: 'Deutsch' }).click();
  await expect(page).toHaveURL(new RegExp(`/de/services/${service}/$`));
});

test('telephone numbers are tap-to-call links in international form', async ({ page }) => {
  await page.goto('/fr/contact/');
  const main = page.getByRole('main');
  for (const { href, text } of phoneLinks) await expect(main.locator(`a[href="${href}"]`)).toHaveText(text);
  // The help block carries them on every page too.
  await page.goto('/so/about/');
  await expect(page.getByRole('complementary').locator('a[href^="tel:"]')).toHaveCount(phoneLinks.length);
});

test('Arabic pages read right to left, with phone numbers and the address kept left to right', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/ar/contact/');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  // Where the heading's text itself sits (the h1 box spans the whole width either way).
  const text = await page.locator('h1').evaluate((h1) => {
    const range = document.createRange();
    range.selectNodeContents(h1);
    const box = range.getBoundingClientRect();
    return { left: box.left, right: window.innerWidth - box.right };
  });
  expect(text.right, 'the heading starts at the right edge').toBeLessThan(text.left);
  expect(
    await page
      .locator('main .phone-link span')
      .first()
      .evaluate((el) => getComputedStyle(el).direction),
  ).toBe('ltr');
  expect(
    await page
      .locator('main address')
      .first()
      .evaluate((el) => getComputedStyle(el).direction),
  ).toBe('ltr');
});

test('the language-choice page lists every language in its own script, with no cookie', async ({ page, context }) => {
  await page.goto('/');
  const links = page.getByRole('main').getByRole('link');
  await expect(links).toHaveCount(localeCodes.length);
  for (const code of localeCodes) {
    await expect(page.locator(`a[hreflang="${locales[code].lang}"]`)).toContainText(locales[code].label);
  }
  expect(await context.cookies()).toEqual([]);
});

test('the language-choice page suggests the browser language without redirecting', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'ar' });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page).toHaveURL(/\/$/);
  await expect(page.locator('.suggested a')).toHaveAttribute('hreflang', 'ar');
  await context.close();
});

test('an unknown address answers 404 with links to every language', async ({ page }) => {
  const response = await page.goto('/de/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('main .home-links').getByRole('link')).toHaveCount(localeCodes.length);
});

test('contact and home describe the organisation in JSON-LD, hours from the content', async ({ page }) => {
  for (const path of ['/de/', '/ar/contact/']) {
    await page.goto(path);
    const json = await page.locator('script[type="application/ld+json"]').textContent();
    const data = JSON.parse(json ?? '{}');
    expect(data['@type']).toBe('Organization');
    // Read from the content files, so a changed time or number changes no test.
    expect(data.address.postalCode).toBe(contact.postalCode);
    expect(data.telephone).toEqual(contact.phones);
    expect(data.location.openingHoursSpecification).toEqual(
      hours.slots.map((slot) => ({
        '@type': 'OpeningHoursSpecification',
        dayOfWeek: `https://schema.org/${slot.day[0]?.toUpperCase()}${slot.day.slice(1)}`,
        opens: slot.opens,
        closes: slot.closes,
      })),
    );
  }
});

test('every localized page has an absolute canonical and reciprocal hreflang links', async ({ page }) => {
  // A service translated into French: each language that has its own translation gets a link,
  // plus x-default (a language showing the German original is no alternate).
  const service = serviceSlugs.find((slug) => existsSync(`content/services/fr/${slug}.md`));
  test.skip(!service, 'no service is translated into French yet');
  const translated = localeCodes.filter((lang) => existsSync(`content/services/${lang}/${service}.md`));
  await page.goto(`/fr/services/${service}/`);
  const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
  expect(canonical).toMatch(new RegExp(`^https?://[^/]+/fr/services/${service}/$`));
  const alternates = page.locator('link[rel="alternate"][hreflang]');
  await expect(alternates).toHaveCount(translated.length + 1);
  const german = await page.locator('link[hreflang="de"]').getAttribute('href');
  // x-default: the German original, which names every translation back (the language choice at
  // `/` names only the home pages).
  await expect(page.locator('link[hreflang="x-default"]')).toHaveAttribute('href', german!);
  await page.goto(new URL(german!).pathname);
  await expect(page.locator('link[hreflang="fr"]')).toHaveAttribute('href', canonical!);
});
