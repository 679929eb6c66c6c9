/**
 * The privacy and accessibility settings that only LISKO can give (content/settings/site.md) and
 * the values the site makes (the form's fields, the day the tests passed): how a page shows them,
 * and `npm run deploy:check` refusing each one while it holds its placeholder.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { stringify } from 'yaml';
import { localeCodes } from '../../src/i18n/locales.ts';
import { useTranslations } from '../../src/i18n/ui.ts';
import { settingsSchema, type SettingsData } from '../../src/model/schema.ts';
import { isPlaceholder, placeholderSettings, type PlaceholderSetting } from '../../src/model/model.ts';
import { fillSettings, placeholdersInUse, type TextValues } from '../../src/model/settingTokens.ts';
import { sentFields } from '../../src/contact/formFieldList.ts';
import { fieldNames, fieldNeeds, pageFields } from '../../src/contact/browser/fields.ts';
import type { Locale } from '../../src/i18n/locales.ts';
import { testedOn, testedOnVariable } from '../../src/hours/clock.ts';
import { projectRoot } from '../support/badContent.ts';

/** Real-looking values for every setting (the test's own, not LISKO's). */
const filled: Record<PlaceholderSetting, string | number> = {
  controller: 'Example asbl',
  privacyPostalAddress: '1, rue Exemple, L-0000 Luxembourg',
  privacyEmail: 'data@example.lu',
  dataProtectionOfficer: 'none',
  formspreeRetentionDays: 30,
  liskoRetentionDays: 365,
  hostName: 'Example Hosting S.A.',
  hostCountry: 'US',
  hostLogRetentionDays: 14,
  hostTransferBasis: 'scc',
  formspreeTransferBasis: 'dpf',
  formspreeChallenge: 'Example Captcha',
  accessibilityConformance: 'partial',
  accessibilityComplaintRoute: 'Example Office, example.lu',
};
const shipped = settingsSchema.parse({ formspreeFormId: 'xqkrvbnw' });
const settings = (overrides: Partial<Record<PlaceholderSetting, unknown>> = {}): SettingsData =>
  settingsSchema.parse({ formspreeFormId: 'xqkrvbnw', ...filled, ...overrides });
/** What SettingsText fills a page text from, in one language. */
const values = (data: SettingsData, lang: Locale, testedOn?: string): TextValues => ({ settings: data, lang, words: useTranslations(lang), testedOn });

describe('settings in page texts', () => {
  test('a value cannot write HTML into the page: it is escaped (SettingsText writes the result unescaped)', () => {
    const hostile = settings({ controller: 'Ex</p><script>alert(1)</script>', hostName: '"><img src=x onerror=alert(1)>' });
    const html = fillSettings('<p>{{controller}} / {{hostName}}</p>', values(hostile, 'de'));
    expect(html).not.toMatch(/<script|<img/);
    expect(html).toContain('&lt;script&gt;');
  });

  test('every setting has a placeholder that counts as one, also when its line is left out', () => {
    expect(Object.keys(filled).sort()).toEqual([...placeholderSettings].sort());
    for (const name of placeholderSettings) expect(isPlaceholder(shipped[name]), name).toBe(true);
    expect(placeholdersInUse(shipped)).toEqual([...placeholderSettings]);
    expect(placeholdersInUse(settings())).toEqual([]);
  });

  test('are shown in the page’s language: days, countries, the transfer bases, the check, conformance, no data protection officer', () => {
    const text = placeholderSettings.map((name) => `{{${name}}}`).join(' | ');
    for (const lang of localeCodes) {
      const t = useTranslations(lang);
      // As a browser reads it: the Somali basis has an apostrophe (go'aan), escaped in the HTML.
      const html = fillSettings(text, values(settings(), lang)).replaceAll('&#39;', "'");
      expect(html).not.toContain('{{');
      expect(html).not.toContain('setting-placeholder');
      expect(html).toContain(new Intl.DisplayNames(lang, { type: 'region' }).of('US'));
      expect(html).toContain(t('privacy.transferBasis.dpf'));
      expect(html).toContain(t('privacy.hostTransfer.outside', { basis: t('privacy.transferBasis.scc') }));
      expect(html).toContain(t('privacy.challenge.shown', { check: 'Example Captcha' }));
      expect(html).toContain(t('accessibility.conformance.partial'));
      expect(html).toContain(t('privacy.noDpo'));
      expect(html).toContain('href="mailto:data@example.lu"');
      expect(html).toContain('365');
      expect(html).toContain('14');
    }
    const de = (text: string, overrides: Partial<Record<PlaceholderSetting, unknown>> = {}) => fillSettings(text, values(settings(overrides), 'de'));
    expect(de('{{liskoRetentionDays}}')).toContain('365 Tage');
    expect(de('{{hostLogRetentionDays}}')).toContain('14 Tage');
    expect(de('{{hostTransferBasis}}', { hostCountry: 'LU', hostTransferBasis: 'eea' })).toContain('Europäischen Wirtschaftsraum: Dort gilt die DSGVO');
    expect(de('{{hostTransferBasis}}', { hostCountry: 'CH', hostTransferBasis: 'adequacy' })).toContain('Angemessenheitsbeschluss');
    expect(de('{{formspreeChallenge}}', { formspreeChallenge: 'none' })).toContain('keine Prüfung einer anderen Firma');
    expect(fillSettings('{{formspreeTransferBasis}}', values(settings({ formspreeTransferBasis: 'scc' }), 'en'))).toContain('standard contractual clauses');
    expect(fillSettings('{{dataProtectionOfficer}}', values(settings({ dataProtectionOfficer: 'dpo@example.lu' }), 'fr'))).toContain(
      'href="mailto:dpo@example.lu"',
    );
  });

  test('the host’s country decides whether its data leaves the EU: eea inside the EU and EEA, another basis outside', () => {
    const parse = (hostCountry: string, hostTransferBasis: string) =>
      settingsSchema.safeParse({ formspreeFormId: 'xqkrvbnw', ...filled, hostCountry, hostTransferBasis }).success;
    expect(parse('LU', 'eea')).toBe(true);
    expect(parse('NO', 'eea')).toBe(true);
    expect(parse('DE', 'scc')).toBe(false);
    expect(parse('US', 'eea')).toBe(false);
    expect(parse('US', 'dpf')).toBe(true);
    expect(parse('CH', 'adequacy')).toBe(true);
    // Either one still a placeholder: nothing to compare yet.
    expect(settingsSchema.safeParse({ formspreeFormId: 'xqkrvbnw', ...filled, hostCountry: 'DE', hostTransferBasis: shipped.hostTransferBasis }).success).toBe(
      true,
    );
  });

  test('a placeholder shows as a marked note naming the setting and the file; values are escaped', () => {
    const html = fillSettings('{{controller}}', values(shipped, 'ar'));
    expect(html).toMatch(
      /^<mark class="setting-placeholder" data-setting-placeholder="controller" lang="en" dir="ltr">REPLACE-WITH-[^<]* \(content\/settings\/site\.md: controller\)<\/mark>$/,
    );
    expect(fillSettings('{{controller}}', values(settings({ controller: 'A & <B>' }), 'de'))).toContain('A &amp; &lt;B&gt;');
    expect(() => fillSettings('{{email}}', values(shipped, 'de'))).toThrow(/Unknown setting \{\{email\}\}/);
  });
});

describe('values the site makes', () => {
  test('the form’s fields: every field the form sends, in its order, each with how the form needs it, in every language', () => {
    // The list is the form's own: its fields, then those the page fills in (the same modules the island imports).
    expect(sentFields.map((field) => field.name)).toEqual([...fieldNames, ...Object.values(pageFields)]);
    for (const lang of localeCodes) {
      const t = useTranslations(lang);
      const html = fillSettings('<p>{{formFields}}</p>', values(shipped, lang));
      // A block of its own: the paragraph around the token is gone.
      expect(html).toMatch(/^<ul class="form-fields" data-setting="formFields"><li [^]*<\/li><\/ul>$/);
      const items = [...html.matchAll(/<li data-field="([^"]+)" data-need="([^"]+)">([^<]*)<\/li>/g)];
      expect(items.map((item) => item[1])).toEqual(sentFields.map((field) => field.name));
      for (const [, name, need, text] of items) {
        expect(need, `${lang} ${name}`).toBe(name && name in fieldNeeds ? fieldNeeds[name as keyof typeof fieldNeeds] : 'automatic');
        expect(text, `${lang} ${name}`).toContain(t(`privacy.need.${need as 'required'}`).replaceAll("'", '&#39;'));
      }
    }
    // Inside a paragraph, the list ends it and starts another: never a list inside a paragraph.
    expect(fillSettings('<p>Das Formular sendet: {{formFields}} Mehr nicht.</p>', values(shipped, 'de'))).toMatch(
      /^<p>Das Formular sendet: <\/p><ul [^>]*>[^]*<\/ul><p> Mehr nicht\.<\/p>$/,
    );
  });

  test('the day the tests passed: a date in the page’s language, or a placeholder naming LISKO_TESTED_ON', () => {
    expect(fillSettings('{{testedOn}}', values(shipped, 'de', '2026-05-04'))).toBe('<time data-setting="testedOn" datetime="2026-05-04">4. Mai 2026</time>');
    expect(fillSettings('{{testedOn}}', values(shipped, 'fr', '2026-05-04'))).toContain('>4 mai 2026</time>');
    expect(fillSettings('{{testedOn}}', values(shipped, 'de'))).toMatch(
      /^<mark class="setting-placeholder" data-setting-placeholder="testedOn" lang="en" dir="ltr">[^<]*LISKO_TESTED_ON[^<]*<\/mark>$/,
    );
  });

  test('the day the tests passed is read from LISKO_TESTED_ON: a real day, or nothing; anything else stops the build', () => {
    const saved = process.env[testedOnVariable];
    try {
      delete process.env[testedOnVariable];
      expect(testedOn()).toBeUndefined();
      process.env[testedOnVariable] = ' 2026-05-04 ';
      expect(testedOn()).toBe('2026-05-04');
      for (const wrong of ['04.05.2026', '2026-02-30', 'today']) {
        process.env[testedOnVariable] = wrong;
        expect(() => testedOn()).toThrow(`LISKO_TESTED_ON must be the day the tests passed, like 2026-05-04 (found "${wrong}")`);
      }
    } finally {
      if (saved === undefined) delete process.env[testedOnVariable];
      else process.env[testedOnVariable] = saved;
    }
  });
});

describe('npm run deploy:check (scripts/check-deploy.ts)', () => {
  const root = mkdtempSync(join(tmpdir(), 'lisko-deploy-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const script = join(projectRoot, 'scripts/check-deploy.ts');

  /**
   * Runs the check in a folder of its own holding only this settings file (and `setUp`'s files).
   * Each run starts Node, so the runs go side by side (test.concurrent), not one after another.
   */
  async function deployCheck(values: Record<string, unknown>, dist = 'no-dist', setUp: (dir: string) => void = () => {}, history = true) {
    const dir = mkdtempSync(join(root, 'run-'));
    mkdirSync(join(dir, 'content/settings'), { recursive: true });
    writeFileSync(join(dir, 'content/settings/site.md'), `---\n${stringify(values)}---\n`);
    setUp(dir);
    // A clone with its whole history, as a deployment builds from (the pages' dates come from git).
    const git = (...args: string[]) =>
      execFileSync('git', ['-C', dir, '-c', 'user.name=LISKO', '-c', 'user.email=web@lisko.invalid', ...args], { stdio: 'ignore' });
    if (history) {
      git('init', '-q');
      git('add', '-A');
      git('commit', '-q', '-m', 'Content');
    }
    const child = spawn(process.execPath, [script, dist], {
      cwd: dir,
      // Only what a real deployment sets: the form id from the settings, a real address.
      env: { PATH: process.env['PATH'] ?? '', SITE_URL: 'https://www.example.lu' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    return { status, stdout, stderr };
  }
  // A hang detector, not a speed budget: a dozen Node start-ups side by side took over 30 s on a
  // 2-core machine at a load of 30.
  const runTimeout = 180_000;
  const complete = { formspreeFormId: 'xqkrvbnw', ...filled };

  test.concurrent(
    'passes when every setting is filled in',
    async () => {
      const result = await deployCheck(complete);
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      expect(result.stdout).toContain('every privacy setting is filled in');
    },
    runTimeout,
  );

  test.concurrent.each(placeholderSettings)(
    'refuses while %s holds its placeholder, naming the setting and the file',
    async (name) => {
      const result = await deployCheck({ ...complete, [name]: shipped[name] });
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(`content/settings/site.md: "${name}" is not filled in yet (placeholder ${JSON.stringify(shipped[name])})`);
      expect(result.stderr).toContain('Not ready to publish: 1 problem.');
    },
    runTimeout,
  );

  test.concurrent(
    'refuses a setting whose line was left out',
    async () => {
      const { hostName: _left, ...rest } = complete;
      const result = await deployCheck(rest);
      expect(result.status).toBe(1);
      expect(result.stderr).toContain('content/settings/site.md: "hostName" is not filled in yet');
    },
    runTimeout,
  );

  test.concurrent(
    'refuses a built page that still shows a placeholder, naming the page and the setting',
    async () => {
      const result = await deployCheck(complete, 'built', (dir) => {
        const page = join(dir, 'built/de/privacy/index.html');
        mkdirSync(join(page, '..'), { recursive: true });
        writeFileSync(
          page,
          `<p><mark class="setting-placeholder" data-setting-placeholder="hostName" lang="en" dir="ltr">${String(shipped.hostName)}</mark></p>`,
        );
      });
      expect(result.status).toBe(1);
      expect(result.stderr).toContain('built/de/privacy/index.html: was built with placeholders for hostName.');
    },
    runTimeout,
  );

  test.concurrent(
    'refuses a folder without git history (an archive download), whose pages would show the unpacking day as "Last updated"',
    async () => {
      const result = await deployCheck(complete, 'no-dist', () => {}, false);
      expect(result.status).toBe(1);
      expect(result.stderr).toContain('This folder has no git history (a downloaded archive?)');
      expect(result.stderr).toContain('Not ready to publish: 1 problem.');
    },
    runTimeout,
  );

  test.concurrent(
    'refuses an accessibility statement built without the day the tests passed, saying how to give it',
    async () => {
      const result = await deployCheck(complete, 'built', (dir) => {
        for (const lang of ['de', 'ar']) {
          const page = join(dir, `built/${lang}/accessibility/index.html`);
          mkdirSync(join(page, '..'), { recursive: true });
          writeFileSync(page, `<p>${fillSettings('{{testedOn}}', values(settings(), lang as Locale))}</p>`);
        }
      });
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(
        'built/{ar,de}/accessibility/index.html: was built without LISKO_TESTED_ON, so the accessibility statement does not say when the tests last passed.',
      );
      expect(result.stderr).not.toContain('Fill them in content/settings/site.md');
    },
    runTimeout,
  );
});
