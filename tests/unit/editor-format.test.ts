/**
 * ADMIN.md's examples (files edited by hand) are in the format the web editor (Sveltia CMS, src/admin/browser/cmsConfig.ts,
 * `yaml: { quote: 'double' }`) writes: text and dates in double quotes, true/false and numbers
 * bare, no `#` comments (the editor drops them on save). Files written as the guide shows are then
 * saved by the editor unchanged but for what the editor changed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../src/check/check.ts';
import { readCheckOptions, readContentFiles } from '../../src/check/files.ts';
import { frontmatterData, splitFrontmatter } from '../../src/model/frontmatter.ts';
import { projectRoot } from '../support/badContent.ts';
import { editorFormatProblems } from '../support/editorFormat.ts';

describe('the check of the web editor’s format', () => {
  test('accepts what the editor writes', () => {
    const saved = [
      'title: "Über LISKO"',
      'reviewed: true',
      'order: 5',
      'reviewedOn: "2026-05-01"',
      'slots:',
      '  - day: "wednesday"',
      'phones:',
      '  - "+352 2755 5603"',
    ];
    expect(editorFormatProblems(saved.join('\n'))).toEqual([]);
  });

  test('finds comments and text or dates without double quotes', () => {
    const written = [
      '# Achtung: Platzhalter',
      'title: Über LISKO',
      "description: 'Wer wir sind.'",
      'reviewedOn: 2026-05-01',
      'cost: "kostenlos" # bestätigt',
      'phones:',
      '  - +352 2755 5603',
      'whoCanCome: >',
      '  Alle.',
    ];
    expect(editorFormatProblems(written.join('\n'))).toEqual([
      'line 2: a # comment (the web editor drops it)',
      'line 3: title: "Über LISKO" is not in double quotes',
      'line 4: description: "Wer wir sind." is not in double quotes',
      'line 5: reviewedOn: "2026-05-01" is not in double quotes',
      'line 6: a # comment after a value (the web editor drops it)',
      'line 8: "+352 2755 5603" is not in double quotes',
      'line 9: whoCanCome: "Alle.\\n" is not in double quotes',
    ]);
  });
});

// The content files themselves are not held to this format by a test: a hand edit in the git host
// (`title: Wohnen`, a date without quotes) is valid, passes `npm run check` and builds, and content
// changes must never break the tests (tests/build/content-changes.test.ts makes such an edit). The
// web editor writes its format at its next save of that file. The guide's examples teach it.

describe("ADMIN.md's examples of files edited by hand", () => {
  const guide = readFileSync(join(projectRoot, 'ADMIN.md'), 'utf8');
  /** Fenced blocks, unindented: an example inside a numbered step is indented by three spaces. */
  const blocks = [...guide.matchAll(/^( *)```(yaml|markdown)\n([\s\S]*?)^\1```/gm)].map(({ index, 1: indent = '', 2: language, 3: code = '' }) => ({
    at: index,
    language,
    code: code.replace(new RegExp(`^${indent}`, 'gm'), ''),
  }));

  test('of frontmatter are in the web editor’s format (and a blank line before the text)', () => {
    const examples = blocks.flatMap(({ language, code }) =>
      language === 'yaml' ? [code] : code.startsWith('---\n') ? [splitFrontmatter(code)?.frontmatter ?? code] : [],
    );
    expect(examples.length).toBeGreaterThan(0);
    for (const example of examples) expect(editorFormatProblems(example), example).toEqual([]);
    for (const { code } of blocks.filter(({ language, code }) => language === 'markdown' && code.startsWith('---\n'))) {
      expect(splitFrontmatter(code)?.body, code).toMatch(/^(?:\n[^\n][\s\S]*)?$/);
    }
  });

  test('"Add a service" gives a file that passes the content check, as written', () => {
    const start = guide.indexOf('### Add a service');
    const path = /Create `(content\/services\/de\/[a-z0-9-]+\.md)`/.exec(guide.slice(start))?.[1];
    const example = blocks.find(({ at }) => start !== -1 && at > start)?.code;
    if (!path || !example) throw new Error('ADMIN.md: "Add a service" has no example file');
    // Its `order` only has to be unused ("give it an order no other service uses"): a real service
    // with the same number is left out, so adding a service never breaks this test.
    const order = frontmatterData(example)?.['order'];
    const real = readContentFiles(projectRoot);
    const sameOrder = real
      .filter((file) => file.path.startsWith('content/services/de/') && frontmatterData(file.text)?.['order'] === order)
      .map((file) => file.path.split('/').at(-1));
    const files = [
      ...real.filter((file) => file.path !== path && !(file.path.startsWith('content/services/') && sameOrder.includes(file.path.split('/').at(-1)))),
      { path, text: example },
    ];
    expect(checkContent(files, readCheckOptions(projectRoot))).toEqual([]);
  });
});
