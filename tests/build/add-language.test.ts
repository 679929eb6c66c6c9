/**
 * SLOW (one real `astro build`, about 10–30 s): proves that adding a language takes one line in
 * src/i18n/locales.ts, one UI-strings file and content files, and nothing else.
 *
 * Copies the project (without node_modules, dist, .git) to a temporary folder, links node_modules,
 * adds Portuguese (`pt`) with ONE translated page, builds, and checks that every /pt/ page exists,
 * the translated page is used, and the other /pt/ pages are German fallbacks marked noindex and
 * left out of the sitemap. The copy gets a small git history so the outdated-translation notice
 * is checked in the built HTML too.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const projectRoot = join(import.meta.dirname, '../..');
/** Not copied: installed packages (linked instead), build output, caches, history, tests. */
const skip = new Set(['node_modules', 'dist', '.astro', '.git', 'test-results', 'playwright-report', 'bench-results', 'tests', 'translation-status.md']);

const localeLine = "  pt: { label: 'Português', lang: 'pt', dir: 'ltr', intl: 'pt-PT' },";
const fallbackNotice = 'Esta página ainda não existe em português. Está a ver o original em alemão.';

let root = '';
let build: ReturnType<typeof spawnSync> | undefined;
const read = (path: string) => readFileSync(join(root, 'dist', path), 'utf8');
/** Like toContain, but a failure names the page and the snippet instead of printing the whole page. */
function expectIn(path: string, snippet: string | RegExp, present = true): void {
  const html = read(path);
  const found = typeof snippet === 'string' ? html.includes(snippet) : snippet.test(html);
  expect(found, `${path} ${present ? 'should' : 'should not'} contain ${String(snippet)}`).toBe(present);
}
const pagesIn = (dir: string): string[] =>
  readdirSync(join(root, 'dist', dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.name === 'index.html')
    .map((entry) => join(entry.parentPath, entry.name).slice(join(root, 'dist').length));

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'lisko-add-language-'));
  // Not the web editor either: it is no part of what these builds check, and bundling it takes most of a build's time.
  cpSync(projectRoot, root, { recursive: true, filter: (source) => !skip.has(relative(projectRoot, source).split(sep)[0] ?? '') && relative(projectRoot, source) !== join('src', 'pages', 'admin') });
  // node_modules: a real folder of links, so Vite's caches land in the copy, not in the project.
  mkdirSync(join(root, 'node_modules'));
  for (const entry of readdirSync(join(projectRoot, 'node_modules'))) {
    if (entry !== '.vite' && entry !== '.astro') symlinkSync(join(projectRoot, 'node_modules', entry), join(root, 'node_modules', entry));
  }

  // 1. One line of configuration.
  const localesFile = join(root, 'src/i18n/locales.ts');
  const locales = readFileSync(localesFile, 'utf8');
  const withPt = locales.replace(/^} as const satisfies/m, `${localeLine}\n} as const satisfies`);
  if (withPt === locales) throw new Error('src/i18n/locales.ts changed shape: cannot add the test language');
  writeFileSync(localesFile, withPt);
  // 2. One UI-strings file (English, with the fallback notice in Portuguese to recognise it).
  const ui = JSON.parse(readFileSync(join(root, 'src/i18n/ui/en.json'), 'utf8')) as Record<string, string>;
  writeFileSync(join(root, 'src/i18n/ui/pt.json'), `${JSON.stringify({ ...ui, 'notice.fallback': fallbackNotice }, null, 2)}\n`);
  // 3. One translated page.
  mkdirSync(join(root, 'content/pages/pt'));
  writeFileSync(
    join(root, 'content/pages/pt/about.md'),
    '---\ntitle: Sobre a LISKO\ndescription: Quem é a LISKO, como trabalhamos e quem acompanhamos no Luxemburgo desde 2016.\nreviewed: true\n---\nA LISKO foi fundada em 2016.\n',
  );

  // A history in which the German original of "about" changes after the Portuguese translation.
  const env = { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1', GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.com', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.com' };
  const git = (args: string[], date?: string) =>
    execFileSync('git', ['-C', root, ...args], { env: date ? { ...env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : env, stdio: 'ignore' });
  git(['init', '-q']);
  git(['add', '-A']);
  git(['commit', '-q', '-m', 'Project with Portuguese'], '2026-03-01T10:00:00+01:00');
  writeFileSync(join(root, 'content/pages/de/about.md'), `${readFileSync(join(root, 'content/pages/de/about.md'), 'utf8')}\nEin neuer Absatz.\n`);
  git(['commit', '-q', '-a', '-m', 'Add a paragraph to the about page'], '2026-05-01T10:00:00+02:00');

  // Vitest (with Astro's Vite config) puts import.meta.env's names into process.env (PROD='' among
  // them): a build that inherited them would think it is not a production build.
  const { VITEST: _vitest, VITEST_MODE: _mode, VITEST_POOL_ID: _pool, VITEST_WORKER_ID: _worker, NODE_ENV: _nodeEnv, TEST: _test, MODE: _m, DEV: _d, PROD: _p, SSR: _s, SITE: _site, BASE_URL: _base, ...cleanEnv } = process.env;
  const runEnv = { ...cleanEnv, SITE_URL: 'https://lisko.example', ASTRO_TELEMETRY_DISABLED: '1' };
  const check = spawnSync(process.execPath, ['scripts/check-content.ts'], { cwd: root, env: runEnv, encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`npm run check failed in the copy:\n${check.stdout}${check.stderr}`);
  build = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: root, env: runEnv, encoding: 'utf8' });
}, 240_000);

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('adding a language (one config line, one UI file, one page) — slow: builds the site', () => {
  test('the site builds', () => {
    expect(build?.status, `${build?.stdout ?? ''}${build?.stderr ?? ''}`).toBe(0);
  });

  test('every page exists in the new language, and the language is offered everywhere', () => {
    const german = pagesIn('de').map((path) => path.replace(/^\/de\//, '/'));
    const portuguese = pagesIn('pt').map((path) => path.replace(/^\/pt\//, '/'));
    expect(german.length).toBeGreaterThan(10);
    expect(portuguese.sort()).toEqual(german.sort());
    expectIn('index.html', /<a href="\/pt\/" lang="pt" dir="ltr" hreflang="pt">\s*Português/);
    expectIn('de/about/index.html', /<a href="\/pt\/about\/" lang="pt" hreflang="pt" dir="ltr"[^>]*>Português<\/a>/);
    // Netlify sends `/` to the new language too (dist/_redirects is written from the locales list).
    expectIn('_redirects', /^\/ {2}\/pt\/ {2}302! {2}Language=pt$/m);
  });

  test('the translated page is used, indexed and announced', () => {
    expectIn('pt/about/index.html', '<html lang="pt" dir="ltr">');
    expectIn('pt/about/index.html', '<h1>Sobre a LISKO</h1>');
    expectIn('pt/about/index.html', 'A LISKO foi fundada em 2016.');
    expectIn('pt/about/index.html', 'noindex', false);
    expectIn('pt/about/index.html', fallbackNotice, false);
    expectIn('de/about/index.html', '<link rel="alternate" hreflang="pt" href="https://lisko.example/pt/about/">');
    expectIn('sitemap-0.xml', '<loc>https://lisko.example/pt/about/</loc>');
  });

  test('the other pages are German fallbacks: marked, noindex, not in the sitemap', () => {
    // The handout is written from UI strings only (no content file), so it is whole in Portuguese.
    const others = pagesIn('pt').filter((path) => path !== '/pt/about/index.html' && path !== '/pt/handout/index.html');
    expect(others.length).toBeGreaterThan(10);
    for (const path of others) {
      expectIn(path, '<meta name="robots" content="noindex">');
      expectIn(path, fallbackNotice);
      expectIn('sitemap-0.xml', `<loc>https://lisko.example${path.replace(/index\.html$/, '')}</loc>`, false);
    }
    expectIn('pt/contact/index.html', /<div class="page" lang="de" dir="ltr"><h1>Kontakt<\/h1>/);
  });

  test('a translation whose original changed later says so, with the date in the visitor’s language', () => {
    expectIn('pt/about/index.html', /class="notice-outdated">[^<]*<time datetime="2026-05-01">1 de maio de 2026<\/time>/);
    expectIn('fr/about/index.html', /class="notice-outdated">[^<]*<time datetime="2026-05-01">1 mai 2026<\/time>/);
    expectIn('fr/contact/index.html', 'notice-outdated', false);
    expectIn('de/about/index.html', 'notice-outdated', false);
  });
});
