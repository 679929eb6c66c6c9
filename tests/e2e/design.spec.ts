/**
 * What a visual review can measure, in every language: the first screen at 360×640 answers
 * "when and how", stand-alone targets are at least 44×44 px, states stand out at 3:1 in light
 * and dark, arrows point the reading way, the title stands above the sections (one type scale),
 * small text keeps body size where its script needs it, the translation notice is one line under
 * the heading with its button beside its words, paper keeps no link that only works on a screen,
 * `/` shows every language on the first screen, a wrong address leads on (header, phones, every
 * language's home, its own language first). The header itself: header.spec.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { axeViolations, colourRules } from '../support/axe.ts';
import type { Page } from '@playwright/test';
import { expect, test } from '../support/sharedContext.ts';
import { defaultLocale, locales, localeCodes } from '../../src/i18n/locales.ts';
import { pictograms } from '../../src/services/pictograms.ts';
import { contact, phoneLinks, serviceSlugs } from '../support/siteContent.ts';

const { phones } = contact;
const ui = (lang: string) => JSON.parse(readFileSync(`src/i18n/ui/${lang}.json`, 'utf8')) as Record<string, string>;
const services = serviceSlugs;
const firstService = services[0]!;

/** WCAG contrast ratio of two computed colours (`rgb(…)`/`rgba(…)`, opaque enough to matter). */
async function contrastIn(page: Page, a: string, b: string): Promise<number> {
  return page.evaluate(
    ([first, second]) => {
      const luminance = (color: string) => {
        const [r, g, b] = color
          .match(/[\d.]+/g)!
          .slice(0, 3)
          .map(Number)
          .map((value) => {
            const c = value / 255;
            return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
          });
        return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
      };
      const [light, dark] = [luminance(first!), luminance(second!)].sort((x, y) => y - x);
      return (light! + 0.05) / (dark! + 0.05);
    },
    [a, b],
  );
}

for (const lang of localeCodes) {
  test(`${lang}: at 360×640 the home page shows the next reception and every call button without scrolling`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 640 });
    await page.goto(`/${lang}/`);
    const status = page.locator('main .reception-status');
    await expect(status).toBeVisible(); // filled by the hours script
    const calls = page.locator('main .first-screen a[href^="tel:"]');
    await expect(calls).toHaveCount(phones.length);
    for (const target of [status, ...(await calls.all())]) {
      const box = (await target.boundingBox())!;
      expect(box.y + box.height, `${await target.innerText()} ends inside the first screen`).toBeLessThanOrEqual(640);
    }
    // The header above them: tests/e2e/header.spec.ts.
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
  });

  test(`${lang}: stand-alone links and controls are at least 44×44 px at 360 px`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 640 });
    for (const path of [`/${lang}/`, `/${lang}/services/`, `/${lang}/services/${firstService}/`, `/${lang}/get-support/`]) {
      await page.goto(path);
      const small = await page.evaluate(() => {
        const found: string[] = [];
        for (const el of document.querySelectorAll<HTMLElement>('a[href], button, input:not([type=hidden]), select, textarea')) {
          if (!el.checkVisibility({ checkVisibilityCSS: true }) || el.closest('.prose, .announcement-text, .visually-hidden, .skip-link')) continue;
          // Stand-alone: the link is all the text of its block (a link inside a sentence is exempt, WCAG 2.5.8).
          const block = el.closest('p, li, dd, td, h2, h3, nav, header');
          if (block && (block.textContent ?? '').replace(/\s+/g, '') !== (el.textContent ?? '').replace(/\s+/g, '') && !block.matches('nav, header')) continue;
          // A card's link covers the whole card (.card-link::after): the card is the target.
          const box = (el.matches('.card-link') ? el.closest('.card')! : el).getBoundingClientRect();
          if (box.width < 44 - 0.5 || box.height < 44 - 0.5) found.push(`${el.outerHTML.slice(0, 80)} ${Math.round(box.width)}×${Math.round(box.height)}`);
        }
        return found;
      });
      expect(small, path).toEqual([]);
    }
  });

  test(`${lang}: back arrows point to where reading starts, forward arrows to where it goes`, async ({ page }) => {
    const pointsRight = async (selector: string) => {
      const transform = await page
        .locator(selector)
        .first()
        .evaluate((svg) => getComputedStyle(svg).transform);
      // The arrow is drawn pointing right; a negative first matrix value mirrors it.
      return transform === 'none' || !transform.startsWith('matrix(-1');
    };
    const rtl = locales[lang].dir === 'rtl';
    await page.goto(`/${lang}/services/${firstService}/`);
    expect(await pointsRight('.breadcrumb .icon'), 'the link back to all services').toBe(rtl);
    await page.goto(`/${lang}/`);
    expect(await pointsRight('main a.button .icon'), 'the link on to the services').toBe(!rtl);
    expect(await pointsRight('.help-more .icon'), 'the link on to the contact page').toBe(!rtl);
    // Drawn up and to the right: out of the page along the reading direction.
    expect(await pointsRight('.help-block a[rel~="external"] .icon-external'), 'the link out to OpenStreetMap').toBe(!rtl);
  });

  test(`${lang}: link underlines keep clear of the letters`, async ({ page }) => {
    await page.goto(`/${lang}/`);
    const offset = await page
      .locator(`main a[href="/${lang}/get-support/"]`)
      .first()
      .evaluate((link) => {
        const style = getComputedStyle(link);
        return parseFloat(style.textUnderlineOffset) / parseFloat(style.fontSize);
      });
    // Ethiopic letters reach lower below the line than Latin or Arabic ones.
    expect(offset, 'underline offset in em').toBeGreaterThanOrEqual(lang === 'ti' ? 0.3 - 0.01 : 0.15 - 0.01);
  });
}

// One test per scheme and language: fourteen page loads in one test outlast its time on a busy machine.
for (const scheme of ['light', 'dark'] as const) {
  for (const lang of localeCodes) {
    test(`${scheme}, ${lang}: the current menu item, its focus ring and "open now" stand out at 3:1 or more`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`/${lang}/services/`);
      const current = page.locator('.main-nav a[aria-current="page"]');
      const header = await page.locator('.site-header').evaluate((el) => getComputedStyle(el).backgroundColor);
      const item = await current.evaluate((el) => getComputedStyle(el).backgroundColor);
      expect(await contrastIn(page, item, header), `${lang}: current item against the header`).toBeGreaterThanOrEqual(3);
      await current.focus();
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Tab');
      const ring = await current.evaluate((el) => getComputedStyle(el).outlineColor);
      expect(await contrastIn(page, ring, header), `${lang}: focus ring against the header`).toBeGreaterThanOrEqual(3);
      // The ring is drawn apart from the item, on the header (so the item's own colour does not matter).
      expect(await current.evaluate((el) => parseFloat(getComputedStyle(el).outlineOffset)), `${lang}: focus ring apart from the item`).toBeGreaterThan(0);
      // "Open now" against the plain status line ("next reception") and the page.
      await page.goto(`/${lang}/`);
      const status = page.locator('main .reception-status');
      await expect(status).toBeVisible();
      const plain = await status.evaluate((el) => {
        el.classList.remove('is-open');
        return getComputedStyle(el).backgroundColor;
      });
      const open = await status.evaluate((el) => {
        el.classList.add('is-open');
        return getComputedStyle(el).backgroundColor;
      });
      const pageBg = await page.locator('body').evaluate((el) => getComputedStyle(el).backgroundColor);
      expect(await contrastIn(page, open, plain), `${lang}: open now against next reception`).toBeGreaterThanOrEqual(3);
      expect(await contrastIn(page, open, pageBg), `${lang}: open now against the page`).toBeGreaterThanOrEqual(3);
    });
  }
}

test('the translation notice is one line under the heading, links to the checked languages, and hides for the tab', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 640 });
  let seen = 0;
  for (const lang of localeCodes.filter((code) => code !== defaultLocale)) {
    // A service this language has translated (a page shown from the original has another notice).
    const translated = services.find((slug) => existsSync(`content/services/${lang}/${slug}.md`));
    if (!translated) continue;
    await page.goto(`/${lang}/services/${translated}/`);
    const notice = page.locator('[data-translation-notice]');
    if (!(await notice.count())) continue;
    seen++;
    // Right under the heading, in the page's language, linking to the German original at least.
    const above = await notice.evaluate((el) => {
      let before = el.previousElementSibling;
      while (before?.tagName === 'SCRIPT') before = before.previousElementSibling; // not shown
      return before?.tagName;
    });
    expect(above).toBe('H1');
    await expect(notice.locator(`a[hreflang="${locales[defaultLocale].lang}"]`)).toBeVisible();
    // Hidden for this tab after "hide", on the next page too; no cookie.
    await notice.getByRole('button').click();
    await expect(notice).toBeHidden();
    // On the next page before it first shows: by the inline line alone, the page's script files
    // held back (they run only after the page is shown).
    await page.route('**/_astro/*.js', (route) => route.abort());
    await page.goto(`/${lang}/services/`);
    if (await page.locator('[data-translation-notice]').count()) await expect(page.locator('[data-translation-notice]')).toBeHidden();
    await page.unroute('**/_astro/*.js');
    expect(await page.context().cookies()).toEqual([]);
    await page.evaluate(() => sessionStorage.clear());
  }
  // Once every translation is reviewed there is no such notice to test: reported as skipped, not failed
  // (content changes never break a test); the notice's words stay tested in tests/build/add-language.test.ts.
  test.skip(seen === 0, 'every translation of the services is reviewed: no notice to test');
});

/** Pages with what each test below looks at: headings, notices, cards, links. */
const samplePages = (lang: string) => [`/${lang}/`, `/${lang}/contact/`, `/${lang}/about/`, `/${lang}/services/${firstService}/`];

for (const lang of localeCodes) {
  test(`${lang}: one type scale: on a phone the title clearly above the sections, small text at body size where the script needs it`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 640 });
    for (const path of samplePages(lang)) {
      await page.goto(path);
      const sizes = await page.evaluate(() => {
        const size = (el: Element) => parseFloat(getComputedStyle(el).fontSize);
        const shown = (selector: string) => [...document.querySelectorAll(selector)].filter((el) => el.checkVisibility() && !el.closest('.visually-hidden'));
        return { h1: size(document.querySelector('main h1')!), h2: shown('main h2').map(size), h3: shown('main h3').map(size) };
      });
      // GOV.UK's phones: 32 and 24 px, a ratio of 4:3; a little less still reads as a step.
      for (const h2 of sizes.h2) expect(sizes.h1 / h2, `${path}: title against a section heading`).toBeGreaterThanOrEqual(1.25);
      if (sizes.h2.length && sizes.h3.length) expect(Math.min(...sizes.h2) / Math.max(...sizes.h3), `${path}: section against subsection`).toBeGreaterThan(1);
    }
    // Notices, hints and the tagline (shown from 48 rem on) against the body text, each by its own language:
    // Ethiopic letters need the body's size, others may be a step smaller.
    await page.setViewportSize({ width: 1280, height: 800 });
    for (const path of samplePages(lang)) {
      await page.goto(path);
      const small = await page.evaluate(() => {
        const body = parseFloat(getComputedStyle(document.body).fontSize);
        return [...document.querySelectorAll('.brand-tagline, .translation-notice, .announcement, .hours-note, .last-updated, .form-note-sensitive, .tag')]
          .filter((el) => el.checkVisibility())
          .map((el) => ({ what: el.className, lang: el.closest('[lang]')!.getAttribute('lang')!, ratio: parseFloat(getComputedStyle(el).fontSize) / body }));
      });
      expect(small.length, `${path}: small text to look at`).toBeGreaterThan(0);
      for (const { what, lang: textLang, ratio } of small)
        expect(ratio, `${path}: ${what} (${textLang})`).toBeGreaterThanOrEqual(textLang.startsWith('ti') ? 1 : 0.85);
    }
  });
}

test('every translation notice has the same hide button, right after its words in either direction, the contact page too', async ({ page }) => {
  let seen = 0;
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    for (const lang of localeCodes.filter((code) => code !== defaultLocale)) {
      for (const path of samplePages(lang)) {
        await page.goto(path);
        const notice = page.locator('[data-translation-notice]');
        if (!(await notice.count())) continue;
        seen++;
        const button = notice.getByRole('button', { name: ui(lang)['notice.hide']! });
        await expect(button, `${path}: the hide button`).toBeVisible();
        // No gap wider than the notice's own between the words and the button, on the reading side.
        const gap = await notice.evaluate((el) => {
          const words = el.querySelector(':scope > span')!.getBoundingClientRect();
          const button = el.querySelector('button')!.getBoundingClientRect();
          return getComputedStyle(el).direction === 'rtl' ? words.left - button.right : button.left - words.right;
        });
        const between = await notice.evaluate((el) => parseFloat(getComputedStyle(el).columnGap));
        expect(gap, `${path} at ${width} px: button beside the words`).toBeGreaterThanOrEqual(0);
        expect(gap, `${path} at ${width} px: button beside the words`).toBeLessThanOrEqual(between + 1);
      }
    }
  }
  test.skip(seen === 0, 'every translation is reviewed: no notice to test');
});

test('paper keeps no link that only works on a screen, and no link styling', async ({ page }) => {
  for (const lang of ['de', 'ar'] as const) {
    for (const path of [...samplePages(lang), `/${lang}/professionals/`, `/${lang}/get-support/`, `/${lang}/services/`]) {
      await page.goto(path);
      await page.emulateMedia({ media: 'print' });
      const links = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLAnchorElement>('a[href]')]
          .filter((a) => a.checkVisibility({ checkVisibilityCSS: true }))
          .map((a) => {
            const style = getComputedStyle(a);
            return {
              link: `${a.getAttribute('href')} "${(a.textContent ?? '').trim().slice(0, 30)}"`,
              // What stays meaningful as words on paper: LISKO, a number, a word in a text or a notice, a service's name.
              words: a.matches('.site-header .brand, [href^="tel:"], .card-link') || Boolean(a.closest('.prose, .translation-notice, .announcement-text')),
              // Underlined, or in another colour than the words around it.
              styled: style.textDecorationLine !== 'none' || style.color !== getComputedStyle(a.parentElement!).color,
            };
          }),
      );
      expect(
        links.filter((link) => !link.words).map((link) => link.link),
        `${path}: links only a screen can follow`,
      ).toEqual([]);
      expect(
        links.filter((link) => link.styled).map((link) => link.link),
        `${path}: links styled as links`,
      ).toEqual([]);
      await page.emulateMedia({ media: 'screen' });
    }
  }
});

for (const lang of localeCodes) {
  test(`${lang}: the contact page says address, numbers and hours once, in cards as tall as what they hold`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 640 });
    await page.goto(`/${lang}/contact/`);
    for (const { href } of phoneLinks) expect(await page.locator(`a[href="${href}"]:visible`).count(), href).toBe(1);
    expect(await page.locator('address:visible').count(), 'the address').toBe(1);
    expect(await page.locator('.hours-table:visible').count(), 'the hours').toBe(1);
    // What the help block elsewhere adds is here too: the contact card and the maps app.
    await expect(page.locator(`main a[href="/${lang}/lisko.vcf"]`)).toBeVisible();
    await expect(page.locator('main a[href^="geo:"]')).toBeVisible();
    await page.setViewportSize({ width: 1280, height: 800 });
    const empty = await page.locator('.key-facts > *').evaluateAll((cards) =>
      cards.map((card) => {
        const last = [...card.children].filter((child) => child.checkVisibility()).at(-1)!;
        const style = getComputedStyle(card);
        return (
          card.getBoundingClientRect().bottom - last.getBoundingClientRect().bottom - parseFloat(style.paddingBottom) - parseFloat(style.borderBottomWidth)
        );
      }),
    );
    for (const room of empty) expect(room, 'room left empty at the bottom of a card').toBeLessThanOrEqual(24);
  });
}

test('/ shows every language on the first screen of a 360×640 phone, whichever it suggests', async ({ browser }) => {
  // The suggestion moves a language first and marks it: one that stays in place and one that moves from last.
  for (const locale of [locales[defaultLocale].lang, locales[localeCodes.at(-1)!].lang]) {
    const context = await browser.newContext({ viewport: { width: 360, height: 640 }, locale });
    const page = await context.newPage();
    await page.goto('/');
    const links = page.getByRole('main').getByRole('link');
    await expect(links).toHaveCount(localeCodes.length);
    for (const box of await links.evaluateAll((all) => all.map((a) => a.getBoundingClientRect().toJSON() as DOMRect)))
      expect(box.bottom, `${locale}: every language above the fold`).toBeLessThanOrEqual(640);
    await context.close();
  }
});

test('the home page prints on one A4 page in every language', async ({ page }) => {
  for (const lang of localeCodes) {
    await page.goto(`/${lang}/`);
    const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page(?!s)/g)?.length, lang).toBe(1);
  }
});

test('every service with a drawing shows its pictogram, hidden from screen readers, on its card and its page', async ({ page }) => {
  const drawn = services.filter((service) => pictograms[service]);
  expect(drawn.length, 'the services have pictograms').toBeGreaterThan(0);
  for (const lang of localeCodes) {
    await page.goto(`/${lang}/services/`);
    await expect(page.locator('.card')).toHaveCount(services.length);
    for (const service of services) {
      const card = page.locator('.card', { has: page.locator(`a[href$="/services/${service}/"]`) });
      await expect(card.locator('svg.pictogram[aria-hidden="true"]')).toHaveCount(pictograms[service] ? 1 : 0);
    }
    await page.goto(`/${lang}/services/${drawn[0]}/`);
    await expect(page.locator('h1 svg.pictogram[aria-hidden="true"]')).toHaveCount(1);
    // The heading's name is the title alone.
    expect((await page.locator('h1').innerText()).trim()).toBe((await page.title()).split(' – ')[0]);
  }
});

/** Checks a 404 answer: status, its first language, header, phones, every language's home in order. */
async function expectHelpfulNotFound(page: Page, status: number | undefined, first: (typeof localeCodes)[number]) {
  expect(status).toBe(404);
  await expect(page.locator('header.site-header')).toBeVisible();
  await expect(page.locator('main a[href^="tel:"]')).toHaveCount(phones.length);
  const homes = page.locator('main .home-links a');
  await expect(homes).toHaveCount(localeCodes.length);
  const order = [first, ...localeCodes.filter((code) => code !== first)];
  const found = await homes.evaluateAll((links) =>
    links.map((link) => ({
      href: link.getAttribute('href'),
      lang: link.closest('[lang]')?.getAttribute('lang'),
      dir: link.closest('[dir]')?.getAttribute('dir'),
    })),
  );
  expect(found).toEqual(order.map((code) => ({ href: `/${code}/`, lang: locales[code].lang, dir: locales[code].dir })));
  // The language row leads to the homes too: a 404 page has no counterpart in other languages.
  for (const code of localeCodes) await expect(page.locator(`.language-switcher a[hreflang="${locales[code].lang}"]`)).toHaveAttribute('href', `/${code}/`);
}

for (const lang of localeCodes) {
  test(`${lang}: a wrong /${lang}/ address answers 404 in ${lang} first, with the header, the phones and every language's home`, async ({ page }) => {
    const response = await page.goto(`/${lang}/no-such/page/`);
    await expect(page.locator('html')).toHaveAttribute('lang', locales[lang].lang);
    await expect(page.locator('html')).toHaveAttribute('dir', locales[lang].dir);
    await expectHelpfulNotFound(page, response?.status(), lang);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      // All rules in light; in dark only the colours change (tests/support/axe.ts).
      expect(await axeViolations(page, scheme === 'dark' ? { rules: colourRules } : {}), scheme).toEqual([]);
    }
  });
}

test('the top-level 404 page (the only one GitHub Pages serves) puts the address language first, and the default language elsewhere', async ({ page }) => {
  const body = readFileSync('dist/404.html');
  const other = localeCodes.find((code) => code !== defaultLocale && locales[code].dir === 'rtl') ?? localeCodes.at(-1)!;
  // Served for an address inside a language folder, as GitHub Pages does.
  await page.route(`**/${other}/gone/`, (route) => route.fulfill({ status: 404, contentType: 'text/html; charset=utf-8', body }));
  const response = await page.goto(`/${other}/gone/`);
  await expectHelpfulNotFound(page, response?.status(), other);
  // Outside every language folder: the test server answers with the same file itself.
  const outside = await page.goto('/no-such-folder/page/');
  await expectHelpfulNotFound(page, outside?.status(), defaultLocale);
});
