/**
 * `npm run check`: validates every file in content/ and prints all problems at once, one plain
 * line each. The build runs it first, so an editor's typo stops the build with the same words.
 * Usage: `node scripts/check-content.ts [project-root]` (default: the current folder).
 * In GitHub Actions (GITHUB_ACTIONS=true) it also prints each problem as an annotation, which
 * GitHub shows on the file and line in the pull request (src/check/annotations.ts).
 */
import { githubAnnotations } from '../src/check/annotations.ts';
import { checkContent } from '../src/check/check.ts';
import { formatProblems, publicFileProblems, readCheckOptions, readContentFiles } from '../src/check/files.ts';

const root = process.argv[2] ?? process.cwd();
const files = readContentFiles(root);
const problems = [...checkContent(files, readCheckOptions(root)), ...publicFileProblems(root)];
if (problems.length) {
  console.error(formatProblems(problems));
  if (process.env['GITHUB_ACTIONS'] === 'true') console.log(githubAnnotations(problems).join('\n'));
  process.exit(1);
}
console.log(`Content OK: ${files.length} files checked.`);
