/**
 * `npm run i18n:status`: per language, which pages and services are translated, missing or
 * OUTDATED (the German original reads differently from the text the translation was made from,
 * minor changes aside: src/editorial/translationStatus.ts), with a note on each minor-change
 * line that is not understood. Prints the report and writes it as Markdown.
 *
 * Usage: node scripts/i18n-status.ts [--out translation-status.md] [--root .]
 *   --out  where to write the Markdown report, relative to the root (default translation-status.md;
 *          `--out -` writes nothing)
 *   --root the project folder (default: the current folder)
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readContentFiles } from '../src/check/files.ts';
import { gitHistory } from '../src/editorial/gitHistory.ts';
import { formatStatusMarkdown, formatStatusText, translationStatus } from '../src/editorial/translationStatus.ts';

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: 'translation-status.md' },
    root: { type: 'string', default: process.cwd() },
  },
});
const root = resolve(values.root);
const report = translationStatus(readContentFiles(root), gitHistory(root));
console.log(formatStatusText(report));
if (values.out !== '-') {
  const out = resolve(root, values.out);
  writeFileSync(out, formatStatusMarkdown(report));
  console.log(`\nThe same report, as Markdown: ${out}`);
}
