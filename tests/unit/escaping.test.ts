/**
 * Content cannot break out of the JSON-LD `<script>`: a value holding `</script><script>…` (e.g.
 * in content/contact/lisko.md) stays text. `set:html` writes its value unescaped, so every use
 * of it in src/ must go through `scriptJson`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { scriptJson } from '../../src/contact/jsonLd.ts';
import { projectRoot } from '../support/badContent.ts';

const hostile = { name: 'LISKO</script><script>alert(1)</script><!--', street: 'a\u2028b', plain: 'Rue & co > 1' };

describe('scriptJson', () => {
  test('writes no "<" at all, so no value can close the script element or open a comment', () => {
    const text = scriptJson(hostile);
    expect(text).not.toContain('<');
    expect(text).not.toContain('\u2028');
    expect(text).toContain('\\u003c/script>');
  });

  test('means the same JSON', () => {
    expect(JSON.parse(scriptJson(hostile))).toEqual(hostile);
  });
});

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : /\.(astro|tsx?|jsx?|mdx)$/.test(entry.name) ? [join(dir, entry.name)] : [],
  );
}

/**
 * The one other `set:html`: a page's rendered Markdown with its `{{setting}}` tokens filled in.
 * The Markdown is HTML already (the content check refuses raw HTML in it) and every value put in
 * is escaped by settingHtml (tests/unit/privacy-settings.test.ts).
 */
const renderedMarkdown = { file: join('src', 'components', 'text', 'SettingsText.astro'), value: 'filled' };
/** And a constant line of script of our own, with nothing from content in it (src/editorial/noticeHidden.ts). */
const noticeLine = { file: join('src', 'components', 'editorial', 'TranslationNotice.astro'), value: 'hideNoticeEarly' };

test('every set:html in src/ escapes its value with scriptJson (or is the rendered Markdown, or our own constant)', () => {
  const uses = sourceFiles(join(projectRoot, 'src')).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/set:html=\{([^}]*)\}/g)].map((match) => ({ file, value: match[1] ?? '' })),
  );
  expect(uses.length).toBeGreaterThan(0);
  const unescaped = uses.filter((use) => !/^scriptJson\(/.test(use.value.trim()));
  expect(unescaped.map((use) => ({ file: use.file.slice(projectRoot.length + 1), value: use.value.trim() }))).toEqual(
    expect.arrayContaining([renderedMarkdown, noticeLine]),
  );
  expect(unescaped).toHaveLength(2);
});
