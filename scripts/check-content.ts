/**
 * `npm run check`: validates every file in content/ and prints all problems at once, one plain
 * line each. The build runs it first, so an editor's typo stops the build with the same words.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { checkContent } from '../src/utils/contentCheck.ts';

const root = process.argv[2] ?? process.cwd();
const contentDir = join(root, 'content');

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? walk(path) : [path];
  });
}

const files = walk(contentDir)
  .filter((path) => !path.split(sep).some((part) => part.startsWith('.')))
  .map((path) => ({ path: relative(root, path).split(sep).join('/'), text: readFileSync(path, 'utf8') }));

const problems = checkContent(files);
if (problems.length) {
  console.error(`\nThe content has ${problems.length} problem${problems.length > 1 ? 's' : ''}. Nothing was built.\n`);
  for (const problem of problems) console.error(`  ✗ ${problem}`);
  console.error('\nFix each line above in the file it names, then run the command again. EDITING.md explains every message.\n');
  process.exit(1);
}
console.log(`Content OK: ${files.length} files checked.`);
