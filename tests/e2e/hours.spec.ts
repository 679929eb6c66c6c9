/**
 * Reception hours a visitor can act on: the status line at controlled instants (Luxembourg
 * time, whatever the browser's zone; midnight; both daylight-saving nights), closures, the
 * calendar file, the address card, last-updated dates, printing, and life without JavaScript.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
// Visits only: one context per worker (tests/support/sharedContext.ts). The others keep a context of
// their own: they mock the clock (which belongs to the context) or set its time zone.
import { test as sharedTest } from '../support/sharedContext.ts';
import { axeViolations, colourRules } from '../support/axe.ts';
import ICAL from 'ical.js';
import { locales, localeCodes } from '../../src/i18n/locales.ts';
import { address as addressLine, contact } from '../support/siteContent.ts';

const status = (page: Page) => page.getByRole('main').locator('.reception-status');

async function visitAt(page: Page, path: string, instant: string): Promise<void> {
  await page.clock.setFixedTime(new Date(instant));
  await page.goto(path);
}

/** Puts closures into the page's schedule data, as if content/hours/reception.md had them. */
async function withClosures(page: Page, path: string, closures: string[][]): Promise<void> {
  await page.route(`**${path}`, async (route) => {
    const response = await route.fetch();
    const json = JSON.stringify(closures).replaceAll('"', '&quot;');
    const body = (await response.text()).replaceAll('&quot;c&quot;:[]', `&quot;c&quot;:${json}`);
    await route.fulfill({ response, body });
  });
}

test.describe('status line in Luxembourg time', () => {
  // [what, instant (UTC), what the German contact page says]
  const cases: [string, string, string][] = [
    ['Wednesday 08:29', '2027-01-13T07:29:00Z', 'Nächster Empfang: heute, 08:30–11:30'],
    ['Wednesday 08:30', '2027-01-13T07:30:00Z', 'Jetzt geöffnet – bis 11:30'],
    ['Wednesday 11:30', '2027-01-13T10:30:00Z', 'Nächster Empfang: morgen, 14:00–16:00'],
    ['Thursday 15:59', '2027-01-14T14:59:00Z', 'Jetzt geöffnet – bis 16:00'],
    ['Thursday 16:00', '2027-01-14T15:00:00Z', 'Nächster Empfang: Mittwoch, 08:30–11:30'],
    ['Friday', '2027-01-15T10:00:00Z', 'Nächster Empfang: Mittwoch, 08:30–11:30'],
    ['spring night, 01:30 CET', '2027-03-28T00:30:00Z', 'Nächster Empfang: Mittwoch, 08:30–11:30'],
    ['spring night, 03:30 CEST', '2027-03-28T01:30:00Z', 'Nächster Empfang: Mittwoch, 08:30–11:30'],
    ['first summer Wednesday, 08:29 CEST', '2027-03-31T06:29:00Z', 'Nächster Empfang: heute, 08:30–11:30'],
    ['first summer Wednesday, 08:30 CEST', '2027-03-31T06:30:00Z', 'Jetzt geöffnet – bis 11:30'],
    ['autumn night, first 02:30 (CEST)', '2027-10-31T00:30:00Z', 'Nächster Empfang: Mittwoch, 08:30–11:30'],
    ['autumn night, second 02:30 (CET)', '2027-10-31T01:30:00Z', 'Nächster Empfang: Mittwoch, 08:30–11:30'],
    ['first winter Wednesday, 08:29 CET', '2027-11-03T07:29:00Z', 'Nächster Empfang: heute, 08:30–11:30'],
    ['first winter Wednesday, 08:30 CET', '2027-11-03T07:30:00Z', 'Jetzt geöffnet – bis 11:30'],
  ];
  for (const [what, instant, expected] of cases) {
    test(`${what}: “${expected}”`, async ({ page }) => {
      await visitAt(page, '/de/contact/', instant);
      await expect(status(page)).toHaveText(expected);
      await expect(status(page)).toBeVisible();
    });
  }

  test('the home page has the same line, in the visitor’s language', async ({ page }) => {
    await visitAt(page, '/de/', '2027-01-13T07:30:00Z');
    await expect(status(page)).toHaveText('Jetzt geöffnet – bis 11:30');
    await visitAt(page, '/en/', '2027-01-15T10:00:00Z');
    await expect(status(page)).toHaveText('Next reception: Wednesday, 08:30–11:30');
    await visitAt(page, '/fr/', '2027-01-13T10:30:00Z');
    await expect(status(page)).toHaveText('Prochain accueil : demain, 14:00–16:00');
  });

  test('every language fills its line, times in <time> and kept left to right', async ({ page }) => {
    for (const lang of localeCodes) {
      await visitAt(page, `/${lang}/contact/`, '2027-01-15T10:00:00Z');
      const line = status(page);
      await expect(line).toBeVisible();
      await expect(line).not.toContainText('{{');
      await expect(line.locator('time[datetime="2027-01-20"]')).toHaveCount(1);
      await expect(line.locator('span[dir="ltr"] time[datetime="08:30"]')).toHaveText('08:30');
      await expect(line.locator('span[dir="ltr"] time[datetime="11:30"]')).toHaveText('11:30');
    }
  });

  test('home at 360 px: the room kept for the line is the same whatever it says, in every language', async ({ page }) => {
    // Nothing below the line may move when the script writes it (carry.spec checks that at the
    // moment the tests run): so its room must not depend on the moment. One instant per kind of
    // text: today, open now (both days), tomorrow (both days), a weekday; the night the call
    // buttons once moved in Tigrinya ("tomorrow" wrapped where the longest text did not).
    test.setTimeout(180_000);
    await page.setViewportSize({ width: 360, height: 640 });
    const instants = [
      '2027-01-13T07:29:00Z',
      '2027-01-13T07:30:00Z',
      '2027-01-13T10:30:00Z',
      '2027-01-12T20:00:00Z',
      '2027-01-14T14:59:00Z',
      '2027-01-14T15:00:00Z',
    ];
    for (const lang of localeCodes) {
      const heights = new Map<string, number>();
      for (const instant of instants) {
        await visitAt(page, `/${lang}/`, instant);
        await expect(status(page)).toBeVisible();
        const text = await status(page).innerText();
        heights.set(text, await page.locator('main .reception-room').evaluate((room) => room.getBoundingClientRect().height));
      }
      expect(heights.size, `${lang}: the instants give different texts`).toBeGreaterThan(3);
      expect(new Set(heights.values()).size, `${lang}: ${JSON.stringify([...heights])}`).toBe(1);
    }
  });

  test('Arabic: the times read left to right inside the right-to-left line', async ({ page }) => {
    await visitAt(page, '/ar/contact/', '2027-01-13T07:30:00Z');
    await expect(status(page)).toHaveText('مفتوح الآن – حتى 11:30');
    expect(
      await status(page)
        .locator('span[dir="ltr"]')
        .evaluate((el) => getComputedStyle(el).direction),
    ).toBe('ltr');
  });

  test('the line updates itself at midnight and when reception opens', async ({ page }) => {
    await page.clock.install({ time: new Date('2027-01-12T22:59:30Z') }); // Tuesday 23:59:30
    await page.goto('/de/contact/');
    await expect(status(page)).toHaveText('Nächster Empfang: morgen, 08:30–11:30');
    await page.clock.runFor(60_000); // Wednesday 00:00:30
    await expect(status(page)).toHaveText('Nächster Empfang: heute, 08:30–11:30');
    await page.clock.setSystemTime(new Date('2027-01-13T07:29:30Z'));
    await page.clock.runFor(60_000); // 08:30:30
    await expect(status(page)).toHaveText('Jetzt geöffnet – bis 11:30');
  });

  test('the line keeps going through the spring change (02:00 → 03:00)', async ({ page }) => {
    await page.clock.install({ time: new Date('2027-03-28T00:58:00Z') }); // 01:58 CET
    await page.goto('/de/contact/');
    await expect(status(page)).toHaveText('Nächster Empfang: Mittwoch, 08:30–11:30');
    await page.clock.runFor(5 * 60_000); // 03:03 CEST
    await expect(status(page)).toHaveText('Nächster Empfang: Mittwoch, 08:30–11:30');
  });
});

test.describe('a visitor in New York', () => {
  test.use({ timezoneId: 'America/New_York' });

  test('Wednesday 03:30 in New York is 08:30 in Luxembourg: open', async ({ page }) => {
    // Between the American (14 March) and European (28 March) changes: 5 hours apart, not 6.
    await visitAt(page, '/de/contact/', '2027-03-17T07:30:00Z');
    expect(await page.evaluate(() => new Date().getHours())).toBe(3);
    await expect(status(page)).toHaveText('Jetzt geöffnet – bis 11:30');
  });

  test('Thursday 14:30 in New York is 20:30 in Luxembourg: closed, next Wednesday', async ({ page }) => {
    await visitAt(page, '/en/contact/', '2027-01-14T19:30:00Z');
    expect(await page.evaluate(() => new Date().getHours())).toBe(14);
    await expect(status(page)).toHaveText('Next reception: Wednesday, 08:30–11:30');
  });
});

test.describe('a visitor on Kiritimati (UTC+14), already a day ahead', () => {
  test.use({ timezoneId: 'Pacific/Kiritimati' });

  test('Wednesday 11:30 in Luxembourg is Thursday there: “tomorrow” still means Luxembourg’s', async ({ page }) => {
    await visitAt(page, '/en/contact/', '2027-01-13T10:30:00Z');
    expect(await page.evaluate(() => new Date().getDay())).toBe(4);
    await expect(status(page)).toHaveText('Next reception: tomorrow, 14:00–16:00');
  });
});

test.describe('closures in the browser', () => {
  test('a closed Wednesday says so and points to Thursday', async ({ page }) => {
    await withClosures(page, '/de/contact/', [['2027-01-13', '2027-01-13', 'Teamtag']]);
    await visitAt(page, '/de/contact/', '2027-01-13T07:00:00Z');
    await expect(status(page)).toHaveText('Heute geschlossen: Teamtag. Nächster Empfang: morgen, 14:00–16:00');
  });

  test('a reason only in German is marked as German inside another language', async ({ page }) => {
    await withClosures(page, '/en/contact/', [['2027-01-13', '2027-01-13', 'Teamtag', 'de']]);
    await visitAt(page, '/en/contact/', '2027-01-13T07:00:00Z');
    await expect(status(page)).toHaveText('Closed today: Teamtag. Next reception: tomorrow, 14:00–16:00');
    await expect(status(page).locator('span[lang="de"]')).toHaveText('Teamtag');
  });

  test('a closed period pushes the next reception more than a week ahead: shown with its date', async ({ page }) => {
    await withClosures(page, '/de/contact/', [['2027-12-23', '2028-01-02', 'Weihnachten']]);
    await visitAt(page, '/de/contact/', '2027-12-22T12:00:00Z');
    await expect(status(page)).toHaveText('Nächster Empfang: Mittwoch, 5. Januar, 08:30–11:30');
    await expect(status(page).locator('time[datetime="2028-01-05"]')).toHaveText('Mittwoch, 5. Januar');
  });
});

test('without JavaScript: the weekly table and the calendar link, no empty status line', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/de/contact/');
  const table = page.getByRole('table', { name: 'Empfangszeiten' });
  await expect(table.getByRole('row')).toHaveCount(3);
  await expect(table.getByRole('rowheader', { name: 'Mittwoch' })).toBeVisible();
  await expect(table.locator('time[datetime="08:30"]')).toHaveText('08:30');
  await expect(status(page)).toBeHidden();
  await expect(page.locator('.calendar-link a')).toBeVisible();
  await context.close();
});

test('the status script stays within 2 KB gzip', () => {
  const html = readFileSync('dist/de/contact/index.html', 'utf8');
  const inline = [...html.matchAll(/<script type="module"[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1] ?? '');
  const external = [...html.matchAll(/<script type="module" src="([^"]+)"/g)].map((match) => readFileSync(`dist${match[1]}`, 'utf8'));
  const script = [...inline, ...external].find((code) => code.includes('data-reception'));
  expect(script, 'the status script is on the contact page').toBeDefined();
  expect(gzipSync(script ?? '').length).toBeLessThanOrEqual(2048);
});

test.describe('calendar file', () => {
  for (const lang of localeCodes) {
    sharedTest(`${lang}: linked next to the hours, imports cleanly`, async ({ page, request }) => {
      await page.goto(`/${lang}/contact/`);
      const href = await page.locator('.hours .calendar-link a').getAttribute('href');
      expect(href).toBe(`/${lang}/reception.ics`);
      const response = await request.get(href!);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toContain('text/calendar');
      const calendar = new ICAL.Component(ICAL.parse(await response.text()));
      expect(calendar.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe('Europe/Luxembourg');
      const all = calendar.getAllSubcomponents('vevent');
      const events = all.filter((event) => event.hasProperty('rrule'));
      expect(events.map((event) => event.getFirstPropertyValue('rrule')?.toString())).toEqual(['FREQ=WEEKLY;BYDAY=WE', 'FREQ=WEEKLY;BYDAY=TH']);
      // The announcements on the page (the test build shows one) are whole-day events too.
      const shown = await page.locator('.announcement-title').allTextContents();
      const days = all.filter((event) => !event.hasProperty('rrule'));
      expect(days.map((event) => event.getFirstPropertyValue('summary'))).toEqual(shown);
      expect(days.every((event) => (event.getFirstPropertyValue('dtstart') as ICAL.Time).isDate)).toBe(true);
      for (const event of events) {
        expect(event.getFirstProperty('dtstart')?.getParameter('tzid')).toBe('Europe/Luxembourg');
        expect(event.getFirstProperty('summary')?.getParameter('language')).toBe(locales[lang].lang);
        expect(event.getFirstPropertyValue('location')).toBe(`${contact.name}, ${addressLine}`);
      }
      expect(events.map((event) => (event.getFirstPropertyValue('dtstart') as ICAL.Time).toString().slice(11))).toEqual(['08:30:00', '14:00:00']);
    });
  }
});

sharedTest('address card: large print, in French, with directions', async ({ page }) => {
  await page.goto('/ti/contact/');
  const card = page.locator('.address-card');
  const address = card.locator('address');
  await expect(address).toHaveAttribute('lang', 'fr');
  await expect(address).toContainText(contact.street);
  await expect(address).toContainText(`${contact.postalCode} ${contact.city}`);
  const size = await address.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(size).toBeGreaterThanOrEqual(24);
  await expect(card.locator('a[rel="external"]')).toHaveAttribute('href', `https://www.openstreetmap.org/search?query=${encodeURIComponent(addressLine)}`);
});

sharedTest('each page says when its content last changed, in a <time datetime>', async ({ page }) => {
  for (const [path, text] of [
    ['/de/', /^Zuletzt geändert: \d{1,2}\. \S+ \d{4}$/],
    ['/en/about/', /^Last updated: \d{1,2} \S+ \d{4}$/],
    ['/fr/services/housing/', /^Dernière modification\u202f: \d{1,2} \S+ \d{4}$/],
    ['/ar/contact/', /^آخر تحديث: /],
  ] as const) {
    await page.goto(path);
    const line = page.getByRole('main').locator('.last-updated');
    await expect(line).toHaveText(text);
    await expect(line.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
  }
});

test.describe('printing', () => {
  for (const path of ['/de/contact/', '/de/get-support/', '/ar/contact/', '/ti/get-support/']) {
    test(`${path} prints on one page with address, numbers and hours`, async ({ page }) => {
      await visitAt(page, path, '2027-01-13T07:30:00Z');
      await page.emulateMedia({ media: 'print' });
      const visible = async (selector: string) => page.locator(selector).filter({ visible: true }).count();
      expect(await visible('address')).toBeGreaterThan(0);
      expect(await visible('a[href^="tel:"]')).toBeGreaterThan(0);
      expect(await visible('.hours-table')).toBe(1);
      expect(await visible('.reception-status')).toBe(0);
      const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
      const pages = pdf.match(/\/Type\s*\/Page(?!s)/g) ?? [];
      expect(pages.length).toBe(1);
    });
  }
});

test.describe('accessibility of the hours with everything shown', () => {
  for (const path of ['/de/contact/', '/ar/contact/', '/ti/']) {
    test(`${path}: no WCAG 2.2 AA violations found by axe, light and dark`, async ({ page }) => {
      await withClosures(page, path, [['2027-01-13', '2027-01-13', 'Teamtag']]);
      await page.emulateMedia({ colorScheme: 'light' });
      await visitAt(page, path, '2027-01-13T07:00:00Z');
      await expect(status(page)).toBeVisible();
      // The main content and the help block: where the hours are (the header is not this spec's).
      const include = ['main', '.help-block'];
      expect(await axeViolations(page, { include }), 'light').toEqual([]);
      // The dark scheme changes only colours: the rules about colours.
      await page.emulateMedia({ colorScheme: 'dark' });
      expect(await axeViolations(page, { include, rules: colourRules }), 'dark').toEqual([]);
    });
  }
});
