/**
 * One way to make a project for a test (after Starlight's `makeTestProject`): a folder holding a
 * copy of the site (or only the files a test gives), edited with `write`/`edit`, given a git
 * history with known dates (`commit`), checked and built (`build`). Used by the variant build
 * (tests/support/variantSite.ts), the translation-status test's scratch repository and
 * `npm run bench`'s synthetic sites.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';

export const projectRoot = join(import.meta.dirname, '../..');

/** What a build reads: the site's sources. Not tests, scripts' outputs, history or installed packages. */
const copied = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content', 'public', 'scripts'];

export interface TestProjectOptions {
  /** Start from a copy of the site (default), or from an empty folder. */
  copy?: boolean;
  /**
   * Leave the web editor (/admin/) out: no test of a variant checks it, and bundling it takes
   * most of a build's time. Default true.
   */
  withoutEditor?: boolean;
  /** Files to write, path → text. */
  files?: Record<string, string>;
  /** Where to make it (default: a new temporary folder). An existing folder there is replaced. */
  dir?: string;
}

export interface BuildResult {
  status: number | null;
  output: string;
}

/** A committer the tests control: no global git configuration, known names. */
const gitEnv = {
  ...process.env,
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.com',
};

/**
 * Vitest (with Astro's Vite config) puts import.meta.env's names into process.env (PROD='' among
 * them), and the test build's settings may be set too: a build that inherited them would not be
 * the build the test describes.
 */
const inherited = [
  'VITEST',
  'VITEST_MODE',
  'VITEST_POOL_ID',
  'VITEST_WORKER_ID',
  'NODE_ENV',
  'TEST',
  'MODE',
  'DEV',
  'PROD',
  'SSR',
  'SITE',
  'BASE_URL',
  'BASE_PATH',
  'SITE_URL',
  'PUBLIC_FORMSPREE_ENDPOINT',
  'LISKO_ANNOUNCEMENTS_DIR',
  'LISKO_HOURS_DIR',
  'LISKO_BUILD_NOW',
  'LISKO_CMS_BACKEND',
];
export function cleanEnv(env: Record<string, string> = {}): NodeJS.ProcessEnv {
  const clean = { ...process.env };
  for (const name of inherited) delete clean[name];
  return { ...clean, ASTRO_TELEMETRY_DISABLED: '1', ...env };
}

export class TestProject {
  readonly root: string;

  constructor({ copy = true, withoutEditor = true, files = {}, dir }: TestProjectOptions = {}) {
    if (dir) {
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(dir, { recursive: true });
    }
    this.root = dir ?? mkdtempSync(join(tmpdir(), 'lisko-test-'));
    if (copy) {
      const admin = join(projectRoot, 'src', 'pages', 'admin');
      for (const entry of copied) {
        cpSync(join(projectRoot, entry), join(this.root, entry), {
          recursive: true,
          filter: (source) => !(withoutEditor && (source === admin || source.startsWith(`${admin}${sep}`))),
        });
      }
      // A real folder of links, so Vite's caches land in the copy, not in the project.
      mkdirSync(join(this.root, 'node_modules'));
      for (const entry of readdirSync(join(projectRoot, 'node_modules'))) {
        if (entry !== '.vite' && entry !== '.astro' && entry !== '.cache')
          symlinkSync(join(projectRoot, 'node_modules', entry), join(this.root, 'node_modules', entry));
      }
    }
    for (const [path, text] of Object.entries(files)) this.write(path, text);
  }

  path(...parts: string[]): string {
    return join(this.root, ...parts);
  }

  read(path: string): string {
    return readFileSync(this.path(path), 'utf8');
  }

  write(path: string, text: string): void {
    mkdirSync(dirname(this.path(path)), { recursive: true });
    writeFileSync(this.path(path), text);
  }

  /** Changes a file; throws when the change changes nothing (the file changed shape). */
  edit(path: string, change: (text: string) => string): string {
    const before = this.read(path);
    const after = change(before);
    if (after === before) throw new Error(`${path} changed shape: the test cannot make its change`);
    this.write(path, after);
    return after;
  }

  /** Sets a file's modification time (an edit not committed yet). */
  touch(path: string, date: string): void {
    utimesSync(this.path(path), new Date(date), new Date(date));
  }

  /** Runs git in the project; `date` sets both the author and the committer date. */
  git(args: string[], date?: string): string {
    return execFileSync('git', ['-C', this.root, ...args], {
      env: date ? { ...gitEnv, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : gitEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
      encoding: 'utf8',
    });
  }

  /** Commits everything as it is now (starting the repository on the first call). */
  commit(message: string, date: string, { authorDate }: { authorDate?: string } = {}): void {
    if (!this.isRepository) this.git(['init', '-q']);
    this.isRepository = true;
    this.git(['add', '-A']);
    execFileSync('git', ['-C', this.root, 'commit', '-q', '-m', message], {
      env: { ...gitEnv, GIT_AUTHOR_DATE: authorDate ?? date, GIT_COMMITTER_DATE: date },
      stdio: 'ignore',
    });
  }

  private isRepository = false;

  /** `npm run check` then `astro build`, as `npm run build` does, with only `env` set. */
  build(env: Record<string, string> = {}, args: string[] = []): BuildResult & { ms: number; pages: number } {
    const started = performance.now();
    const runEnv = cleanEnv(env);
    const check = spawnSync(process.execPath, [join(this.root, 'scripts/check-content.ts')], { cwd: this.root, env: runEnv, encoding: 'utf8' });
    if (check.status !== 0) return { status: check.status, output: `npm run check failed:\n${check.stdout}${check.stderr}`, ms: 0, pages: 0 };
    const build = spawnSync(process.execPath, [this.path('node_modules/astro/bin/astro.mjs'), 'build', ...args], {
      cwd: this.root,
      env: runEnv,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    const output = `${build.stdout}${build.stderr}`;
    return { status: build.status, output, ms: performance.now() - started, pages: Number(/(\d+) page\(s\) built/.exec(build.stdout)?.[1] ?? NaN) };
  }

  /** Paths of the project's files under `dir`, from the project root, with `/`. */
  files(dir: string): string[] {
    return readdirSync(this.path(dir), { withFileTypes: true, recursive: true })
      .filter((entry) => entry.isFile())
      .map((entry) => relative(this.root, join(entry.parentPath, entry.name)).split(sep).join('/'));
  }

  dispose(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}

export function makeTestProject(options?: TestProjectOptions): TestProject {
  return new TestProject(options);
}
