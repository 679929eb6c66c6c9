/**
 * Content changes never break the tests. The unit and component tests run on a copy of the site holding what
 * editors change most (`editorsChanges` in tests/support/variantSite.ts: closures, a later
 * closing time, a service in German only, the web editor's saved files), plus a new telephone
 * number and a translation taken out because it was wrong. The browser tests read the same things
 * from the content (tests/support/siteContent.ts), and the variant build holds these changes too
 * (tests/build/hours.test.ts).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { localeCodes, defaultLocale } from '../../src/i18n/locales.ts';
import { cleanEnv, makeTestProject, projectRoot } from '../support/testProject.ts';
import { editorsChanges, newService } from '../support/variantSite.ts';

/** What the unit and component tests read besides the site's sources. */
const testFiles = [
  'vitest.config.ts',
  'tests/unit',
  'tests/components',
  'tests/support',
  'tests/fixtures',
  'EDITING.md',
  'ADMIN.md',
  'README.md',
  '.github',
  '.nvmrc',
];

test('the unit tests pass on a copy with the changes editors make most', () => {
  const project = makeTestProject();
  try {
    for (const entry of testFiles) cpSync(join(projectRoot, entry), project.path(entry), { recursive: true });
    editorsChanges(project);
    // A telephone number changed (any valid number: this copy is never published).
    project.edit('content/contact/lisko.md', (text) => text.replace(/^( {2}- )"\+352 [\d ]+"$/m, '$1"+352 2755 5699"'));
    // The last translated about page taken out: the German original is shown there instead.
    const withoutAbout = localeCodes.filter((lang) => lang !== defaultLocale && existsSync(project.path(`content/pages/${lang}/about.md`))).at(-1);
    if (withoutAbout) rmSync(project.path(`content/pages/${withoutAbout}/about.md`));
    expect(project.read(`content/services/${defaultLocale}/${newService}.md`)).toContain('title:');

    const run = spawnSync(process.execPath, [project.path('node_modules/vitest/vitest.mjs'), 'run', '--project', 'unit', '--project', 'components'], {
      cwd: project.root,
      env: cleanEnv({ CI: 'true', NO_COLOR: '1', FORCE_COLOR: '0' }),
      encoding: 'utf8',
    });
    expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
    // It ran the tests (a run that found none would pass too).
    expect(run.stdout).toMatch(/Tests\s+\S*\d+ passed/);
  } finally {
    project.dispose();
  }
});
