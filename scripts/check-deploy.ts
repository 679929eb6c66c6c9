/**
 * `npm run deploy:check`: run before publishing. Fails (exit code 1) while the contact form
 * cannot reach LISKO: the placeholder Formspree form id is in use, the form posts somewhere other
 * than https://formspree.io (a test or development build), or a settings value is malformed;
 * and while the site address is the placeholder (SITE_URL unset or https://lisko.example; the
 * built pages, sitemap and calendar files are checked, see src/deploy/siteAddress.ts).
 *
 * It also fails in a folder without the whole git history (the pages' dates come from it), and
 * while a privacy or accessibility setting (controller, contact for data requests,
 * retention, host, transfer bases, Formspree's check, conformance, complaint route) still holds its
 * placeholder, in the settings or in a built page, and while a built accessibility statement lacks
 * the day the tests passed (LISKO_TESTED_ON).
 *
 * It checks what a production build uses (content/settings/site.md and the environment variables
 * PUBLIC_FORMSPREE_FORM_ID / PUBLIC_FORMSPREE_ENDPOINT), and, when dist/ exists, what was really
 * built into every contact page.
 * Usage: node scripts/check-deploy.ts [dist]
 */
import { repositoryPlaceholder } from '../src/admin/browser/cmsConfig.ts';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { formspreeTargetFor } from '../src/integrations/formspree.ts';
import { builtPlaceholders, placeholderProblems, readSettings } from '../src/integrations/settings.ts';
import { localeCodes } from '../src/i18n/locales.ts';
import { formspreePlaceholderId } from '../src/model/model.ts';
import { formspreeOrigin, whereToSetFormId } from '../src/contact/formspree.ts';
import { siteAddressProblems } from '../src/deploy/siteAddress.ts';
import { historyState } from '../src/editorial/gitHistory.ts';
import { isSettingToken } from '../src/model/settingTokens.ts';
import { testedOnVariable } from '../src/hours/clock.ts';

const root = process.cwd();
const dist = process.argv[2] ?? 'dist';
const problems: string[] = [];
const notes: string[] = [];

let expected: string | undefined;
try {
  const target = formspreeTargetFor(pathToFileURL(`${root}/`));
  expected = target.action;
  if (target.isPlaceholder) {
    problems.push(
      `The contact form uses the placeholder Formspree form id "${formspreePlaceholderId}": messages would not reach LISKO. To fix it, ${whereToSetFormId}.`,
    );
  }
  if (target.isLocalOverride) {
    problems.push(`PUBLIC_FORMSPREE_ENDPOINT is set to ${target.origin}: a published site must post to ${formspreeOrigin}. Unset it for the production build.`);
  }
  notes.push(`Settings: the contact form posts to ${target.action} (form id from ${target.idSource}).`);
} catch (error) {
  problems.push(error instanceof Error ? error.message : String(error));
}

if (existsSync(dist)) {
  const languages = readdirSync(dist).filter((name) => (localeCodes as readonly string[]).includes(name));
  /** The same problem on several pages is said once, naming the pages. */
  const built = new Map<string, string[]>();
  const report = (problem: string, lang: string) => built.set(problem, [...(built.get(problem) ?? []), lang]);
  for (const lang of languages) {
    const page = join(dist, lang, 'contact', 'index.html');
    if (!existsSync(page)) {
      report('is missing', lang);
      continue;
    }
    const action = /<form\b[^>]*\baction="([^"]*)"/.exec(readFileSync(page, 'utf8'))?.[1];
    if (!action) report('has no contact form', lang);
    else if (action.includes(formspreePlaceholderId))
      report(`was built with the placeholder form id (${action}). Set the real id, then run npm run build again`, lang);
    else if (!action.startsWith(`${formspreeOrigin}/f/`))
      report(`posts to ${action}: this is a test or development build. Run npm run build (without PUBLIC_FORMSPREE_ENDPOINT) before publishing`, lang);
    else if (expected && action !== expected) report(`posts to ${action}, but the settings say ${expected}. Run npm run build again`, lang);
  }
  for (const [problem, langs] of built) {
    const where = langs.length === 1 ? langs[0] : `{${langs.join(',')}}`;
    problems.push(`${dist}/${where}/contact/index.html: ${problem}.`);
  }
  notes.push(`Built site: checked the contact page in ${languages.length} language${languages.length === 1 ? '' : 's'} in ${dist}/.`);
} else {
  notes.push(`Built site: ${dist}/ does not exist yet; only the settings were checked.`);
}

// The public address: not the placeholder, in the settings and in every built file.
problems.push(...siteAddressProblems(dist));

// The dates on the pages come from git: built from a folder without its whole history (an
// archive download, a shallow clone), every "Last updated" date is the day the files were unpacked.
const history = historyState(root);
if (history !== 'full') {
  problems.push(
    history === 'none'
      ? 'This folder has no git history (a downloaded archive?), so every "Last updated" date on the pages is the day the files were unpacked. Build from a git clone of the repository (git clone, then npm run build).'
      : 'This folder is a shallow git clone, so every "Last updated" date on the pages would be wrong. Run git fetch --unshallow (in GitHub Actions: actions/checkout with fetch-depth: 0), then npm run build again.',
  );
}

// The web editor must know which GitHub repository to save to (src/pages/admin/index.astro).
const editorPage = join(dist, 'admin', 'index.html');
if (existsSync(editorPage) && readFileSync(editorPage, 'utf8').includes(repositoryPlaceholder)) {
  problems.push(
    `${dist}/admin/index.html: the web editor does not know the repository it saves to. Build with LISKO_CMS_REPOSITORY=owner/name (GitHub Actions sets GITHUB_REPOSITORY by itself).`,
  );
}
if (existsSync(editorPage) && readFileSync(editorPage, 'utf8').includes('content="test-repo"')) {
  problems.push(`${dist}/admin/index.html: the web editor saves into the browser only (a test build). Run npm run build before publishing.`);
}

// Privacy settings that only LISKO can give (src/model/settingTokens.ts): each placeholder is a problem.
try {
  const unset = placeholderProblems(readSettings(pathToFileURL(`${root}/`)));
  problems.push(...unset);
  if (!unset.length) notes.push('Settings: every privacy setting is filled in.');
} catch (error) {
  // A malformed settings file is reported once (the contact form's check above reads it too).
  const message = error instanceof Error ? error.message : String(error);
  if (!problems.includes(message)) problems.push(message);
}
if (existsSync(dist)) {
  /** The same page in several languages is said once: dist/{de,fr}/privacy/index.html. */
  const pages = new Map<string, string[]>();
  for (const [path, names] of builtPlaceholders(dist)) {
    const parts = relative(dist, path).split(sep);
    // Pages outside a language folder (404.html) are named alone.
    const lang = parts.length > 1 ? parts.shift() : undefined;
    const key = `${parts.join('/')}\n${names.join(', ')}`;
    pages.set(key, [...(pages.get(key) ?? []), ...(lang ? [lang] : [])]);
  }
  for (const [key, langs] of pages) {
    const [page, names = ''] = key.split('\n');
    const where = langs.length === 0 ? '' : langs.length === 1 ? `${langs[0]}/` : `{${langs.join(',')}}/`;
    const settings = names.split(', ').filter(isSettingToken);
    if (settings.length)
      problems.push(
        `${dist}/${where}${page}: was built with placeholders for ${settings.join(', ')}. Fill them in content/settings/site.md, then run npm run build again.`,
      );
    if (names.split(', ').includes('testedOn'))
      problems.push(
        `${dist}/${where}${page}: was built without ${testedOnVariable}, so the accessibility statement does not say when the tests last passed. Run npm test, then build with ${testedOnVariable} set to that day, like ${testedOnVariable}=2026-05-04 npm run build (README.md, "Deploying").`,
      );
  }
}

for (const note of notes) console.log(note);
if (problems.length) {
  console.error(`\nNot ready to publish: ${problems.length} problem${problems.length > 1 ? 's' : ''}.\n`);
  for (const problem of problems) console.error(`  ✗ ${problem}`);
  console.error('');
  process.exit(1);
}
console.log('Ready to publish: the contact form sends to LISKO’s Formspree form.');
