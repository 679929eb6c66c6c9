/**
 * The content check's problems as GitHub annotations (`::error file=…,line=…::message`), so on a
 * pull request each problem shows on the file and line it is about, in the web interface, where
 * an editor who never opens a terminal sees it. `npm run check` prints them in GitHub Actions.
 */

export interface Located {
  file: string;
  /** 1-based line in the file. */
  line: number;
  message: string;
}

/**
 * Where a problem line of the content check is: its file, and its line (every problem about a
 * field or a line of the text names it; a broken frontmatter its line near the mistake; a missing
 * file or field the first line).
 */
export function locate(problem: string): Located {
  const match = /^((?:content|public)\/[^:]*?): (?:line (\d+): )?([\s\S]*)$/.exec(problem);
  if (!match) return { file: '', line: 1, message: problem };
  const [, file = '', line, message = ''] = match;
  const near = /not valid YAML near line (\d+)/.exec(message)?.[1];
  return { file, line: Number(line ?? near ?? 1), message };
}

const escapeData = (value: string) => value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (value: string) => escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** One workflow command per problem: GitHub shows it on the file and line of the pull request. */
export function githubAnnotations(problems: readonly string[]): string[] {
  return problems.map((problem) => {
    const { file, line, message } = locate(problem);
    const where = file ? `file=${escapeProperty(file)},line=${line},` : '';
    return `::error ${where}title=${escapeProperty('Content check (EDITING.md explains every message)')}::${escapeData(file ? `${file}: ${message}` : message)}`;
  });
}
