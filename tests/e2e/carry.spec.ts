/**
 * Taking LISKO along (the built test site, in a real browser): the site works offline after one
 * visit (the worker, src/offline/browser/sw.js), saves to contacts and the maps app, shares without
 * loading anything from elsewhere, and prints as a one-page handout with a QR code.
 * Accessibility, keyboard, reflow and CSP of the new pages: every-page.spec.ts (it visits every built page).
 */
import { readFileSync } from 'node:fs';
import { expect, test, type BrowserContext, type Page, type Response } from '@playwright/test';
// Visits only: one context per worker (tests/support/sharedContext.ts). The offline and layout-shift
// tests keep a context of their own: they go offline, register the worker, or set context options.
import { test as sharedTest } from '../support/sharedContext.ts';
import { locales, localeCodes, type Locale } from '../../src/i18n/locales.ts';
import { formatPhoneLocal } from '../../src/contact/phone.ts';
import { qrDrawing } from '../../src/sharing/qrCode.ts';
import { addressLine } from '../../src/routing/urls.ts';
import { contact, serviceSlugs } from '../support/siteContent.ts';

const ui = (lang: Locale): Record<string, string> => JSON.parse(readFileSync(`src/i18n/ui/${lang}.json`, 'utf8'));

/** The page paths the worker has saved, read from the page's own origin. */
async function savedPages(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const name = (await caches.keys()).find((key) => key.startsWith('pages-'));
    return name ? (await (await caches.open(name)).keys()).map((request) => new URL(request.url).pathname) : [];
  });
}

/** The addresses of the /_astro/ files the worker has saved. */
async function savedAssets(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const name = (await caches.keys()).find((key) => key.startsWith('assets-'));
    return name ? (await (await caches.open(name)).keys()).map((request) => new URL(request.url).pathname) : [];
  });
}

/**
 * Offline as a phone without data is: the page's own network off (setOffline, navigator.onLine
 * false) and, since Chromium's emulation does not reach the service worker's own fetches, every
 * request the worker makes failing as a network failure does.
 */
async function setOffline(context: BrowserContext, offline: boolean): Promise<void> {
  await context.setOffline(offline);
  if (offline) await context.route('**/*', (route) => route.abort('internetdisconnected'));
  else await context.unrouteAll();
}

for (const lang of ['de', 'ar'] as const) {
  test(`${lang}: after one visit, the visited page and home, get-support and contact open offline, saying they are saved copies`, async ({ context, page }) => {
    const visited = `/${lang}/services/`;
    const kept = [visited, `/${lang}/`, `/${lang}/get-support/`, `/${lang}/contact/`];
    await page.goto(visited);
    await expect.poll(() => savedPages(page), { timeout: 20_000 }).toEqual(expect.arrayContaining(kept));
    const notice = page.locator('[data-offline-notice]');
    await expect(notice).toBeHidden();

    await setOffline(context, true);
    const [before, after] = ui(lang)['offline.saved']!.split('{{date}}');
    for (const path of kept) {
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('lang', locales[lang].lang);
      await expect(page.locator('h1')).toBeVisible();
      await expect(notice).toBeVisible();
      await expect(notice).toContainText(before!.trim());
      await expect(notice).toContainText(after!.trim());
      await expect(notice).toContainText(ui(lang)['offline.reach']!);
      // The date the copy was saved: today, written in the page's language.
      const saved = await notice.locator('time[data-saved]').getAttribute('datetime');
      expect(new Date(saved!).toDateString()).toBe(new Date().toDateString());
      await expect(notice.locator('time')).toHaveText(new Date(saved!).toLocaleDateString(locales[lang].intl, { dateStyle: 'long' }));
      // The styles came from the cache too.
      expect(await page.evaluate(() => [...document.styleSheets].reduce((sum, sheet) => sum + sheet.cssRules.length, 0))).toBeGreaterThan(0);
    }

    // Online again: the network wins, no saved copy and no notice.
    await setOffline(context, false);
    await page.goto(`/${lang}/contact/`);
    await expect(notice).toBeHidden();
  });

  test(`${lang}: a first visit straight to the contact page keeps it, with the form's code, and offline the form says there is no connection`, async ({
    context,
    page,
  }) => {
    const contactPage = `/${lang}/contact/`;
    await page.goto(contactPage);
    // The contact page registers the worker itself; its own copy is saved first, then the language's key pages.
    await expect.poll(() => savedPages(page), { timeout: 20_000 }).toEqual(expect.arrayContaining([contactPage, `/${lang}/`, `/${lang}/get-support/`]));
    // The island's code and its loader, which the page only fetches once the form is near: saved without scrolling to it.
    const island = page.locator('astro-island');
    const code = [await island.getAttribute('component-url'), await island.getAttribute('renderer-url')];
    expect(await savedAssets(page)).toEqual(expect.arrayContaining(code));

    await setOffline(context, true);
    await page.goto(contactPage);
    const notice = page.locator('[data-offline-notice]');
    await expect(notice).toBeVisible();
    await expect(notice).toContainText(ui(lang)['offline.reach']!);
    // The form comes alive from the saved code (the modules it imports included) and, sent, says in the page's language that there is no connection.
    await page.locator('#contact-form').scrollIntoViewIfNeeded();
    await expect(page.locator('form[data-hydrated]')).toHaveAttribute('novalidate', '');
    await page.fill('#contact-name', 'Amal Haddad');
    await page.check('#contact-reply-by-email');
    await page.fill('#contact-email', 'amal@example.com');
    await page.fill('#contact-message', lang === 'ar' ? 'مرحبا' : 'Hallo');
    await page.check('#contact-consent');
    await page.getByRole('button', { name: ui(lang)['form.submit']! }).click();
    await expect(page.getByRole('alert')).toContainText(ui(lang)['form.failure.network']!);
    await expect(page.locator('#contact-message')).toHaveValue(lang === 'ar' ? 'مرحبا' : 'Hallo');
  });
}

test('the offline worker leaves the web editor alone: nothing of /admin/ is kept, and offline it does not open', async ({ context, page }) => {
  await page.goto('/de/');
  await expect.poll(() => savedPages(page), { timeout: 20_000 }).toContain('/de/');
  const siteAssets = new Set(await savedAssets(page));
  // The editor, in a tab the worker controls: its page and its code pass by the worker.
  const editorFiles: string[] = [];
  const answeredByWorker: string[] = [];
  const listen = (response: Response) => {
    const path = new URL(response.url()).pathname;
    if (path.startsWith('/_astro/')) editorFiles.push(path);
    if (response.fromServiceWorker()) answeredByWorker.push(path);
  };
  page.on('response', listen);
  await page.goto('/admin/');
  await expect.poll(() => editorFiles.length, { timeout: 30_000 }).toBeGreaterThan(0);
  await page.waitForLoadState('load');
  expect(answeredByWorker, 'answers the worker gave the editor').toEqual([]);
  // Back on the site, its own scripts load again (and the worker may keep them now): not the editor's.
  page.off('response', listen);
  await page.goto('/de/');
  expect((await savedPages(page)).filter((path) => path.startsWith('/admin/'))).toEqual([]);
  expect((await savedAssets(page)).filter((path) => !siteAssets.has(path) && editorFiles.includes(path))).toEqual([]);
  await setOffline(context, true);
  const offline = await page.goto('/admin/').then(
    () => 'opened',
    (error: Error) => error.message,
  );
  expect(offline).toMatch(/ERR_INTERNET_DISCONNECTED/);
});

for (const lang of localeCodes) {
  sharedTest(`${lang}: save to contacts, open in the maps app, share links and the handout link`, async ({ page, request }) => {
    await page.goto(`/${lang}/`);
    const home = new URL((await page.locator('link[rel="canonical"]').getAttribute('href'))!).href;
    const help = page.locator('.help-block');

    const card = help.locator(`a[href$="/${lang}/lisko.vcf"]`);
    await expect(card).toHaveText(ui(lang)['carry.saveContact']!);
    const response = await request.get((await card.getAttribute('href'))!);
    expect(response.headers()['content-type']).toContain('text/vcard');
    const vcard = await response.text();
    for (const phone of contact.phones) expect(vcard).toContain(`TEL;TYPE=WORK,VOICE:${phone.replaceAll(' ', '')}`);
    expect(vcard).toContain(`URL:${home}`);

    const maps = help.locator('a[href^="geo:"]');
    await expect(maps).toHaveText(ui(lang)['carry.mapsApp']!);
    const geo = (await maps.getAttribute('href'))!;
    expect(geo.startsWith('geo:0,0?q=')).toBe(true);
    expect(decodeURIComponent(geo.slice('geo:0,0?q='.length))).toBe(addressLine(contact));

    const share = page.locator('.share');
    const links = await share.locator('.share-links a').evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).href));
    expect(links.map((href) => new URL(href).protocol)).toEqual(['https:', 'sms:', 'mailto:']);
    for (const href of links) expect(decodeURIComponent(href)).toContain(home);
    // The button only where the browser can share; the links always.
    const canShare = await page.evaluate(() => typeof navigator.share === 'function');
    await expect(share.locator('button[data-share-url]')).toBeVisible({ visible: canShare });
    await expect(share.locator(`a[href="/${lang}/handout/"]`)).toBeVisible();

    // The link preview: a 1200×630 PNG of this kind of page in this language, at the site's address.
    const image = new URL((await page.locator('meta[property="og:image"]').getAttribute('content'))!);
    expect(image.href).toBe(new URL(`/${lang}/preview/home.png`, home).href);
    const png = await (await request.get(image.pathname)).body();
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);

    await page.goto(`/${lang}/professionals/`);
    await expect(page.locator(`main a[href="/${lang}/handout/"]`)).toHaveText(ui(lang)['carry.handoutLink']!);
  });

  sharedTest(`${lang}: the handout prints on exactly one A4 page, its QR code opening the home page`, async ({ page }) => {
    await page.goto(`/${lang}/handout/`);
    const home = new URL(`/${lang}/`, (await page.locator('link[rel="canonical"]').getAttribute('href'))!).href;
    // The QR code is the one for the language's home page at the site's address (qrcode draws it the same way every time).
    await expect(page.locator('.handout-qr path')).toHaveAttribute('d', (await qrDrawing(home)).path);
    await expect(page.locator('.handout-qr figcaption')).toContainText(home);
    for (const phone of contact.phones) await expect(page.locator('.handout')).toContainText(formatPhoneLocal(phone.replaceAll(' ', '')));
    const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page(?![s\w])/g)).toHaveLength(1);
    // On paper (the page's print styles, at the sheet's printable width): hours and numbers at
    // 16 pt or more, nothing styled as a link, the handout filling most of the sheet's height.
    const mm = 96 / 25.4;
    await page.setViewportSize({ width: Math.round(180 * mm), height: Math.round(267 * mm) });
    await page.emulateMedia({ media: 'print' });
    const paper = await page.locator('.handout').evaluate((handout) => {
      const pt = (el: Element) => (parseFloat(getComputedStyle(el).fontSize) * 72) / 96;
      return {
        hours: [...handout.querySelectorAll('.handout-hours li')].map(pt),
        phones: [...handout.querySelectorAll('a[href^="tel:"]')].map(pt),
        styled: [...handout.querySelectorAll('a')].filter((a) => getComputedStyle(a).textDecorationLine !== 'none').length,
        height: handout.getBoundingClientRect().height,
      };
    });
    expect(paper.hours.length).toBeGreaterThan(0);
    for (const size of [...paper.hours, ...paper.phones]) expect(size, 'pt').toBeGreaterThanOrEqual(16);
    expect(paper.phones).toHaveLength(contact.phones.length);
    expect(paper.styled, 'links underlined on paper').toBe(0);
    expect(paper.height / (267 * mm), 'share of the sheet').toBeGreaterThanOrEqual(0.85);
  });
}

test('the handout has a print button where scripts run, and none without them', async ({ browser }) => {
  for (const javaScript of [true, false]) {
    const context = await browser.newContext({ javaScriptEnabled: javaScript, serviceWorkers: 'block' });
    const page = await context.newPage();
    if (javaScript) await page.addInitScript(() => (window.print = () => document.documentElement.setAttribute('data-printed', '')));
    await page.goto('/ar/handout/');
    const button = page.getByRole('button', { name: ui('ar')['handout.print']! });
    if (javaScript) {
      await button.click();
      await expect(page.locator('html')).toHaveAttribute('data-printed', '');
    } else await expect(button).toBeHidden();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('[data-print]')).toBeHidden();
    await context.close();
  }
});

/**
 * What the page's scripts write after load (the next-reception line, the notice's hide button)
 * moves nothing that is already on screen: its room is kept from the start (global.css). The
 * scripts are held back until the page has been painted, as on a slow phone, so a shift cannot
 * hide behind a script that happened to run before the first paint.
 */
/** Records every layout shift of the page from its start in `window.shifts`, with what moved. */
async function recordShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const shifts: string[] = [];
    (window as unknown as { shifts: string[] }).shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; sources: { node?: Node | null }[] })[]) {
        shifts.push(
          `${entry.value.toFixed(4)}: ${entry.sources.map((source) => (source.node as Element | null)?.getAttribute?.('class') || source.node?.nodeName).join(', ')}`,
        );
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

test.describe('no layout shift when the scripts run', () => {
  test.use({ viewport: { width: 360, height: 640 }, serviceWorkers: 'block' });
  const [service] = serviceSlugs;
  for (const lang of localeCodes) {
    for (const path of [`/${lang}/`, `/${lang}/services/${service}/`]) {
      test(`${path}: nothing moves when the scripts run after the first paint`, async ({ page }) => {
        await recordShifts(page);
        let painted: () => void = () => {};
        const firstPaint = new Promise<void>((resolve) => (painted = resolve));
        await page.route('**/_astro/*.js', async (route) => {
          await firstPaint;
          await route.continue();
        });
        // Not 'domcontentloaded': that event waits for the (held) module scripts.
        await page.goto(path, { waitUntil: 'commit' });
        // Painted, and the whole page parsed (readyState leaves 'loading' before the held module
        // scripts run): a busy machine may paint a page it has only partly read, and what the rest
        // of the page moves is not the scripts' doing.
        await page.waitForFunction(() => performance.getEntriesByType('paint').length > 0 && document.readyState !== 'loading');
        // Two frames after that, then the scripts may come; only what moves from then on counts.
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
        await page.evaluate(() => (window as unknown as { shifts: string[] }).shifts.splice(0));
        painted();
        if (path === `/${lang}/`) await expect(page.locator('.first-screen .reception-status')).not.toBeEmpty();
        const hide = page.locator('.notice-hide');
        if (await hide.count()) await expect(hide).toBeVisible();
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
        expect(await page.evaluate(() => (window as unknown as { shifts: string[] }).shifts)).toEqual([]);
      });
    }
    // The contact form's island comes when the form does (client:visible): with the form on the
    // screen, as typed into before it came. Only its code is held back; the page's other scripts
    // have run by then.
    test(`/${lang}/contact/: nothing in the form moves when its island arrives`, async ({ page }) => {
      await recordShifts(page);
      let arrive: () => void = () => {};
      const island = new Promise<void>((resolve) => (arrive = resolve));
      await page.route(/\/_astro\/ContactForm\.[^/]*\.js$/, async (route) => {
        await island;
        await route.continue();
      });
      await page.goto(`/${lang}/contact/`);
      await expect(page.locator('.reception-status')).not.toBeEmpty();
      // A way to reply chosen, as a visitor may before the island: its field shows, the other not.
      await page.locator('.form-reply').scrollIntoViewIfNeeded();
      await page.check('#contact-reply-by-phone');
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      await page.evaluate(() => (window as unknown as { shifts: string[] }).shifts.splice(0));
      arrive();
      await expect(page.locator('form[data-hydrated]')).toHaveCount(1);
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      expect(await page.evaluate(() => (window as unknown as { shifts: string[] }).shifts)).toEqual([]);
      await expect(page.locator('#contact-phone')).toBeVisible();
      await expect(page.locator('#contact-email')).toBeHidden();
    });
  }
});
