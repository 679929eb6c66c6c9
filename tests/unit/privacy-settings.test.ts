/**
 * The privacy settings that only LISKO can give (content/settings/site.md): how a page shows
 * them, and `npm run deploy:check` refusing each one while it holds its placeholder.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { stringify } from 'yaml';
import { localeCodes } from '../../src/i18n/locales.ts';
import { useTranslations } from '../../src/i18n/ui.ts';
import { settingsSchema, type SettingsData } from '../../src/model/schema.ts';
import { isPlaceholder, placeholderSettings, type PlaceholderSetting } from '../../src/model/model.ts';
import { fillSettings, placeholdersInUse } from '../../src/model/settingTokens.ts';
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
  formspreeTransferBasis: 'dpf',
};
const shipped = settingsSchema.parse({ formspreeFormId: 'xqkrvbnw' });
const settings = (overrides: Partial<Record<PlaceholderSetting, unknown>> = {}): SettingsData =>
  settingsSchema.parse({ formspreeFormId: 'xqkrvbnw', ...filled, ...overrides });

describe('settings in page texts', () => {
  test('a value cannot write HTML into the page: it is escaped (SettingsText writes the result unescaped)', () => {
    const hostile = settings({ controller: 'Ex</p><script>alert(1)</script>', hostName: '"><img src=x onerror=alert(1)>' });
    const html = fillSettings('<p>{{controller}} / {{hostName}}</p>', hostile, 'de', useTranslations('de'));
    expect(html).not.toMatch(/<script|<img/);
    expect(html).toContain('&lt;script&gt;');
  });

  test('every setting has a placeholder that counts as one, also when its line is left out', () => {
    expect(Object.keys(filled).sort()).toEqual([...placeholderSettings].sort());
    for (const name of placeholderSettings) expect(isPlaceholder(shipped[name]), name).toBe(true);
    expect(placeholdersInUse(shipped)).toEqual([...placeholderSettings]);
    expect(placeholdersInUse(settings())).toEqual([]);
  });

  test('are shown in the page’s language: days, countries, the transfer basis, no data protection officer', () => {
    const text = placeholderSettings.map((name) => `{{${name}}}`).join(' | ');
    for (const lang of localeCodes) {
      const t = useTranslations(lang);
      // As a browser reads it: the Somali basis has an apostrophe (go'aan), escaped in the HTML.
      const html = fillSettings(text, settings(), lang, t).replaceAll('&#39;', "'");
      expect(html).not.toContain('{{');
      expect(html).not.toContain('setting-placeholder');
      expect(html).toContain(new Intl.DisplayNames(lang, { type: 'region' }).of('US'));
      expect(html).toContain(t('privacy.transferBasis.dpf'));
      expect(html).toContain(t('privacy.noDpo'));
      expect(html).toContain('href="mailto:data@example.lu"');
      expect(html).toContain('365');
    }
    expect(fillSettings('{{liskoRetentionDays}}', settings(), 'de', useTranslations('de'))).toContain('365 Tage');
    expect(fillSettings('{{formspreeTransferBasis}}', settings({ formspreeTransferBasis: 'scc' }), 'en', useTranslations('en'))).toContain(
      'standard contractual clauses',
    );
    expect(fillSettings('{{dataProtectionOfficer}}', settings({ dataProtectionOfficer: 'dpo@example.lu' }), 'fr', useTranslations('fr'))).toContain(
      'href="mailto:dpo@example.lu"',
    );
  });

  test('a placeholder shows as a marked note naming the setting and the file; values are escaped', () => {
    const html = fillSettings('{{controller}}', shipped, 'ar', useTranslations('ar'));
    expect(html).toMatch(
      /^<mark class="setting-placeholder" data-setting-placeholder="controller" lang="en" dir="ltr">REPLACE-WITH-[^<]* \(content\/settings\/site\.md: controller\)<\/mark>$/,
    );
    expect(fillSettings('{{controller}}', settings({ controller: 'A & <B>' }), 'de', useTranslations('de'))).toContain('A &amp; &lt;B&gt;');
    expect(() => fillSettings('{{email}}', shipped, 'de', useTranslations('de'))).toThrow(/Unknown setting \{\{email\}\}/);
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
  async function deployCheck(values: Record<string, unknown>, dist = 'no-dist', setUp: (dir: string) => void = () => {}) {
    const dir = mkdtempSync(join(root, 'run-'));
    mkdirSync(join(dir, 'content/settings'), { recursive: true });
    writeFileSync(join(dir, 'content/settings/site.md'), `---\n${stringify(values)}---\n`);
    setUp(dir);
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
});
