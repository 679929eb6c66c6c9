/**
 * The privacy notice (GDPR Art. 13) in every language, as a visitor sees it. The German original
 * is read for its meaning; every translation must have the same sections, each with the same
 * settings, rights, links and mentions of Formspree, so no language loses a required element; and
 * its list of what the contact form sends is the form as built, field for field.
 */
import type { Page } from '@playwright/test';
import { expect, test } from '../support/sharedContext.ts';
import { defaultLocale, localeCodes } from '../../src/i18n/locales.ts';

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
        const shownHere = element.matches('[data-setting], [data-setting-placeholder]') ? [element] : [];
        for (const shown of [...shownHere, ...Array.from(element.querySelectorAll('[data-setting], [data-setting-placeholder]'))]) {
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
  // What the form sends (the list made from the form), whether giving data is required, no automated
  // decisions, and whether Formspree's own page shows another company's check.
  expect(form?.settings).toEqual(expect.arrayContaining(['formFields', 'formspreeChallenge']));
  expect(form?.text).toMatch(/Sie müssen uns keine Daten geben/);
  expect(form?.text).toMatch(/nichts automatisch entschieden[^]*Artikel 22 DSGVO/);
  // Visiting: the IP address and the page's address are needed, the browser's details come by themselves.
  expect(visit?.text).toMatch(/Ohne Ihre IP-Adresse und die Adresse der Seite kann keine Seite zu Ihnen kommen/);
  // Recipients: the host (with whether data leaves the EU there), and Formspree in the United States,
  // with the transfer basis; messages are stored there; both are processors.
  const recipients = find('formspreeTransferBasis');
  expect(recipients?.settings).toEqual(expect.arrayContaining(['hostName', 'hostCountry', 'hostTransferBasis', 'formspreeTransferBasis']));
  expect(recipients?.text).toMatch(/Formspree, eine Firma in den Vereinigten Staaten/);
  expect(recipients?.text).toMatch(/speichert sie auch selbst/);
  expect(recipients?.text).toMatch(/Auftragsverarbeiter, Artikel 28 DSGVO/);
  // Retention at Formspree, at LISKO and of the host's logs.
  expect(find('formspreeRetentionDays')?.settings).toEqual(expect.arrayContaining(['liskoRetentionDays', 'hostLogRetentionDays']));
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
    // Every setting of the original is on the page, visible: its value, or the placeholder editors must fill in.
    for (const name of new Set(original.flatMap((section) => section.settings))) {
      await expect(main.locator(`[data-setting="${name}"], [data-setting-placeholder="${name}"]`).first()).toBeVisible();
    }
    await expect(main.getByRole('link', { name: 'cnpd.public.lu' })).toHaveAttribute('href', 'https://cnpd.public.lu');
    await expect(main).toContainText('CNPD');
  });
}

/** How the built contact form asks for each field it sends (its controls, grouped by name). */
async function formAsBuilt(page: Page): Promise<{ name: string; need: string }[]> {
  return page.locator('form.form').evaluate((form: HTMLFormElement) => {
    const controls = Array.from(form.elements).filter(
      (element): element is HTMLInputElement => 'name' in element && Boolean((element as HTMLInputElement).name),
    );
    const names = [...new Set(controls.map((control) => control.name))];
    return names.map((name) => {
      const own = controls.filter((control) => control.name === name);
      const group = own[0]?.closest('fieldset[role="radiogroup"]');
      const need =
        // Filled in by the page: hidden inputs, and the honeypot in its hidden box (the reply fields' boxes are another matter).
        own.every((control) => control.type === 'hidden' || control.closest('[hidden]:not(.form-conditional)'))
          ? 'automatic'
          : own.some((control) => control.required) || (own[0]?.type === 'radio' && group?.getAttribute('aria-required') === 'true')
            ? 'required'
            : group && own[0]?.type !== 'radio'
              ? 'ifChosen'
              : 'optional';
      return { name, need };
    });
  });
}

for (const lang of localeCodes) {
  test(`${lang}: the privacy notice lists exactly the fields the contact form sends, each needed as the form asks for it`, async ({ page }) => {
    await page.goto(`/${lang}/contact/`);
    const built = await formAsBuilt(page);
    await page.goto(`/${lang}/privacy/`);
    const listed = await page
      .getByRole('main')
      .locator('li[data-field]')
      .evaluateAll((items) => items.map((item) => ({ name: item.getAttribute('data-field') ?? '', need: item.getAttribute('data-need') ?? '' })));
    const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
    expect(listed.length).toBeGreaterThan(0);
    expect([...listed].sort(byName)).toEqual([...built].sort(byName));
    await expect(page.getByRole('main').locator('ul.form-fields')).toBeVisible();
  });
}
