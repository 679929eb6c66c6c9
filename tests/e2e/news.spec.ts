/**
 * News as a visitor and a social worker meet it, in the test build (npm run build:test shows the
 * announcement in tests/fixtures/announcements/: German original, Arabic translation).
 * Accessibility, reflow and keyboard on every page, with the banner: every-page.spec.ts.
 */
import { expect, test } from '../support/sharedContext.ts';
import { XMLParser } from 'fast-xml-parser';
import { localeCodes } from '../../src/i18n/locales.ts';

test('the banner comes first in <main>, where the skip link leads, and is read once: no live region', async ({ page }) => {
  // Arabic has its own translation; Somali shows the German original, marked as German.
  for (const [path, fallback] of [
    ['/ar/services/', false],
    ['/so/contact/', true],
  ] as const) {
    await page.goto(path);
    const banner = page.locator('main > section.announcements');
    await expect(banner).toBeVisible();
    await expect(page.locator('main > :first-child')).toHaveClass('announcements');
    if (fallback) await expect(banner.locator('.announcement')).toHaveAttribute('lang', 'de');
    else await expect(banner.locator('.announcement')).not.toHaveAttribute('lang');
    // Neither the banner nor anything around it repeats it to screen readers.
    await expect(page.locator(':is([aria-live], [role="alert"], [role="status"]):has(.announcement)')).toHaveCount(0);
    await expect(banner.locator('[aria-live], [role="alert"], [role="status"]')).toHaveCount(0);
  }
});

for (const lang of localeCodes) {
  test(`${lang}: the professionals page links the feed, which lists the announcement shown`, async ({ page, request }) => {
    await page.goto(`/${lang}/professionals/`);
    const link = page.locator('.follow-news a[type="application/atom+xml"]');
    await expect(link).toBeVisible();
    const href = await link.getAttribute('href');
    expect(href).toBe(await page.locator('head link[rel="alternate"][type="application/atom+xml"]').getAttribute('href'));
    const response = await request.get(href!);
    expect(response.status()).toBe(200);
    const feed = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'entry' }).parse(await response.text()) as {
      feed: { entry?: { title: { '#text': string } | string }[] };
    };
    const titles = (feed.feed.entry ?? []).map((entry) => (typeof entry.title === 'string' ? entry.title : entry.title['#text']));
    expect(titles).toEqual(await page.locator('.announcement-title').allTextContents());
  });
}
