/**
 * The contact form as visitors meet it, against the built site (`npm run build:test`) and the
 * local fake Formspree (tests/support/fake-formspree.ts). Nothing here ever reaches formspree.io.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { expect, test as testInOwnContext, type Page, type Request } from '@playwright/test';
// Most tests only visit and fill in the form: one context per worker (tests/support/sharedContext.ts).
// Those that mock the clock, go offline or hold back the island's code for the whole context keep their own.
import { test } from '../support/sharedContext.ts';
import { axeViolations } from '../support/axe.ts';
import { locales, localeCodes, type Locale } from '../../src/i18n/locales.ts';
import { formatTime, weekdayName } from '../../src/hours/format.ts';
import type { Submission } from '../support/fake-formspree.ts';
import { watchPage } from '../support/pageChecks.ts';
import { fakeFormspreeOrigin } from '../support/ports.ts';
import { phoneLinks } from '../support/siteContent.ts';

type Strings = Record<string, string>;
const ui = Object.fromEntries(localeCodes.map((code) => [code, JSON.parse(readFileSync(`src/i18n/ui/${code}.json`, 'utf8')) as Strings])) as Record<
  Locale,
  Strings
>;
const s = (lang: Locale, key: string): string => {
  const text = ui[lang][key];
  if (!text) throw new Error(`no UI string ${key} in ${lang}`);
  return text;
};

/** Formspree's own English texts, which must never reach a visitor. */
const formspreeEnglish = [
  'Too many requests',
  'Form not found',
  'Form not active',
  'Form has been blocked',
  'Empty form',
  'should be an email',
  'is required',
  'Bad Gateway',
  'Internal Server Error',
  'Failed to fetch',
];

const fields = ['#contact-name', '#contact-email', '#contact-phone', '#contact-preferred-language', '#contact-topic', '#contact-message'] as const;
const replyByEmail = '#contact-reply-by-email';
const replyByPhone = '#contact-reply-by-phone';

let counter = 0;
/** A word no other test uses, to find this test's submissions at the shared fake. */
function token(): string {
  counter += 1;
  return `t${Date.now().toString(36)}${process.pid}${counter}`;
}

async function submissions(contains: string): Promise<Submission[]> {
  const response = await fetch(`${fakeFormspreeOrigin}/__submissions?contains=${encodeURIComponent(contains)}`);
  return (await response.json()) as Submission[];
}

/** Opens the contact page and waits until the island has taken over the form. */
async function openForm(page: Page, lang: Locale): Promise<void> {
  await page.goto(`/${lang}/contact/`);
  await page.locator('#contact-form').scrollIntoViewIfNeeded();
  await expect(page.locator('form[data-hydrated]')).toHaveAttribute('novalidate', '');
}

/** A node of Chromium's accessibility tree, as the DevTools protocol gives it (what screen readers read). */
interface AXNode {
  role?: { value: string };
  name?: { value: string };
  description?: { value: string };
  properties?: { name: string; value: { value?: unknown } }[];
}

/** Chromium's whole accessibility tree of the page, through the DevTools protocol. */
async function accessibilityTree(page: Page): Promise<AXNode[]> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AXNode[] };
  await cdp.detach();
  return nodes;
}

const property = (node: AXNode | undefined, name: string): unknown => node?.properties?.find((entry) => entry.name === name)?.value.value;

const names: Record<'de' | 'ar', string> = { de: 'Amal Haddad', ar: 'أمل حداد' };

/** Fills every field, optional ones too, with a reply by e-mail; returns what the fields hold. */
async function fillAll(page: Page, lang: 'de' | 'ar', message: string): Promise<Record<string, string>> {
  await page.fill('#contact-name', names[lang]);
  await page.check(replyByEmail);
  await page.fill('#contact-email', 'amal@example.com');
  await page.selectOption('#contact-preferred-language', { label: 'ትግርኛ' });
  await page.selectOption('#contact-topic', { index: 5 });
  await page.fill('#contact-message', message);
  await page.check('#contact-consent');
  return currentValues(page);
}

async function currentValues(page: Page): Promise<Record<string, string>> {
  const values: Record<string, string> = {};
  for (const field of fields) values[field] = await page.locator(field).inputValue();
  values['consent'] = String(await page.locator('#contact-consent').isChecked());
  values['reply'] = `${await page.locator(replyByEmail).isChecked()}/${await page.locator(replyByPhone).isChecked()}`;
  return values;
}

const submitButton = (page: Page, lang: Locale) => page.getByRole('button', { name: s(lang, 'form.submit') });

test.beforeEach(async ({ context }) => {
  // Belt and braces: a test build must not talk to the real service.
  await context.route(/^https?:\/\/([^/]*\.)?formspree\.io\//, (route) => route.abort('blockedbyclient'));
});

test('every contact page posts to the local fake Formspree (the test build), with native validation', async ({ request }) => {
  for (const lang of localeCodes) {
    const html = await (await request.get(`/${lang}/contact/`)).text();
    const form = /<form\b[^>]*>/.exec(html)?.[0] ?? '';
    expect(form, `/${lang}/contact/ has a form`).toContain('method="post"');
    expect(form, 'run `npm run build:test` before the browser tests').toContain(`action="${fakeFormspreeOrigin}/f/`);
    expect(html).not.toContain('novalidate');
    const tag = (name: string) => new RegExp(`<(input|textarea)\\b[^>]*\\bname="${name}"[^>]*>`).exec(html)?.[0] ?? '';
    for (const field of ['name', 'message', 'consent']) expect(tag(field), `${field} is required`).toMatch(/\brequired\b/);
    // Either an e-mail address or a telephone number: neither alone is required.
    for (const field of ['email', 'phone']) expect(tag(field), `${field} is not required`).not.toMatch(/\brequired\b/);
    expect(tag('email')).toMatch(/\btype="email"/);
    // No maxlength: a browser would cut a longer pasted text without a word (the island counts instead).
    expect(tag('message')).not.toMatch(/\bmaxlength=/);
    // A name of invisible characters only does not pass the browser's own check either.
    expect(tag('name')).toMatch(/\bpattern="[^"]+"/);
    // The page's language is the preferred language until the visitor chooses another.
    expect(html).toMatch(new RegExp(`<option value="[^"]*\\(${lang}\\)"[^>]*\\bselected\\b`));
  }
});

for (const lang of ['de', 'ar'] as const) {
  test(`${lang}: a message is sent, thanked for in ${lang}, and the page stays on the site, within the CSP and talking only to Formspree`, async ({
    page,
    context,
    baseURL,
  }) => {
    const word = token();
    const watch = await watchPage(page, new URL(baseURL!).origin);
    await openForm(page, lang);
    await fillAll(page, lang, `Hallo ${word}`);
    await submitButton(page, lang).click();

    const status = page.getByRole('status');
    await expect(status).toContainText(s(lang, 'form.success.title'));
    await expect(status).toContainText(s(lang, 'form.success.text'));
    for (const { href, text } of phoneLinks) await expect(status.locator(`a[href="${href}"]`)).toHaveText(text);
    await expect(page.getByRole('heading', { name: s(lang, 'form.success.title') })).toBeFocused();
    expect(await status.evaluate((el) => el.closest('[lang]')?.getAttribute('lang'))).toBe(lang);
    await expect(page).toHaveURL(new RegExp(`/${lang}/contact/$`));

    const [sent, ...more] = await submissions(word);
    expect(more).toEqual([]);
    expect(sent?.accept).toContain('application/json');
    expect(sent?.fields).toMatchObject({
      name: names[lang],
      reply_by: 'E-Mail',
      email: 'amal@example.com',
      preferred_language: 'Tigrinya (ti)',
      message: `Hallo ${word}`,
      consent: 'ja',
      _gotcha: '',
      page_language: lang === 'de' ? 'Deutsch (de)' : 'Arabisch (ar)',
      _subject: `Kontaktformular der LISKO-Website – Seite auf ${lang === 'de' ? 'Deutsch (de)' : 'Arabisch (ar)'}`,
    });
    expect(sent?.fields['topic']).toBeTruthy();
    expect(sent?.fields).not.toHaveProperty('phone');
    expect(sent?.spam).toBe(false);

    // The draft is gone: a new visit starts empty.
    expect(await page.evaluate(() => sessionStorage.getItem('lisko.contactForm.draft'))).toBeNull();
    await page.getByRole('button', { name: s(lang, 'form.success.again') }).click();
    await expect(page.locator('#contact-name')).toBeFocused();
    await expect(page.locator('#contact-message')).toHaveValue('');
    await openForm(page, lang);
    await expect(page.locator('#contact-message')).toHaveValue('');

    // Under the real CSP: no violation, no console error, no cookie, and no other origin than the form's.
    expect(await watch.cspViolations(), 'Content-Security-Policy violations').toEqual([]);
    expect(
      watch.foreignRequests.filter((request) => !request.includes(`${fakeFormspreeOrigin}/f/`)),
      'requests to other origins than Formspree',
    ).toEqual([]);
    expect(watch.consoleErrors, 'console errors').toEqual([]);
    expect(await context.cookies(), 'cookies').toEqual([]);
  });
}

/** Every way sending can fail, with the switch that makes the fake fail that way. */
const failures = [
  { kind: 'form not found', fake: 'form-not-found', key: 'form.failure.formNotFound' },
  { kind: 'inactive form', fake: 'inactive', key: 'form.failure.inactive' },
  { kind: 'blocked form', fake: 'blocked', key: 'form.failure.blocked' },
  { kind: 'empty submission', fake: 'empty', key: 'form.failure.empty' },
  { kind: 'HTTP 429', fake: 'rate-limit', key: 'form.failure.rateLimited' },
  { kind: 'HTTP 502 (HTML)', fake: 'server-error', key: 'form.failure.server' },
  { kind: 'HTTP 500 (JSON)', fake: 'server-500', key: 'form.failure.server' },
  // The fake has the message, then cuts the connection: "we do not know", never "not sent".
  { kind: 'connection cut after sending', fake: 'network', key: 'form.failure.lost', title: 'form.failure.uncertainTitle' },
  { kind: 'timeout', fake: 'timeout', key: 'form.failure.timeout', title: 'form.failure.uncertainTitle' },
  { kind: 'HTTP 413 (too long)', fake: 'too-large', key: 'form.failure.tooLong' },
  { kind: 'field errors', fake: 'field-errors', key: 'form.failure.fields' },
] as const satisfies readonly { kind: string; fake: string; key: string; title?: string }[];

for (const lang of ['de', 'ar'] as const) {
  for (const failure of failures) {
    // A time-out is waited for on a mocked clock, and the clock belongs to the context. A cut
    // connection needs a context with no connection kept open: Chromium sends a request again, once,
    // when a reused connection is cut before any answer (the fake then counts two sends).
    const testFor = failure.fake === 'timeout' || failure.fake === 'network' ? testInOwnContext : test;
    testFor(`${lang}: ${failure.kind} is announced in ${lang}, keeps every field, offers phone and hours, and can be retried`, async ({ page }) => {
      if (failure.fake === 'timeout') await page.clock.install();
      const word = token();
      await openForm(page, lang);
      const typed = await fillAll(page, lang, `${word} [fake:${failure.fake}]`);
      await submitButton(page, lang).click();
      if (failure.fake === 'timeout') {
        await expect(page.locator('.form-submit')).toHaveAttribute('aria-disabled', 'true');
        await expect.poll(async () => (await submissions(word)).length).toBe(1);
        await page.clock.fastForward('00:31');
      }

      const alert = page.getByRole('alert');
      // "Not sent" only when it is known; a time-out or a cut connection says "we do not know".
      const title = 'title' in failure ? failure.title : 'form.failure.title';
      await expect(alert.getByRole('heading')).toHaveText(s(lang, title));
      await expect(alert).toContainText(s(lang, failure.key));
      await expect(alert).toContainText(s(lang, 'form.failure.kept'));
      for (const { href, text } of phoneLinks) await expect(alert.locator(`a[href="${href}"]`)).toHaveText(text);
      const intl = locales[lang].intl;
      await expect(alert).toContainText(weekdayName('wednesday', intl));
      await expect(alert).toContainText(`${formatTime('08:30', intl)}–${formatTime('11:30', intl)}`);
      await expect(alert).toContainText(weekdayName('thursday', intl));
      expect(await alert.evaluate((el) => el.closest('[lang]')?.getAttribute('lang'))).toBe(lang);
      await expect(page.locator('.form-problem')).toBeFocused();
      const text = await page.locator('#contact-form').innerText();
      for (const english of formspreeEnglish) expect(text).not.toContain(english);

      expect(await currentValues(page)).toEqual(typed);
      expect(await submissions(word)).toHaveLength(1);

      if (failure.fake === 'field-errors') {
        // Formspree's field errors sit on their fields, in the visitor's language.
        await expect(page.locator('#contact-email')).toHaveAttribute('aria-invalid', 'true');
        await expect(page.locator('#contact-email-error')).toContainText(s(lang, 'form.error.emailInvalid'));
        await expect(page.locator('#contact-email')).toHaveAttribute('aria-describedby', /contact-email-error/);
        await expect(page.locator('#contact-name')).toHaveAttribute('aria-invalid', 'true');
        await expect(page.locator('#contact-name-error')).toContainText(s(lang, 'form.error.nameRequired'));
        await expect(alert.getByRole('link', { name: s(lang, 'form.error.emailInvalid') })).toBeVisible();
        await expect(page.locator('#contact-message')).not.toHaveAttribute('aria-invalid', 'true');
      }

      // Retry: the same form, now without the failure switch, goes through.
      await page.fill('#contact-message', `${word} again`);
      await submitButton(page, lang).click();
      await expect(page.getByRole('status')).toContainText(s(lang, 'form.success.title'));
      await expect(page.getByRole('alert')).toHaveCount(0);
      expect(await submissions(word)).toHaveLength(2);
    });
  }
}

for (const lang of ['de', 'ar'] as const) {
  test(`${lang}: a pasted text over the limit is kept whole, counted and refused with the count in ${lang}; shortened, it is sent`, async ({ page }) => {
    const word = token();
    await openForm(page, lang);
    await fillAll(page, lang, word);
    const max = Number(await page.locator('#contact-message-count [dir="ltr"]').evaluate((el) => el.textContent?.split('/')[1]?.trim()));
    const over = 25;
    // Pasted in one go, as from another program: nothing may be cut without a word.
    const long = `${word} ${'x'.repeat(max + over - word.length - 1)}`;
    await page.locator('#contact-message').fill('');
    await page.keyboard.insertText(long);
    expect(await page.locator('#contact-message').inputValue()).toBe(long);
    const count = page.locator('#contact-message-count');
    await expect(count).toContainText(`${max + over} / ${max}`);
    const message = s(lang, 'form.error.messageTooLong')
      .replace('{{count}}', String(max + over))
      .replace('{{max}}', String(max))
      .replace('{{over}}', String(over));
    await expect(count).toContainText(message);
    await submitButton(page, lang).click();
    await expect(page.locator('.form-problem').getByRole('link')).toHaveText([message]);
    await expect(page.locator('#contact-message-error')).toContainText(message);
    expect(await submissions(word)).toHaveLength(0);
    // Shortened to the limit: sent.
    await page.locator('#contact-message').fill(long.slice(0, max));
    await expect(count).not.toContainText(message);
    await submitButton(page, lang).click();
    await expect(page.getByRole('status')).toContainText(s(lang, 'form.success.title'));
    expect((await submissions(word))[0]?.fields['message']).toBe(long.slice(0, max));
  });
}

test('a name of invisible filler characters only is no name, with and before the script', async ({ page }) => {
  for (const filler of ['\u3164\u3164', '\u2800', '\u115F\u1160', '\u034F']) {
    await openForm(page, 'de');
    await page.fill('#contact-name', filler);
    await submitButton(page, 'de').click();
    await expect(page.locator('#contact-name-error'), JSON.stringify(filler)).toContainText(s('de', 'form.error.nameRequired'));
    // The same field as the browser checks it before the island runs (its pattern).
    expect(await page.locator('#contact-name').evaluate((input: HTMLInputElement) => input.validity.patternMismatch)).toBe(true);
  }
});

testInOwnContext('ar: a visitor who is offline is told so in Arabic, keeps the text, and sends once back online', async ({ page, context }) => {
  const word = token();
  await openForm(page, 'ar');
  const typed = await fillAll(page, 'ar', `مرحبا ${word}`);
  await context.setOffline(true);
  await submitButton(page, 'ar').click();
  await expect(page.getByRole('alert')).toContainText(s('ar', 'form.failure.network'));
  expect(await currentValues(page)).toEqual(typed);
  await context.setOffline(false);
  await submitButton(page, 'ar').click();
  await expect(page.getByRole('status')).toContainText(s('ar', 'form.success.title'));
  expect(await submissions(word)).toHaveLength(1);
});

for (const lang of ['de', 'ar'] as const) {
  test(`${lang}: an empty form sends nothing and explains every required field in ${lang}`, async ({ page }) => {
    const requests: Request[] = [];
    page.on('request', (request) => {
      if (request.url().startsWith(fakeFormspreeOrigin)) requests.push(request);
    });
    await openForm(page, lang);
    await submitButton(page, lang).click();

    const summary = page.locator('.form-problem');
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('heading')).toHaveText(s(lang, 'form.summaryTitle'));
    const links = summary.getByRole('link');
    await expect(links).toHaveText([
      s(lang, 'form.error.nameRequired'),
      s(lang, 'form.error.replyRequired'),
      s(lang, 'form.error.messageRequired'),
      s(lang, 'form.error.consentRequired'),
    ]);
    for (const [id, key] of [
      ['contact-name', 'nameRequired'],
      ['contact-message', 'messageRequired'],
      ['contact-consent', 'consentRequired'],
    ] as const) {
      await expect(page.locator(`#${id}`)).toHaveAttribute('aria-invalid', 'true');
      await expect(page.locator(`#${id}`)).toHaveAttribute('aria-describedby', new RegExp(`${id}-error`));
      await expect(page.locator(`#${id}-error`)).toContainText(s(lang, `form.error.${key}`));
    }
    // No way to reply: the error belongs to the whole choice and to both reply fields.
    await expect(page.locator('#contact-reply-by-error')).toContainText(s(lang, 'form.error.replyRequired'));
    await expect(page.locator('fieldset.form-reply')).toHaveAttribute('aria-describedby', /contact-reply-by-error/);
    for (const id of ['#contact-email', '#contact-phone']) await expect(page.locator(id)).toHaveAttribute('aria-describedby', /contact-reply-by-error/);
    // What a screen reader is given (Chromium's accessibility tree): the choice as a radio group,
    // named by its question, required, invalid and described by the error; not each radio
    // marked invalid, which ARIA does not allow.
    const tree = await accessibilityTree(page);
    const group = tree.find((node) => node.role?.value === 'radiogroup');
    expect(group?.name?.value).toBe(s(lang, 'form.replyBy'));
    expect(group?.description?.value).toContain(s(lang, 'form.error.replyRequired'));
    expect(property(group, 'invalid')).toBe('true');
    expect(property(group, 'required')).toBe(true);
    const radios = tree.filter((node) => node.role?.value === 'radio');
    expect(radios.map((radio) => radio.name?.value)).toEqual([s(lang, 'form.replyByEmail'), s(lang, 'form.replyByPhone')]);
    expect(radios.map((radio) => property(radio, 'invalid') ?? 'false')).toEqual(['false', 'false']);
    await expect(page.locator('fieldset.form-reply')).toHaveAttribute('aria-invalid', 'true');
    for (const radio of [replyByEmail, replyByPhone]) await expect(page.locator(radio)).not.toHaveAttribute('aria-invalid');

    // Each link in the summary takes the visitor to its field.
    await links.nth(1).click();
    await expect(page.locator(replyByEmail)).toBeFocused();
    await links.nth(2).click();
    await expect(page.locator('#contact-message')).toBeFocused();
    await links.nth(3).click();
    await expect(page.locator('#contact-consent')).toBeFocused();

    // A wrong address, a missing and a wrong phone number are named too; nothing has been sent.
    await page.check(replyByEmail);
    await page.fill('#contact-email', 'amal@example');
    await submitButton(page, lang).click();
    await expect(page.locator('#contact-email-error')).toContainText(s(lang, 'form.error.emailInvalid'));
    await page.check(replyByPhone);
    await expect(page.locator('#contact-email')).toBeHidden();
    await submitButton(page, lang).click();
    await expect(page.locator('#contact-phone-error')).toContainText(s(lang, 'form.error.phoneRequired'));
    await page.fill('#contact-phone', '12ab');
    await submitButton(page, lang).click();
    await expect(page.locator('#contact-phone-error')).toContainText(s(lang, 'form.error.phoneInvalid'));
    // Only invisible characters are no name and no message.
    await page.fill('#contact-name', '\u200B\u200D\u2060');
    await page.fill('#contact-message', '\u200B \uFEFF');
    await submitButton(page, lang).click();
    await expect(page.locator('#contact-name-error')).toContainText(s(lang, 'form.error.nameRequired'));
    await expect(page.locator('#contact-message-error')).toContainText(s(lang, 'form.error.messageRequired'));
    expect(requests).toEqual([]);
  });
}

for (const lang of ['de', 'ar'] as const) {
  test(`${lang}: in a radio group with an error, the focused radio shows the focus ring, and the group its error apart`, async ({ page }) => {
    await openForm(page, lang);
    await submitButton(page, lang).click();
    await expect(page.locator('fieldset.form-reply')).toHaveAttribute('aria-invalid', 'true');
    // By keyboard, as a keyboard user meets it: from the name field, Tab to the choice.
    await page.locator('#contact-name').focus();
    await page.keyboard.press('Tab');
    const radio = page.locator(replyByEmail);
    await expect(radio).toBeFocused();
    const look = await radio.evaluate((el) => {
      const style = getComputedStyle(el);
      const probe = document.createElement('span');
      probe.style.color = 'var(--focus)';
      el.after(probe);
      const focus = getComputedStyle(probe).color;
      probe.style.color = 'var(--error)';
      const error = getComputedStyle(probe).color;
      probe.remove();
      const group = getComputedStyle(el.closest('fieldset')!);
      return {
        style: style.outlineStyle,
        width: parseFloat(style.outlineWidth),
        color: style.outlineColor,
        focus,
        error,
        groupEdge: group.borderInlineStartColor,
      };
    });
    expect(look.style).not.toBe('none');
    expect(look.width).toBeGreaterThanOrEqual(2);
    expect(look.color, 'the ring in the focus colour').toBe(look.focus);
    expect(look.color, 'not the error colour').not.toBe(look.error);
    // The error stays shown, by the group's edge.
    expect(look.groupEdge).toBe(look.error);
  });
}

test('de: the button shows progress while sending and a second press sends nothing more', async ({ page }) => {
  const word = token();
  await openForm(page, 'de');
  await fillAll(page, 'de', `${word} [fake:slow]`);
  const button = page.locator('.form-submit');
  await button.click();
  await expect(button).toHaveText(s('de', 'form.sending'));
  await expect(button).toHaveAttribute('aria-disabled', 'true');
  // A visitor can still press it (aria-disabled keeps it focusable); nothing more is sent.
  await button.click({ force: true });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toContainText(s('de', 'form.success.title'));
  expect(await submissions(word)).toHaveLength(1);
});

test('de: a keyboard-only visitor can fill in and send the form, always seeing where the focus is', async ({ page }) => {
  const word = token();
  await openForm(page, 'de');
  await page.locator('#form-heading').evaluate((heading) => {
    heading.setAttribute('tabindex', '-1');
    (heading as HTMLElement).focus();
  });
  const order: string[] = [];
  const next = async () => {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      return { id: el.id || el.tagName.toLowerCase(), outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 };
    });
    order.push(focused.id);
    expect(focused.outline, `${focused.id} shows a focus outline`).toBe(true);
    return focused.id;
  };
  await next();
  await page.keyboard.type('Amal Haddad');
  await next();
  await page.keyboard.press('Space'); // reply by e-mail: its field appears right after
  await next();
  await page.keyboard.type('amal@example.com');
  await next(); // preferred language: the page's language, already chosen
  await next();
  await page.keyboard.press('ArrowDown'); // topic: the first service
  await next();
  await page.keyboard.type(`Hallo ${word}`);
  await next();
  await page.keyboard.press('Space');
  await next();
  await next();
  await page.keyboard.press('Enter');

  expect(order).toEqual([
    'contact-name',
    'contact-reply-by-email',
    'contact-email',
    'contact-preferred-language',
    'contact-topic',
    'contact-message',
    'contact-consent',
    'a',
    'button',
  ]);
  await expect(page.getByRole('heading', { name: s('de', 'form.success.title') })).toBeFocused();
  const [sent] = await submissions(word);
  expect(sent?.fields).toMatchObject({
    name: 'Amal Haddad',
    reply_by: 'E-Mail',
    email: 'amal@example.com',
    preferred_language: 'Deutsch (de)',
    consent: 'ja',
    message: `Hallo ${word}`,
  });
  expect(sent?.fields['topic']).toBeTruthy();
});

test('the honeypot is in the form but out of reach of the keyboard and of screen readers', async ({ page }) => {
  await openForm(page, 'de');
  const honeypot = page.locator('input[name="_gotcha"]');
  await expect(honeypot).toHaveCount(1);
  await expect(honeypot).toBeHidden();
  await expect(honeypot).toHaveAttribute('tabindex', '-1');
  // Not in the accessibility tree: no role query finds it, the form's tree does not mention it.
  await expect(page.getByRole('textbox', { name: s('de', 'form.honeypot') })).toHaveCount(0);
  expect(await page.locator('form').ariaSnapshot()).not.toContain(s('de', 'form.honeypot'));
  // Tabbing through the whole form never lands on it, and it cannot take focus at all.
  await page.locator('#contact-name').focus();
  for (let i = 0; i < 12; i += 1) {
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).not.toBe('_gotcha');
  }
  expect(
    await honeypot.evaluate((el) => {
      (el as HTMLInputElement).focus();
      return document.activeElement === el;
    }),
  ).toBe(false);
});

test('a robot that fills in the honeypot is answered OK but recorded as spam', async ({ page }) => {
  const word = token();
  await openForm(page, 'de');
  await fillAll(page, 'de', word);
  await page.locator('input[name="_gotcha"]').evaluate((el) => {
    (el as HTMLInputElement).value = 'spam';
  });
  await submitButton(page, 'de').click();
  await expect(page.getByRole('status')).toContainText(s('de', 'form.success.title'));
  const [sent] = await submissions(word);
  expect(sent?.spam).toBe(true);
});

test('with JavaScript off, the form posts form-encoded data to the endpoint, and the browser checks required fields', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  await context.route(/^https?:\/\/([^/]*\.)?formspree\.io\//, (route) => route.abort('blockedbyclient'));
  const page = await context.newPage();
  const word = token();
  await page.goto('/fr/contact/');
  await expect(page.locator('form')).not.toHaveAttribute('novalidate');
  // Without JavaScript both ways to reply are open.
  await expect(page.locator('#contact-email')).toBeVisible();
  await expect(page.locator('#contact-phone')).toBeVisible();

  // Native validation: an empty form does not leave the page.
  await page.getByRole('button', { name: s('fr', 'form.submit') }).click();
  await expect(page).toHaveURL(/\/fr\/contact\/$/);
  expect(await page.locator('#contact-name').evaluate((el) => (el as HTMLInputElement).validity.valueMissing)).toBe(true);
  await page.fill('#contact-email', 'pas-une-adresse');
  expect(await page.locator('#contact-email').evaluate((el) => (el as HTMLInputElement).validity.typeMismatch)).toBe(true);

  await page.fill('#contact-name', 'Amal Haddad');
  await page.fill('#contact-email', 'amal@example.com');
  await page.selectOption('#contact-preferred-language', { label: 'Soomaali' });
  await page.fill('#contact-message', `Bonjour ${word}`);
  await page.check('#contact-consent');
  const posted = page.waitForRequest((request) => request.url().startsWith(`${fakeFormspreeOrigin}/f/`));
  await page.getByRole('button', { name: s('fr', 'form.submit') }).click();
  const request = await posted;
  expect(request.method()).toBe('POST');
  expect(request.headers()['content-type']).toBe('application/x-www-form-urlencoded');
  const body = new URLSearchParams(request.postData() ?? '');
  expect(body.get('message')).toBe(`Bonjour ${word}`);
  expect(body.get('_gotcha')).toBe('');
  expect(body.get('page_language')).toBe('Französisch (fr)');
  expect(body.get('_subject')).toContain('Französisch (fr)');
  await expect(page.getByRole('heading', { name: 'Thanks!' })).toBeVisible();
  const [sent] = await submissions(word);
  expect(sent?.contentType).toBe('application/x-www-form-urlencoded');
  expect(sent?.fields).toMatchObject({ name: 'Amal Haddad', preferred_language: 'Somali (so)', consent: 'ja' });
  await context.close();
});

test('de: the draft survives a reload, a visit elsewhere and the back button', async ({ page }) => {
  await openForm(page, 'de');
  const typed = await fillAll(page, 'de', 'Mein Entwurf');
  await page.reload();
  await openForm(page, 'de');
  expect(await currentValues(page)).toEqual(typed);

  // A new visit (not a history step, so the browser restores nothing by itself).
  await page.goto('/de/about/');
  await openForm(page, 'de');
  expect(await currentValues(page)).toEqual(typed);

  await page.getByRole('link', { name: s('de', 'form.privacyLink') }).click();
  await expect(page).toHaveURL(/\/de\/privacy\/$/);
  await page.goBack();
  await expect(page).toHaveURL(/\/de\/contact\/$/);
  await page.locator('#contact-form').scrollIntoViewIfNeeded();
  await expect(page.locator('form[data-hydrated]')).toHaveCount(1);
  expect(await currentValues(page)).toEqual(typed);
});

test('ar: errors, labels and the summary read right to left, without sideways scrolling at 320 px', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await openForm(page, 'ar');
  await submitButton(page, 'ar').click();
  await expect(page.locator('.form-problem')).toBeFocused();
  await page.check(replyByEmail);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const label = await page.locator('label[for="contact-name"]').boundingBox();
  const input = await page.locator('#contact-name').boundingBox();
  expect(label && input, 'label and field are laid out').toBeTruthy();
  // The label starts at the right edge of its field.
  expect(Math.abs(label!.x + label!.width - (input!.x + input!.width))).toBeLessThan(2);
  expect(await page.locator('#contact-email').evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
  for (const selector of ['#contact-name', replyByEmail, replyByPhone, '#contact-email', '.form-submit', '#contact-consent']) {
    const box = await page.locator(selector).boundingBox();
    expect(box!.height, `${selector} is a large tap target`).toBeGreaterThanOrEqual(24);
  }
});

for (const lang of ['de', 'ar'] as const) {
  test(`${lang}: the form passes axe (WCAG 2.2 AA) when empty, with errors, after a failure and after success`, async ({ page }) => {
    test.slow(); // four full axe runs
    const check = async (state: string) => {
      expect(await axeViolations(page, { include: ['#contact-form'] }), state).toEqual([]);
    };
    await openForm(page, lang);
    await check('empty');
    await submitButton(page, lang).click();
    await expect(page.locator('.form-problem')).toBeFocused();
    await check('errors');
    await fillAll(page, lang, `${token()} [fake:server-error]`);
    await submitButton(page, lang).click();
    await expect(page.getByRole('alert')).toContainText(s(lang, 'form.failure.server'));
    await check('failure');
    await page.fill('#contact-message', 'ok');
    await submitButton(page, lang).click();
    await expect(page.getByRole('status')).toContainText(s(lang, 'form.success.title'));
    await check('success');
  });
}

test('the island loads on the contact page only, and only when the form comes near; its JavaScript stays small', async ({ page }) => {
  const scripts: string[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') scripts.push(response.url());
  });
  await page.setViewportSize({ width: 1280, height: 400 });
  await page.goto('/de/contact/');
  await page.waitForLoadState('networkidle');
  // Before the form comes near, only the page's own <script src> files (the hours status) load.
  const pageScripts = await page.locator('script[src]').evaluateAll((elements) => elements.map((el) => new URL((el as HTMLScriptElement).src).pathname));
  // In any order: the page's scripts load side by side.
  expect(scripts.map((script) => new URL(script).pathname).sort(), 'no island JavaScript before the form comes near').toEqual(pageScripts.sort());
  const before = scripts.length;
  await page.locator('#contact-form').scrollIntoViewIfNeeded();
  await expect(page.locator('form[data-hydrated]')).toHaveCount(1);
  await page.waitForLoadState('networkidle');
  const island = await page.locator('astro-island').evaluate((el) => [el.getAttribute('component-url'), el.getAttribute('renderer-url')]);
  const islandScripts = scripts.slice(before);
  for (const url of island) expect(islandScripts.map((script) => new URL(script).pathname)).toContain(url);

  // Other pages, even those with other small scripts, never load any of it.
  scripts.length = 0;
  for (const path of ['/de/', '/de/services/', '/ar/about/', '/de/privacy/']) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    await expect(page.locator('astro-island')).toHaveCount(0);
  }
  expect(scripts.filter((url) => islandScripts.includes(url))).toEqual([]);

  // Weight: the island's files plus Astro's inline island loader (gzip).
  await page.goto('/de/contact/');
  let gzip = 0;
  for (const url of islandScripts) gzip += gzipSync(Buffer.from(await (await fetch(url)).arrayBuffer()), { level: 9 }).length;
  const loader = await page.evaluate(() => [...document.querySelectorAll('script:not([src]):not([type])')].map((el) => el.textContent ?? '').join('\n'));
  gzip += gzipSync(Buffer.from(loader), { level: 9 }).length;
  test.info().annotations.push({
    type: 'contact form JavaScript (gzip)',
    description: `${(gzip / 1024).toFixed(1)} KiB: ${islandScripts.length} files + the page's inline scripts`,
  });
  // The contact page's budget (npm run bench checks it in every language, as a browser loads it).
  expect(gzip).toBeLessThanOrEqual(20 * 1024);
});

test('de: a visitor without e-mail asks for a call back; Formspree gets the number and no e-mail field', async ({ page }) => {
  const word = token();
  await openForm(page, 'de');
  // Once the script runs, each reply field waits for its choice.
  await expect(page.locator('#contact-email')).toBeHidden();
  await expect(page.locator('#contact-phone')).toBeHidden();
  await page.fill('#contact-name', 'Amal Haddad');
  await page.check(replyByPhone);
  await expect(page.locator('#contact-phone')).toBeVisible();
  await expect(page.locator('#contact-email')).toBeHidden();
  await page.fill('#contact-phone', '+352 00 00 00 00');
  // A direction override in the message must not reach LISKO's mail program.
  await page.fill('#contact-message', `Bitte anrufen \u202Eabc\u202C ${word}`);
  await page.check('#contact-consent');
  await submitButton(page, 'de').click();
  await expect(page.getByRole('status')).toContainText(s('de', 'form.success.title'));
  const [sent] = await submissions(word);
  expect(sent?.fields).toMatchObject({ reply_by: 'Telefon', phone: '+352 00 00 00 00', message: `Bitte anrufen abc ${word}` });
  expect(sent?.fields).not.toHaveProperty('email');
});

test('de: the topic list offers no psychological follow-up and says why', async ({ page }) => {
  await openForm(page, 'de');
  const psychological = /^title: "?(.+?)"?$/m.exec(readFileSync('content/services/de/psychological-support.md', 'utf8'))?.[1] ?? '';
  expect(psychological).not.toBe('');
  await expect(page.locator('#contact-topic option')).not.toContainText([psychological]);
  expect(await page.locator('#contact-topic option').allTextContents()).not.toContain(psychological);
  await expect(page.locator('#contact-topic')).toHaveAttribute('aria-describedby', /contact-topic-note/);
  await expect(page.locator('#contact-topic-note')).toHaveText(s('de', 'form.topicNote'));
});

test('de: an accepted message whose answer cannot be read is thanked for, never offered again', async ({ page }) => {
  const word = token();
  await openForm(page, 'de');
  await fillAll(page, 'de', `${word} [fake:ok-unreadable]`);
  await submitButton(page, 'de').click();
  await expect(page.getByRole('status')).toContainText(s('de', 'form.success.title'));
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(await submissions(word)).toHaveLength(1);
});

test('de: the message has a visible count, read with the field', async ({ page }) => {
  await openForm(page, 'de');
  await page.fill('#contact-message', 'Hallo');
  await expect(page.locator('#contact-message-count')).toContainText(/^\D*5 \/ \d+$/);
  await expect(page.locator('#contact-message')).toHaveAttribute('aria-describedby', /contact-message-count/);
});

testInOwnContext('de: the draft is saved once after typing stops, not on every key', async ({ page }) => {
  await page.clock.install();
  await page.addInitScript(() => {
    const write = Storage.prototype.setItem;
    (window as unknown as { draftWrites: number }).draftWrites = 0;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key === 'lisko.contactForm.draft') (window as unknown as { draftWrites: number }).draftWrites += 1;
      write.call(this, key, value);
    };
  });
  await openForm(page, 'de');
  // From here on time moves only when the test says so.
  await page.clock.pauseAt(new Date(Date.now() + 60_000));
  const writes = () => page.evaluate(() => (window as unknown as { draftWrites: number }).draftWrites);
  const before = await writes();
  await page.locator('#contact-message').pressSequentially('Guten Tag');
  expect(await writes()).toBe(before);
  await page.clock.runFor(1000);
  expect(await writes()).toBe(before + 1);
  expect(JSON.parse((await page.evaluate(() => sessionStorage.getItem('lisko.contactForm.draft'))) ?? '{}')).toMatchObject({ message: 'Guten Tag' });
});

testInOwnContext('de: what is typed before the island hydrates is all still there afterwards', async ({ context, page }) => {
  // Hold the island's code back until the visitor has typed: for the whole context, since the
  // offline worker the page registers fetches it too (and then serves it to the page).
  let release: () => void = () => undefined;
  const held = new Promise<void>((done) => {
    release = done;
  });
  await context.route(/\/_astro\/ContactForm\.[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/de/contact/');
  await page.locator('#contact-form').scrollIntoViewIfNeeded();
  await expect(page.locator('#contact-name')).toBeVisible();
  // The reply fields show only under their chosen way, already before the island (global.css).
  await expect(page.locator('#contact-email')).toBeHidden();
  await expect(page.locator('#contact-phone')).toBeHidden();
  await page.fill('#contact-name', 'Amal Haddad');
  await page.check(replyByPhone);
  await page.fill('#contact-phone', '+352 00 00 00 00');
  await page.selectOption('#contact-preferred-language', { label: 'ትግርኛ' });
  await page.fill('#contact-message', 'Vor dem Laden geschrieben');
  await page.check('#contact-consent');
  const typed = await currentValues(page);
  await expect(page.locator('form[data-hydrated]')).toHaveCount(0);
  release();
  await expect(page.locator('form[data-hydrated]')).toHaveCount(1);
  expect(await currentValues(page)).toEqual(typed);
  await expect(page.locator('#contact-phone')).toBeVisible();
  await expect(page.locator('#contact-email')).toBeHidden();
});

/** The early summary's visible lines, and whether the box itself shows. */
async function earlySummary(page: Page): Promise<{ shown: boolean; lines: string[] }> {
  const box = page.locator('.form-early-summary');
  return {
    shown: await box.isVisible(),
    lines: await box
      .locator('li')
      .evaluateAll((items) => items.filter((li) => getComputedStyle(li).display !== 'none').map((li) => (li as HTMLElement).innerText.trim())),
  };
}

for (const javaScript of [false, true]) {
  test(`ar, ${javaScript ? 'before the island loads' : 'without JavaScript'}: a tap on send on an empty form stays on the page and lists what is missing in Arabic, with links to the fields`, async ({
    browser,
  }) => {
    // The phone speaks German: the browser's own bubble would too.
    const context = await browser.newContext({ javaScriptEnabled: javaScript, locale: 'de-DE' });
    const page = await context.newPage();
    // Hold the island's code back for as long as the test runs, for the whole context: the offline
    // worker the page registers fetches it too (and would hand it to the page).
    await context.route(/\/_astro\/ContactForm\.[^/]*\.js$/, () => undefined);
    // Every `invalid` event the browser fires, and whether a script cancelled it: an event left
    // alone is the browser's own bubble, in the phone's language.
    if (javaScript)
      await page.addInitScript(() => {
        const seen: boolean[] = [];
        (window as unknown as { invalids: boolean[] }).invalids = seen;
        addEventListener('invalid', (event) => setTimeout(() => seen.push(event.defaultPrevented)), true);
      });
    await page.goto('/ar/contact/');
    await page.locator('#contact-form').scrollIntoViewIfNeeded();
    expect(await earlySummary(page), 'nothing before a tap on send').toEqual({ shown: false, lines: [] });
    await page.getByRole('button', { name: s('ar', 'form.submit') }).click();
    await expect(page).toHaveURL(/\/ar\/contact\/$/);
    await expect(page.locator('.form-early-summary')).toBeVisible();
    if (javaScript) {
      // No bubble: the page's summary speaks instead, and the focus is on it.
      await expect(page.locator('.form-early-summary')).toBeFocused();
      const invalids = await page.evaluate(() => (window as unknown as { invalids: boolean[] }).invalids);
      expect(invalids.length, 'the browser found the empty fields').toBeGreaterThan(0);
      expect(invalids.every(Boolean), 'every bubble kept away').toBe(true);
    }
    await expect(page.locator('.form-early-summary h3')).toHaveText(s('ar', 'form.summaryTitle'));
    const required = [
      ['name', 'form.error.nameRequired'],
      ['message', 'form.error.messageRequired'],
      ['consent', 'form.error.consentRequired'],
    ] as const;
    expect((await earlySummary(page)).lines).toEqual(required.map(([, key]) => s('ar', key)));
    for (const [field] of required) await expect(page.locator(`.form-early-summary [data-field="${field}"] a`)).toHaveAttribute('href', `#contact-${field}`);
    // A wrong e-mail address gets its line once the field is left (its field shows once its way is chosen).
    await page.check(replyByEmail);
    await page.fill('#contact-email', 'not-an-address');
    await page.locator('#contact-email').blur();
    expect((await earlySummary(page)).lines).toContain(s('ar', 'form.error.emailInvalid'));
    // Filled in, a field's line goes.
    await page.fill('#contact-name', 'Amal Haddad');
    expect((await earlySummary(page)).lines).not.toContain(s('ar', 'form.error.nameRequired'));
    // axe runs inside the page: only where scripts run (the summary is the same without them).
    if (javaScript) {
      expect(await axeViolations(page, { include: ['#contact-form'] })).toEqual([]);
    }
    await context.close();
  });
}

test('ar: once the island runs, the early summary is gone and the island answers with its own', async ({ page }) => {
  await openForm(page, 'ar');
  await page.getByRole('button', { name: s('ar', 'form.submit') }).click();
  await expect(page.locator('.form-problem')).toBeVisible();
  await expect(page.locator('.form-early-summary')).toBeHidden();
});
