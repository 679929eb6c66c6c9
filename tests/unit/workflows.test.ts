/**
 * The GitHub workflows (.github/workflows/) cannot run here, so what can be read is checked: the
 * check on every pull request runs `npm run check` and the build, every npm command they run is one
 * package.json has (a renamed script would otherwise break the check only on GitHub), every
 * action is pinned to a commit, and the translation status reaches the summary page (the step is
 * run here, as GitHub runs it).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, test } from 'vitest';
import { projectRoot } from '../support/testProject.ts';

interface Step {
  run?: string;
  uses?: string;
  with?: Record<string, string>;
  'continue-on-error'?: boolean;
}
interface Workflow {
  on: Record<string, unknown>;
  jobs: Record<string, { steps: Step[] }>;
}

const dir = join(projectRoot, '.github/workflows');
const workflows = readdirSync(dir)
  .filter((name) => name.endsWith('.yml'))
  .map((name) => ({ name, workflow: parseYaml(readFileSync(join(dir, name), 'utf8')) as Workflow }));
const scriptLines = (JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
const scripts = Object.keys(scriptLines);
const workflowNamed = (name: string): Workflow => {
  const found = workflows.find((candidate) => candidate.name === name)?.workflow;
  if (!found) throw new Error(`.github/workflows/${name} is missing`);
  return found;
};
const steps = (workflow: Workflow) => Object.values(workflow.jobs).flatMap((job) => job.steps);
/** `npm run check`, `npm test`: the script each npm command line of a step runs. */
const npmScripts = (run: string) => [...run.matchAll(/\bnpm (?:run (\S+)|(test|start))\b/g)].map((match) => match[1] ?? match[2]!);

test('the check on a pull request runs the content check, the facts and the build; the build only when all before it passed', () => {
  const check = workflows.find(({ name }) => name === 'check.yml')?.workflow;
  if (!check) throw new Error('.github/workflows/check.yml is missing');
  expect(Object.keys(check.on)).toContain('pull_request');
  const run = steps(check).flatMap((step) => (step.run ? npmScripts(step.run) : []));
  expect(run).toEqual(['check', 'check:facts', 'i18n:status', 'build']);
  expect(steps(check).filter((step) => step['continue-on-error'])).toEqual([]);
  // No condition on the build: GitHub skips it after any failed step. (The facts and the status
  // run after a failed content check too: each tells its own problem.)
  expect(steps(check).find((step) => step.run?.includes('npm run build'))).not.toHaveProperty('if');
});

test('on main, the content check runs as its own step before the tests, so a broken push gets its annotations too', () => {
  const run = steps(workflowNamed('deploy.yml')).flatMap((step) => (step.run ? npmScripts(step.run) : []));
  expect(run.indexOf('check')).toBeGreaterThanOrEqual(0);
  expect(run.indexOf('check')).toBeLessThan(run.indexOf('test'));
});

test('the deployment builds with the day its tests passed (LISKO_TESTED_ON), taken only after npm test', () => {
  const all = steps(workflowNamed('deploy.yml')) as (Step & { id?: string; env?: Record<string, string> })[];
  const test = all.findIndex((step) => step.run && npmScripts(step.run).includes('test'));
  const tested = all.findIndex((step) => step.id === 'tested');
  const build = all.findIndex((step) => step.run && npmScripts(step.run).includes('build'));
  expect(test).toBeGreaterThanOrEqual(0);
  expect(tested).toBeGreaterThan(test);
  expect(build).toBeGreaterThan(tested);
  expect(all[tested]?.run).toContain('>> "$GITHUB_OUTPUT"');
  expect(all[build]?.env?.['LISKO_TESTED_ON']).toBe('${{ steps.tested.outputs.day }}');
});

describe('the translation status is on the summary page of every pull request check and every deployment', () => {
  const summarySteps = (name: string) => steps(workflowNamed(name)).filter((step) => step.run?.includes('$GITHUB_STEP_SUMMARY'));

  test.each(['check.yml', 'deploy.yml'])('%s writes it with npm run i18n:status, which runs a script that exists', (name) => {
    const [step, ...more] = summarySteps(name);
    expect(more).toEqual([]);
    expect(npmScripts(step?.run ?? '')).toEqual(['i18n:status']);
    const file = /\bnode (\S+\.ts)\b/.exec(scriptLines['i18n:status'] ?? '')?.[1];
    expect(file && existsSync(join(projectRoot, file)), scriptLines['i18n:status']).toBe(true);
  });

  test('the step, run as GitHub runs it, writes the Markdown report into the summary file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lisko-summary-'));
    try {
      const summary = join(dir, 'step-summary.md');
      const run = spawnSync('sh', ['-c', summarySteps('check.yml')[0]?.run ?? 'false'], {
        cwd: projectRoot,
        encoding: 'utf8',
        env: { ...process.env, GITHUB_STEP_SUMMARY: summary },
      });
      expect(run.status, run.stderr).toBe(0);
      const markdown = readFileSync(summary, 'utf8');
      expect(markdown).toMatch(/^# Translation status\n/);
      expect(markdown).toContain('| Language | Translated | Outdated | Missing | Not reviewed yet |');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000); // starts npm and Node
});

describe.each(workflows)('$name', ({ workflow }) => {
  test('runs only npm scripts that package.json has', () => {
    for (const step of steps(workflow)) {
      for (const script of step.run ? npmScripts(step.run) : []) expect(scripts, step.run).toContain(script);
    }
  });

  test('pins every action to a commit, and reads the Node version from a file that exists', () => {
    for (const step of steps(workflow)) {
      if (step.uses) expect(step.uses).toMatch(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/);
      const versionFile = step.with?.['node-version-file'];
      if (versionFile) expect(existsSync(join(projectRoot, versionFile)), versionFile).toBe(true);
    }
  });
});
