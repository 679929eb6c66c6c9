/**
 * `npm run check`: validates every file in content/ and prints all problems at once, one plain
 * line each. The build runs it first, so an editor's typo stops the build with the same words.
 * Usage: `node scripts/check-content.ts [project-root]` (default: the current folder).
 */
import { checkContent } from '../src/utils/contentCheck.ts';
import { formatProblems, readCheckOptions, readContentFiles } from '../src/utils/contentFiles.ts';

const root = process.argv[2] ?? process.cwd();
const files = readContentFiles(root);
const problems = checkContent(files, readCheckOptions(root));
if (problems.length) {
  console.error(formatProblems(problems));
  process.exit(1);
}
console.log(`Content OK: ${files.length} files checked.`);
