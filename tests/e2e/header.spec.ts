/**
 * The header on a phone (360×640), in every language, measured in the page: two rows no taller
 * than 110 px, the page the visitor is on named by the menu's control, every language two taps
 * away (tapped through, with and without JavaScript), focus rings never cut, on phones and on
 * wide screens (src/components/site/SiteHeader.astro).
 */
import { readFileSync } from 'node:fs';
import { expect, test as testInOwnContext, type Page } from '@playwright/test';
import { test } from '../support/sharedContext.ts';
import { locales, localeCodes, type Locale } from '../../src/i18n/locales.ts';
import { menuLinks, pagePaths } from '../../src/routing/pages.ts';
import { serviceSlugs } from '../support/siteContent.ts';
import { typeset } from '../../src/model/typography.ts';

const ui = (lang: Locale) => JSON.parse(readFileSync(`src/i18n/ui/${lang}.json`, 'utf8')) as Record<string, string>;
const phone = { width: 360, height: 640 };
const [service] = serviceSlugs;
/** The header's menu: each page's address in a language and its words there. */
const menu = (lang: Locale) => menuLinks('header').map(({ name, label }) => ({ path: `/${lang}/${pagePaths[name]}`, label: ui(lang)[label]! }));

/** Whether a box lies wholly on the screen. */
async function onScreen(page: Page, box: { x: number; y: number; width: number; height: number } | null) {
  const { width, height } = page.viewportSize()!;
  return Boolean(box && box.x >= 0 && box.y >= 0 && box.x + box.width <= width && box.y + box.height <= height);
}

for (const lang of localeCodes) {
  test(`${lang}: at 360×640 the header is two rows, at most 110 px, its menu control naming the page the visitor is on`, async ({ page }) => {
    await page.setViewportSize(phone);
    const strings = ui(lang);
    // Every page of the menu, a service page (under "services") and one outside the menu (the handout).
    const visits = [
      ...menu(lang).map(({ path, label }) => ({ path, current: label })),
      { path: `/${lang}/services/${service}/`, current: menu(lang)[1]!.label },
    ];
    visits.push({ path: `/${lang}/handout/`, current: '' });
    for (const { path, current } of visits) {
      await page.goto(path);
      const header = page.locator('.site-header');
      const height = (await header.boundingBox())!.height;
      expect(height, `${path}: header height`).toBeLessThanOrEqual(110);
      // Two rows: LISKO with the language control, then the menu's control.
      const brand = (await page.locator('.site-header .brand').boundingBox())!;
      const languages = page.locator('.language-switcher summary');
      const menuControl = page.locator('.main-nav summary');
      const [languageBox, menuBox] = [(await languages.boundingBox())!, (await menuControl.boundingBox())!];
      expect(Math.abs(languageBox.y + languageBox.height / 2 - (brand.y + brand.height / 2)), `${path}: languages beside LISKO`).toBeLessThan(brand.height / 2);
      expect(menuBox.y, `${path}: the menu below them`).toBeGreaterThanOrEqual(Math.max(brand.y + brand.height, languageBox.y + languageBox.height) - 1);
      // The language control: the globe and the current language's own name, named "Language: …" for screen readers.
      await expect(languages.locator('svg.icon-globe')).toBeVisible();
      await expect(languages).toContainText(locales[lang].label);
      // (typeset as the build typesets the page: "Langue : Français" in French)
      await expect(languages).toHaveAccessibleName(typeset(lang, `${strings['languages.label']}: ${locales[lang].label}`));
      // The menu's control names the current page, whole and on the screen (without opening it);
      // outside the menu it names the menu.
      await expect(menuControl).toHaveAccessibleName(current ? typeset(lang, `${strings['nav.label']}: ${current}`) : strings['nav.label']!);
      const label = menuControl.locator('.header-disclosure-label');
      expect(await label.evaluate((el) => el.scrollWidth <= el.clientWidth), `${path}: the page's name is not cut`).toBe(true);
      expect(await onScreen(page, await menuControl.boundingBox()), `${path}: the menu control on screen`).toBe(true);
      expect(await onScreen(page, languageBox), `${path}: the language control on screen`).toBe(true);
      // Opened, the list marks the same page as the current one.
      await menuControl.click();
      const marked = page.locator('.main-nav a[aria-current="page"]');
      if (current) {
        await expect(marked).toHaveText(current);
        expect(await onScreen(page, await marked.boundingBox()), `${path}: the current item on screen`).toBe(true);
      } else await expect(marked).toHaveCount(0);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), `${path}: no sideways scrolling`).toBe(0);
    }
  });
}

for (const javaScript of [true, false]) {
  for (const lang of javaScript ? localeCodes : (['de'] as Locale[])) {
    testInOwnContext(
      `${lang}${javaScript ? '' : ', without JavaScript'}: on a phone every language is two taps away, each named in its own language`,
      async ({ browser }) => {
        const context = await browser.newContext({ viewport: phone, hasTouch: true, isMobile: true, javaScriptEnabled: javaScript, serviceWorkers: 'block' });
        const page = await context.newPage();
        const from = `/${lang}/services/${service}/`;
        for (const target of localeCodes) {
          await page.goto(from);
          let taps = 0;
          const control = page.locator('.language-switcher summary');
          expect(await onScreen(page, await control.boundingBox()), 'the control on the first screen').toBe(true);
          await control.tap();
          taps++;
          const link = page.locator(`.language-switcher a[hreflang="${locales[target].lang}"]`);
          await expect(link).toBeVisible();
          // Each name in its own language and direction, whatever the page's.
          await expect(link).toHaveText(locales[target].label);
          await expect(link).toHaveAttribute('lang', locales[target].lang);
          await expect(link).toHaveAttribute('dir', locales[target].dir);
          expect(await onScreen(page, await link.boundingBox()), `${target} on the screen once the list is open`).toBe(true);
          await link.tap();
          taps++;
          await expect(page).toHaveURL(new RegExp(`/${target}/services/${service}/$`));
          await expect(page.locator('html')).toHaveAttribute('lang', locales[target].lang);
          expect(taps).toBeLessThanOrEqual(2);
        }
        await context.close();
      },
    );
  }
}

/**
 * Where the focused element's outline is drawn, and what would cut it: the screen's edges and every
 * ancestor that clips its overflow. Undefined when the element shows no outline.
 */
async function ringProblems(page: Page): Promise<string[] | undefined> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const style = getComputedStyle(el);
    if (style.outlineStyle === 'none' || parseFloat(style.outlineWidth) < 2) return undefined;
    const reach = parseFloat(style.outlineOffset) + parseFloat(style.outlineWidth);
    const box = el.getBoundingClientRect();
    const ring = { left: box.left - reach, top: box.top - reach, right: box.right + reach, bottom: box.bottom + reach };
    const name = `<${el.tagName.toLowerCase()}> "${(el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 30)}"`;
    const problems: string[] = [];
    const root = document.documentElement;
    if (ring.left < 0 || ring.top < 0 || ring.right > root.clientWidth || ring.bottom > innerHeight) problems.push(`${name}: ring past the screen's edge`);
    for (let node = el.parentElement; node && node !== root; node = node.parentElement) {
      const clip = getComputedStyle(node);
      if (clip.overflowX === 'visible' && clip.overflowY === 'visible' && clip.clipPath === 'none' && !/paint|strict|content/.test(clip.contain)) continue;
      const area = node.getBoundingClientRect();
      if (ring.left < area.left || ring.top < area.top || ring.right > area.right || ring.bottom > area.bottom)
        problems.push(`${name}: ring cut by <${node.tagName.toLowerCase()} class="${node.className}">`);
    }
    return problems;
  });
}

for (const width of [360, 1280]) {
  for (const lang of localeCodes) {
    test(`${lang}, ${width} px: every focus ring in the header is whole, on the screen and cut by nothing`, async ({ page }) => {
      await page.setViewportSize({ width, height: 640 });
      await page.goto(`/${lang}/contact/`);
      const header = page.locator('.site-header');
      // From the skip link, Tab through the header; Enter opens a closed control on the way.
      await page.locator('.skip-link').focus();
      const seen: string[] = [];
      for (let step = 0; step < 40; step++) {
        await page.keyboard.press('Tab');
        const focused = page.locator(':focus');
        if (!(await header.evaluate((el) => el.contains(document.activeElement)))) break;
        const problems = await ringProblems(page);
        const name = await focused.evaluate((el) => `${el.tagName.toLowerCase()} ${(el.textContent ?? '').trim().slice(0, 20)}`);
        expect(problems, `${name} shows a focus ring`).toBeDefined();
        expect(problems, name).toEqual([]);
        seen.push(name);
        if (await focused.evaluate((el) => el.matches('summary') && !(el.parentElement as HTMLDetailsElement).open)) await page.keyboard.press('Enter');
      }
      // Every link of both lists was reached: on a phone by opening them, on a wide screen in the rows.
      expect(seen.filter((name) => name.startsWith('a ')).length, 'links reached').toBe(1 + localeCodes.length + menu(lang).length);
    });
  }
}
