/**
 * On a pull request, `npm run check` writes each problem as a GitHub annotation on the file and
 * line it is about (src/check/annotations.ts): checked on every malformed-content fixture.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { githubAnnotations, locate } from '../../src/check/annotations.ts';
import { checkContent } from '../../src/check/check.ts';
import { readCheckOptions } from '../../src/check/files.ts';
import { badContentCases, contentWith, projectRoot, writeCaseCopy } from '../support/badContent.ts';

const options = readCheckOptions(projectRoot);
const cases = badContentCases();

describe('each problem is located on its file and line', () => {
  for (const testCase of cases) {
    test(testCase.name, () => {
      const files = contentWith(testCase);
      for (const problem of checkContent(files, options)) {
        const { file, line, message } = locate(problem);
        expect(`${file}: ${message}`.replace(`: line ${line}: `, ': ')).toBe(problem.replace(/: line \d+: /, ': '));
        const text = files.find((candidate) => candidate.path === file)?.text;
        if (text === undefined) continue; // a missing file: its first line
        const lines = text.split('\n');
        expect(line, problem).toBeGreaterThanOrEqual(1);
        expect(line, problem).toBeLessThanOrEqual(Math.max(lines.length, 1));
        // The line holds what the message found there (a field's value, a link, a tag).
        const found = /\(found "([^"…]+)"/.exec(message)?.[1];
        if (found && /^line \d+: /.test(problem.slice(file.length + 2))) expect(lines[line - 1], problem).toContain(found.split('"')[0]);
        // A field the file has is named on its own line.
        const unknown = /(?:has unknown fields?|is misspelt|has a line for)\b/.test(message)
          ? /"([^"]+)"(?!.*")/.exec(message.split(' (check')[0]!)?.[1]
          : undefined;
        if (unknown && !/misspelt/.test(message)) expect(lines[line - 1], problem).toMatch(new RegExp(`^\\s*(-\\s+)?${unknown}:`));
      }
    });
  }
});

describe('npm run check in GitHub Actions', () => {
  test('prints one ::error annotation per problem, with file and line', () => {
    const testCase = cases.find((c) => c.name === 'bad-time');
    if (!testCase) throw new Error('fixture bad-time is missing');
    const files = contentWith(testCase);
    expect(githubAnnotations(checkContent(files, options))).toEqual([
      '::error file=content/hours/reception.md,line=8,title=Content check (EDITING.md explains every message)::content/hours/reception.md: "closes" of slot 2 must be a time like 16:00 (24-hour clock, HH%3AMM) (found "4pm")'.replace(
        'HH%3AMM',
        'HH:MM',
      ),
    ]);
  });

  test('run as GitHub runs it, on a broken fixture: the annotation names the file from the project root and the line of the mistake, and the check fails', () => {
    const testCase = cases.find((c) => c.name === 'bad-time');
    if (!testCase) throw new Error('fixture bad-time is missing');
    const [expected] = testCase.expected;
    const broken = testCase.overrides[0];
    if (!expected || !broken) throw new Error('fixture bad-time has no file or no expected message');
    // The line of the fixture file that holds the wrong value the message quotes.
    const found = /\(found "([^"]+)"\)$/.exec(expected)?.[1] ?? '';
    const line = broken.text.split('\n').findIndex((text) => found !== '' && text.includes(`"${found}"`)) + 1;
    expect(line, `no line of ${broken.path} holds "${found}"`).toBeGreaterThan(1);
    // A copy of the project's content with the fixture applied.
    const root = writeCaseCopy(testCase, 'lisko-annotate-');
    try {
      const run = spawnSync(process.execPath, [join(projectRoot, 'scripts/check-content.ts'), root], {
        encoding: 'utf8',
        env: { ...process.env, GITHUB_ACTIONS: 'true' },
      });
      expect(run.status).toBe(1);
      const message = expected.slice(`${broken.path}: line ${line}: `.length);
      expect(run.stdout.trim().split('\n')).toEqual([
        `::error file=${broken.path},line=${line},title=Content check (EDITING.md explains every message)::${broken.path}: ${message}`,
      ]);
      // The full list, without GitHub's limit of annotations per step, is in the log.
      expect(run.stderr).toContain(`  ✗ ${expected}\n`);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }, 120_000); // starts Node

  test('the real content gives no annotation', () => {
    const run = spawnSync(process.execPath, [join(projectRoot, 'scripts/check-content.ts'), projectRoot], {
      encoding: 'utf8',
      env: { ...process.env, GITHUB_ACTIONS: 'true' },
    });
    expect(run.status).toBe(0);
    expect(run.stdout).not.toContain('::error');
  }, 120_000);
});
