/**
 * The GitHub workflows (.github/workflows/) cannot run here, so what can be read is checked: the
 * check on every pull request runs `npm run check` and the build, every npm command they run is one
 * package.json has (a renamed script would otherwise break the check only on GitHub), and every
 * action is pinned to a commit.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { load as parseYaml } from 'js-yaml';
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
const scripts = Object.keys((JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts);
const steps = (workflow: Workflow) => Object.values(workflow.jobs).flatMap((job) => job.steps);
/** `npm run check`, `npm test`: the script each npm command line of a step runs. */
const npmScripts = (run: string) => [...run.matchAll(/\bnpm (?:run (\S+)|(test|start))\b/g)].map((match) => match[1] ?? match[2]!);

test('the check on a pull request runs the content check, then the build, and stops at the first failure', () => {
  const check = workflows.find(({ name }) => name === 'check.yml')?.workflow;
  if (!check) throw new Error('.github/workflows/check.yml is missing');
  expect(Object.keys(check.on)).toContain('pull_request');
  const run = steps(check).flatMap((step) => (step.run ? npmScripts(step.run) : []));
  expect(run).toEqual(['check', 'build']);
  expect(steps(check).filter((step) => step['continue-on-error'])).toEqual([]);
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
