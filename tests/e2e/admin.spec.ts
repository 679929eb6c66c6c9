/**
 * The web editor at /admin/ (Sveltia CMS, src/admin/browser/cmsConfig.ts), as an editor uses it, under
 * its own Content-Security-Policy. `npm run build:test` gives it the editor's test backend, which
 * keeps the repository in the browser's private file storage (OPFS, folder `sveltia-cms-test/`):
 * the test puts the real content/ there, edits through the user interface, reads the saved files
 * back. They must be exactly the files `savedByEditor` (tests/support/variantSite.ts) writes into the
 * variant build, so the build tests have built them; the content check (`npm run check`'s own
 * code) runs on them here too, in the real content.
 *
 * Under a German browser it opens in German (its words are bundled; the ready-made build hung
 * there retrying a blocked download), and Arabic fields are written right to left.
 *
 * Not a visitor page, so every-page, dist and bench leave /admin/ out (tests/support/builtPages.ts);
 * what they would check that applies to it is checked here.
 */
import { expect, test, type Page } from '@playwright/test';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { headersFor, parseHeaderRules } from '../../src/deploy/headerRules.ts';
import { watchPage } from '../support/pageChecks.ts';
import { checkContent, suggestSlug } from '../../src/check/check.ts';
import { model } from '../../src/model/model.ts';
import { contentPath } from '../../src/model/paths.ts';
import { readContentFiles, readPublicFiles } from '../../src/check/files.ts';
import { hoursSchema } from '../../src/model/schema.ts';
import { frontmatterData, splitFrontmatter } from '../../src/model/frontmatter.ts';
import { editorsEdits, hoursPath, savedByEditor } from '../support/variantSite.ts';
import { frontmatterOf, serviceSlugs } from '../support/siteContent.ts';
import { editorFormatProblems } from '../support/editorFormat.ts';
import { defaultLocale } from '../../src/i18n/locales.ts';

const repository = 'sveltia-cms-test';
const wordListPath = contentPath('style', 'words');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? filesUnder(join(dir, name)) : [join(dir, name)]));
}

/** Puts the real content/ (with `changed` files) into the test backend's storage, as if it were the repository. */
async function seedRepository(page: Page, changed: Record<string, string> = {}): Promise<void> {
  const files = { ...Object.fromEntries(filesUnder('content').map((path) => [path, readFileSync(path, 'utf8')])), ...changed };
  // Any page of the site's origin opens the same storage.
  await page.goto('/robots.txt');
  await page.evaluate(
    async ({ files, repository }) => {
      const storage = await navigator.storage.getDirectory();
      await storage.removeEntry(repository, { recursive: true }).catch(() => undefined);
      const root = await storage.getDirectoryHandle(repository, { create: true });
      for (const [path, text] of Object.entries(files)) {
        const parts = path.split('/');
        let dir = root;
        for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
        const writable = await (await dir.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
        await writable.write(text);
        await writable.close();
      }
    },
    { files, repository },
  );
}

/** The file as the editor saved it in the test backend's storage. */
function savedFile(page: Page, path: string): Promise<string> {
  return page.evaluate(
    async ({ path, repository }) => {
      let dir = await (await navigator.storage.getDirectory()).getDirectoryHandle(repository);
      const parts = path.split('/');
      for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part);
      return (await (await dir.getFileHandle(parts.at(-1)!)).getFile()).text();
    },
    { path, repository },
  );
}

/**
 * The editor saved `path` as `expected`. A file already in the editor's format must be exactly
 * that: a save changes only what the editor changed. One edited by hand (a date without quotes)
 * gets the editor's quotes on save, which is fine: then its data and text must be the same.
 */
async function expectSaved(page: Page, path: string, expected: string): Promise<void> {
  const saved = await savedFile(page, path);
  const data = (text: string) => ({ frontmatter: frontmatterData(text), body: splitFrontmatter(text)?.body.trim() });
  expect(data(saved), path).toEqual(data(expected));
  if (editorFormatProblems(splitFrontmatter(readFileSync(path, 'utf8'))?.frontmatter ?? '').length === 0) expect(saved, path).toBe(expected);
}

/** A list's "add" button in the German editor: `⁨Wort⁩ hinzufügen` (the editor isolates the label's direction). */
const addButton = (label: string) => new RegExp(`^\u2068?${label}\u2069? hinzufügen$`);

/** A content file's title, as the editor shows it. */
const frontmatterTitle = (path: string) => (frontmatterOf(path) as { title: string }).title;

/** A field of the open entry, by its path in the file (`closures.0.reason.fr`, `title`). */
const field = (page: Page, keyPath: string) => page.locator(`[data-key-path="${keyPath}"]`).locator('input, textarea').first();

/**
 * Saves. `shown`: wait until the preview shows it first (the editor takes a typed value over a
 * moment after the input shows it; a save before that writes the old value).
 */
async function save(page: Page, shown?: string, words = { save: 'Save', preview: 'Content Preview' }): Promise<void> {
  if (shown) await expect(page.getByRole('document', { name: words.preview })).toContainText(shown);
  const button = page.getByRole('button', { name: words.save, exact: true });
  await expect(button).toBeEnabled();
  await button.click();
  // Saved: the editor closes and shows the collection again. It changes the address to the
  // collection's a moment after the editor is gone; a test that moves on before that is sent back.
  await expect(button).toBeHidden();
  await expect(page).toHaveURL(/#\/collections\/[^/]+$/);
}

test('the editor page is for LISKO staff only: noindex, out of the sitemap, its own policy', async ({ request }) => {
  const html = readFileSync('dist/admin/index.html', 'utf8');
  expect(html).toMatch(/<meta name="robots" content="noindex, nofollow">/);
  expect(readFileSync('dist/sitemap-0.xml', 'utf8')).not.toContain('/admin/');
  const rules = parseHeaderRules(readFileSync('dist/_headers', 'utf8'));
  const policy = headersFor(rules, '/admin/')['content-security-policy'] ?? '';
  // One policy only (a browser enforces every policy it gets), and not the pages' one.
  expect(policy.split(/,\s*default-src/)).toHaveLength(1);
  expect(policy).toMatch(/script-src 'self';/);
  expect(policy).not.toMatch(/script-src[^;]*unsafe/);
  expect(headersFor(rules, '/admin/')['x-robots-tag']).toBe('noindex');
  // The pages' policy is unchanged by the editor's.
  expect(headersFor(rules, '/de/')['content-security-policy']).toMatch(/require-trusted-types-for 'script'/);
  const response = await request.get('/admin/');
  expect(response.headers()['content-security-policy']).toBe(policy);
  // The same policy in the meta tag, for hosts that send no headers.
  expect(html).toContain(`content="${policy.replace(/;\s*frame-ancestors 'none'/, '').replaceAll("'", "'")}"`);
});

test('the editor as published (saving to GitHub) opens at its sign-in with no request its policy blocks', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const watch = await watchPage(page, origin);
  // The test build's editor saves into the browser; a published one saves to GitHub. The page as
  // the host serves it (its headers, its policy), told to use GitHub as a published build is.
  await page.route(`${origin}/admin/`, async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace('name="lisko-cms-backend" content="test-repo"', 'name="lisko-cms-backend" content="github"');
    const { 'content-length': _length, ...headers } = response.headers();
    await route.fulfill({ response, body: html, headers: { ...headers, 'content-encoding': 'identity' } });
  });
  // GitHub itself stays out of reach: the editor's questions get GitHub's usual answers here.
  const asked: string[] = [];
  await page.route(/^https:\/\//, async (route) => {
    asked.push(new URL(route.request().url()).origin);
    await route.fulfill({ status: 200, contentType: 'application/json', body: '{"status":{"indicator":"none","description":"All Systems Operational"}}' });
  });
  await page.goto('/admin/');
  await expect(page.getByRole('button', { name: /Access Token|Zugriffstoken/ })).toBeVisible({ timeout: 60_000 });
  // The status check runs at start; wait until it has been asked, then look.
  await expect.poll(() => asked, { timeout: 30_000 }).toContain('https://www.githubstatus.com');
  expect(await watch.cspViolations()).toEqual([]);
  expect(watch.consoleErrors).toEqual([]);
});

test('an editor adds a closure with a German and a French reason and edits a French service; the saved files are the ones the variant build builds', async ({
  page,
  baseURL,
}) => {
  // Two saves through a full editor: about 10 s on an idle machine, 50 s with the CPU slowed 6×.
  test.setTimeout(240_000);
  const watch = await watchPage(page, new URL(baseURL!).origin);
  await seedRepository(page);
  await page.goto('/admin/');
  await page.getByRole('button', { name: 'Work with Test Repository' }).click();
  const { closure, title } = editorsEdits;
  const expected = savedByEditor((path) => readFileSync(path, 'utf8'));

  // Hours: a closure, with its reason in German and in French, after LISKO's own.
  const existing = hoursSchema.parse(frontmatterOf(hoursPath)).closures.length;
  const at = `closures.${existing}`;
  await page.goto('/admin/#/collections/settings/entries/hours');
  await page.getByRole('button', { name: /Add\W*Closure/ }).click();
  // The editor renders a field's parts once it is scrolled into view.
  await page.locator(`[data-key-path="${at}.reason"]`).scrollIntoViewIfNeeded();
  await expect(page.locator(`[data-key-path="${at}.reason.fr"]`)).toBeVisible();
  const values = { [`${at}.from`]: closure.from, [`${at}.reason.de`]: closure.reason.de, [`${at}.reason.fr`]: closure.reason.fr };
  for (const [keyPath, value] of Object.entries(values)) {
    await field(page, keyPath).fill(value);
    await expect(field(page, keyPath)).toHaveValue(value);
  }
  await save(page);
  // The closure added; nothing else changed.
  await expectSaved(page, hoursPath, expected[hoursPath]!);

  // A service's French translation: its title.
  await page.goto(`/admin/#/collections/services/entries/${title.path.split('/').at(-1)!.slice(0, -3)}`);
  await page.getByRole('combobox', { name: 'Switch Locale' }).first().click();
  await page.getByRole('option', { name: 'French' }).click();
  await field(page, 'title').fill(title.title);
  await expect(field(page, 'title')).toHaveValue(title.title);
  await save(page, title.title);
  await expectSaved(page, title.path, expected[title.path]!);
  // The German original and the other translations are left as they were.
  for (const path of ['de', 'en', 'ar'].map((lang) => title.path.replace('/fr/', `/${lang}/`)).filter((path) => existsSync(path))) {
    await expectSaved(page, path, readFileSync(path, 'utf8'));
  }

  // `npm run check` on the content with the saved files (the build tests built them).
  const copy = mkdtempSync(join(tmpdir(), 'lisko-cms-'));
  try {
    cpSync('content', join(copy, 'content'), { recursive: true });
    cpSync('public', join(copy, 'public'), { recursive: true });
    for (const [path, text] of Object.entries(expected)) writeFileSync(join(copy, path), text);
    expect(checkContent(readContentFiles(copy), { publicFiles: readPublicFiles(copy) })).toEqual([]);
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }

  // Everything came from the site itself, nothing was blocked.
  expect(watch.foreignRequests).toEqual([]);
  expect(await watch.cspViolations()).toEqual([]);
});

test.describe('in a browser set to German', () => {
  test.use({ locale: 'de-DE' });

  /** Opens the editor on the test repository (the real content/), in the German browser's words. */
  async function openEditorInGerman(page: Page): Promise<void> {
    await seedRepository(page);
    await page.goto('/admin/');
    await page.getByRole('button', { name: 'Mit Test-Repository arbeiten' }).click();
  }

  test('the editor speaks German and opens; an Arabic translation is written right to left', async ({ page, baseURL }) => {
    test.setTimeout(180_000);
    const watch = await watchPage(page, new URL(baseURL!).origin);
    // Its German words are part of the site's own files: nothing is fetched from elsewhere, and the
    // page does not hang retrying a blocked download (as the ready-made build did).
    await openEditorInGerman(page);
    // A service translated into Arabic (one in German only has no Arabic fields yet).
    const service = serviceSlugs.find((slug) => existsSync(`content/services/ar/${slug}.md`));
    test.skip(!service, 'no service is translated into Arabic');
    await page.goto(`/admin/#/collections/services/entries/${service}`);
    await expect(field(page, 'title')).toHaveValue(frontmatterTitle(`content/services/${defaultLocale}/${service}.md`));
    await expect(field(page, 'title')).toHaveCSS('direction', 'ltr');
    await page.getByRole('combobox').first().click();
    await page.getByRole('option', { name: /Arabic|Arabisch/ }).click();
    await expect(field(page, 'title')).toHaveValue(frontmatterTitle(`content/services/ar/${service}.md`));
    await expect(field(page, 'title')).toHaveAttribute('dir', 'rtl');
    await expect(field(page, 'title')).toHaveCSS('direction', 'rtl');
    expect(watch.foreignRequests).toEqual([]);
    expect(await watch.cspViolations()).toEqual([]);
  });

  test('an editor adds a word to the Wortliste in German: the saved list passes the check, and the check then refuses that word in a German text, naming the word to use', async ({
    page,
    baseURL,
  }) => {
    test.setTimeout(240_000);
    const watch = await watchPage(page, new URL(baseURL!).origin);
    await openEditorInGerman(page);
    await page.goto('/admin/#/collections/settings/entries/style');
    const { words } = model.style.fields;
    const before = (frontmatterOf(wordListPath) as { words: unknown[] }).words.length;
    // The list's own button, at its end (each entry has one for its words to avoid).
    await page.getByRole('button', { name: addButton(words.itemLabel.de) }).click();
    const entry = `words.${before}`;
    // The editor draws a long list's entries as they scroll into view: the new one is at the end.
    const part = (path: string) => page.locator(`[data-key-path="${entry}${path}"]`);
    await part('.why').scrollIntoViewIfNeeded();
    await part('.language').getByRole('combobox').click();
    await page.getByRole('option', { name: 'Deutsch', exact: true }).click();
    await field(page, `${entry}.use`).fill('Sozialämter');
    await part('.avoid')
      .getByRole('button', { name: addButton(words.of.fields.avoid.itemLabel.de) })
      .click();
    await field(page, `${entry}.avoid.0`).fill('Sozialbüros');
    // The preview, too, draws entries as they scroll into view: scroll it to the new one.
    const preview = page.getByRole('document', { name: 'Inhaltsvorschau' });
    await expect(async () => {
      await preview.hover();
      await page.mouse.wheel(0, 4000);
      await expect(preview).toContainText('Sozialbüros', { timeout: 1000 });
    }).toPass();
    await save(page, 'Sozialbüros', { save: 'Speichern', preview: 'Inhaltsvorschau' });

    const saved = await savedFile(page, wordListPath);
    expect((frontmatterData(saved) as { words: unknown[] }).words.at(-1)).toEqual({ language: 'de', use: 'Sozialämter', avoid: ['Sozialbüros'] });
    const copy = mkdtempSync(join(tmpdir(), 'lisko-cms-word-'));
    try {
      cpSync('content', join(copy, 'content'), { recursive: true });
      cpSync('public', join(copy, 'public'), { recursive: true });
      writeFileSync(join(copy, wordListPath), saved);
      const check = () => checkContent(readContentFiles(copy), { publicFiles: readPublicFiles(copy) });
      expect(check()).toEqual([]);
      // The next text that uses the word is refused, with the line of the list that says so.
      const about = contentPath('pages', 'about', defaultLocale);
      writeFileSync(join(copy, about), `${readFileSync(about, 'utf8')}\nWir arbeiten mit Sozialbüros.\n`);
      // The entry's first line (`- language: de`, however the editor orders its fields).
      const lines = saved.split('\n');
      const line = lines.slice(0, lines.findIndex((text) => text.includes('Sozialämter')) + 1).findLastIndex((text) => /^\s*- /.test(text)) + 1;
      expect(check()).toEqual([
        expect.stringMatching(new RegExp(`^${about}: line \\d+: write "Sozialämter", not "Sozialbüros" \\(the word list, ${wordListPath}, line ${line}\\)$`)),
      ]);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
    expect(watch.foreignRequests).toEqual([]);
    expect(await watch.cspViolations()).toEqual([]);
  });

  test('an editor adds a service titled with ä, é and ß in German: the editor says what the file will be called, labels are German, and the file it saves is where the check expects it and passes it', async ({
    page,
    baseURL,
  }) => {
    test.setTimeout(240_000);
    const watch = await watchPage(page, new URL(baseURL!).origin);
    await openEditorInGerman(page);
    await page.goto('/admin/#/collections/services/new');
    const { fields } = model.services;
    // The labels are the model's German words, and the editor says how the title becomes the file name.
    await expect(page.getByText(fields.title.label.de, { exact: true }).first()).toBeVisible();
    await expect(page.getByText(fields.order.label.de, { exact: true }).first()).toBeVisible();
    await page.goto('/admin/#/collections/services');
    await expect(page.getByText(/ä wird ae/)).toBeVisible();
    await page.goto('/admin/#/collections/services/new');

    const title = 'Sprachcafé für Ältere – Straße';
    const orders = serviceSlugs.map((slug) => Number((frontmatterOf(contentPath('services', slug, defaultLocale)) as { order: number }).order));
    await field(page, 'title').fill(title);
    await field(page, 'description').fill('Im Sprachcafé üben Sie Deutsch in entspannter Runde, mit anderen und ohne Prüfung.');
    // No audience: LISKO names one only for the training, and the hint says to leave it empty.
    await expect(page.getByText(fields.audience.hint.de, { exact: true }).first()).toBeVisible();
    await field(page, 'order').fill(String(Math.max(...orders) + 1));
    const text = page.locator('[data-key-path="body"] [contenteditable="true"]').first();
    await text.scrollIntoViewIfNeeded();
    await text.fill('Ein Treffen zum Sprechen, jeden Mittwoch.');
    await save(page, title, { save: 'Speichern', preview: 'Inhaltsvorschau' });

    // Saved as the check wants it: an ASCII name made from the title, in the German folder.
    const path = contentPath('services', suggestSlug(title), defaultLocale);
    expect(path).toBe('content/services/de/sprachcafe-fuer-aeltere-strasse.md');
    const saved = await savedFile(page, path);
    expect(frontmatterData(saved)).toMatchObject({ title, order: Math.max(...orders) + 1 });
    expect(frontmatterData(saved)).not.toHaveProperty('audience');
    const copy = mkdtempSync(join(tmpdir(), 'lisko-cms-new-'));
    try {
      cpSync('content', join(copy, 'content'), { recursive: true });
      cpSync('public', join(copy, 'public'), { recursive: true });
      writeFileSync(join(copy, path), saved);
      expect(checkContent(readContentFiles(copy), { publicFiles: readPublicFiles(copy) })).toEqual([]);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
    expect(watch.foreignRequests).toEqual([]);
    expect(await watch.cspViolations()).toEqual([]);
  });
});

test('the build leaves out the code-highlighting grammars, and a code block in a text still shows in the editor, uncoloured', async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  // A shiki grammar is JSON that names its scope (`"scopeName":`, its quotes escaped in the
  // package, not after minifying): found in one of the package's grammars, in none of the built files.
  const grammarMarker = /\\?"scopeName\\?":/;
  expect(readFileSync('node_modules/@shikijs/langs/dist/yaml.mjs', 'utf8')).toMatch(grammarMarker);
  const built = readdirSync('dist/_astro').filter((name) => /\.m?js$/.test(name));
  expect(built.filter((name) => grammarMarker.test(readFileSync(join('dist/_astro', name), 'utf8')))).toEqual([]);

  const watch = await watchPage(page, new URL(baseURL!).origin);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (/\/_astro\/[^/]+\.js$/.test(request.url())) scripts.push(request.url().split('/').at(-1)!);
  });
  const [service] = serviceSlugs;
  const path = `content/services/${defaultLocale}/${service}.md`;
  const code = 'opens: "08:30"';
  await seedRepository(page, { [path]: readFileSync(path, 'utf8').replace(/\n---\n/, `\n---\n\n\`\`\`yaml\n${code}\n\`\`\`\n`) });
  await page.goto('/admin/');
  await page.getByRole('button', { name: 'Work with Test Repository' }).click();
  await page.goto(`/admin/#/collections/services/entries/${service}`);
  const text = page.locator('[data-key-path="body"][data-field-type="markdown"]').first();
  await text.scrollIntoViewIfNeeded();
  await expect(text).toContainText(code);
  // The editor asked for the YAML grammar and got the empty stand-in (src/integrations/cmsGrammars.ts).
  await expect.poll(() => scripts.some((name) => name.startsWith('noGrammar.'))).toBe(true);
  expect(errors).toEqual([]);
  expect(watch.foreignRequests).toEqual([]);
  expect(await watch.cspViolations()).toEqual([]);
});
