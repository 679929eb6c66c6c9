/**
 * The privacy notice (GDPR Art. 13) in every language, as a visitor sees it. The German original
 * is read for its meaning; every translation must have the same sections, each with the same
 * settings, rights, links and mentions of Formspree, so no language loses a required element.
 */
import type { Page } from '@playwright/test';
import { expect, test } from '../support/sharedContext.ts';
import { defaultLocale, localeCodes } from '../../src/i18n/locales.ts';
import { placeholderSettings } from '../../src/model/model.ts';

interface Section {
  heading: string;
  /** Settings shown in the section (filled in, or still a marked placeholder). */
  settings: string[];
  /** The bold terms starting list items: the rights. */
  terms: number;
  items: number;
  links: string[];
  formspree: boolean;
  text: string;
}

/** The main text's h2 sections, in order. */
async function sections(page: Page): Promise<Section[]> {
  return page
    .getByRole('main')
    .locator('.prose')
    .evaluate((prose) => {
      const result: Section[] = [];
      for (const element of Array.from(prose.children)) {
        if (element.tagName === 'H2') {
          result.push({ heading: element.textContent ?? '', settings: [], terms: 0, items: 0, links: [], formspree: false, text: '' });
          continue;
        }
        const section = result.at(-1);
        if (!section) continue;
        for (const shown of Array.from(element.querySelectorAll('[data-setting], [data-setting-placeholder]'))) {
          const name = shown.getAttribute('data-setting') ?? shown.getAttribute('data-setting-placeholder') ?? '';
          if (!section.settings.includes(name)) section.settings.push(name);
        }
        section.items += element.querySelectorAll('li').length;
        section.terms += element.querySelectorAll('li > strong:first-child').length;
        section.links.push(...Array.from(element.querySelectorAll('a[href^="http"]'), (a) => a.getAttribute('href') ?? ''));
        section.text += ` ${element.textContent ?? ''}`;
        section.formspree ||= (element.textContent ?? '').includes('Formspree');
      }
      return result;
    });
}

const outline = (all: Section[]) =>
  all.map(({ settings, terms, items, links, formspree }) => ({ settings: [...settings].sort(), terms, items, links, formspree }));

test('de: the privacy notice names everything GDPR Art. 13 asks for', async ({ page }) => {
  await page.goto(`/${defaultLocale}/privacy/`);
  const all = await sections(page);
  const find = (setting: string) => all.find((section) => section.settings.includes(setting));
  // The controller and how to reach it in writing, and the data protection officer: one section.
  const responsible = find('controller');
  expect(responsible?.settings).toEqual(expect.arrayContaining(['controller', 'privacyPostalAddress', 'privacyEmail', 'dataProtectionOfficer']));
  // The host receives every visitor's IP address, on the basis of a legitimate interest.
  const visit = all.find((section) => section.settings.includes('hostName') && section.text.includes('IP-Adresse'));
  expect(visit?.text).toContain('berechtigtes Interesse');
  // The form: purpose, consent as the legal basis and its withdrawal, the page at Formspree without JavaScript.
  const form = all.find((section) => section.text.includes('Einwilligung') && section.text.includes('JavaScript'));
  expect(form?.text).toMatch(/nur, um Ihre Anfrage zu bearbeiten/);
  expect(form?.text).toMatch(/jederzeit widerrufen/);
  expect(form?.text).toMatch(/Ohne JavaScript[^]*Seite von Formspree/);
  // Recipients: the host, and Formspree in the United States, with the transfer basis; messages are stored there.
  const recipients = find('formspreeTransferBasis');
  expect(recipients?.settings).toEqual(expect.arrayContaining(['hostName', 'hostCountry', 'formspreeTransferBasis']));
  expect(recipients?.text).toMatch(/Formspree, eine Firma in den Vereinigten Staaten/);
  expect(recipients?.text).toMatch(/speichert sie auch selbst/);
  // Retention at Formspree and at LISKO.
  expect(find('formspreeRetentionDays')?.settings).toContain('liskoRetentionDays');
  // Every right, then the complaint to the CNPD.
  const rights = all.find((section) => section.links.some((href) => href.startsWith('https://cnpd.public.lu')));
  for (const right of ['Auskunft', 'Berichtigung', 'Löschung', 'Einschränkung', 'Widerspruch', 'Datenübertragbarkeit', 'Widerruf']) {
    await expect(page.getByRole('main').locator('li > strong', { hasText: right })).toBeVisible();
  }
  expect(rights?.terms).toBeGreaterThan(0);
  expect(rights?.text).toContain('Commission nationale pour la protection des données');
});

for (const lang of localeCodes) {
  test(`${lang}: the privacy notice has every section, setting, right and link of the original, and shows each setting`, async ({ page }) => {
    await page.goto(`/${defaultLocale}/privacy/`);
    const original = outline(await sections(page));
    await page.goto(`/${lang}/privacy/`);
    const main = page.getByRole('main');
    await expect(main.getByRole('heading', { level: 1 })).toBeVisible();
    expect(outline(await sections(page))).toEqual(original);
    // Every setting is on the page, visible: its value, or the placeholder editors must fill in.
    for (const name of placeholderSettings) {
      await expect(main.locator(`[data-setting="${name}"], [data-setting-placeholder="${name}"]`).first()).toBeVisible();
    }
    await expect(main.getByRole('link', { name: 'cnpd.public.lu' })).toHaveAttribute('href', 'https://cnpd.public.lu');
    await expect(main).toContainText('CNPD');
  });
}
