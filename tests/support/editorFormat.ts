/**
 * The web editor's file format (Sveltia CMS, src/admin/browser/cmsConfig.ts, `yaml: { quote: 'double' }`):
 * text and dates in double quotes, true/false and numbers bare, no `#` comments. Used by the test
 * of EDITING.md's examples and by the editor's browser test (a file already in this format is
 * saved changed only where the editor changed it).
 */
import { isMap, isScalar, isSeq, parseDocument, visit, type Node } from 'yaml';

export /** What in a frontmatter the web editor would write differently, one line each (file lines: `---` is 1). */
function editorFormatProblems(frontmatter: string): string[] {
  const problems: string[] = [];
  frontmatter.split('\n').forEach((line, index) => {
    if (/^\s*#/.test(line)) problems.push(`line ${index + 2}: a # comment (the web editor drops it)`);
  });
  const doc = parseDocument(frontmatter);
  if (doc.errors.length) return [...problems, ...doc.errors.map((error) => error.message)];
  if (doc.comment) problems.push(`a # comment at the end (the web editor drops it)`);
  const where = (node: Node) => `line ${frontmatter.slice(0, node.range?.[0] ?? 0).split('\n').length + 1}`;
  visit(doc, {
    Node(_, node) {
      if ((isScalar(node) || isMap(node) || isSeq(node)) && node.comment) problems.push(`${where(node)}: a # comment after a value (the web editor drops it)`);
    },
    Pair(_, pair) {
      const { value } = pair;
      if (isScalar(value) && typeof value.value === 'string' && value.type !== 'QUOTE_DOUBLE') {
        problems.push(`${where(value)}: ${String(pair.key)}: ${JSON.stringify(value.value)} is not in double quotes`);
      }
    },
    Seq(_, seq) {
      for (const item of seq.items) {
        if (isScalar(item) && typeof item.value === 'string' && item.type !== 'QUOTE_DOUBLE')
          problems.push(`${where(item)}: ${JSON.stringify(item.value)} is not in double quotes`);
      }
    },
  });
  return problems;
}
