/**
 * Turns zod issues into one plain line per problem, for editors:
 * `content/hours/reception.md: "closes" must be a time like 16:00 (found "4pm")`
 */
import type { z } from 'astro/zod';

/** The field's name as an editor sees it in the frontmatter: `slots[1].closes`. */
export function fieldName(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index ? '.' : ''}${String(part)}`))
    .join('');
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** How a value looked in the file: `"4pm"`, `12`, nothing when the field was missing. */
export function describeFound(value: unknown): string {
  if (value === undefined) return '';
  if (value instanceof Date) return ` (found ${value.toISOString().slice(0, 10)})`;
  // Shorten the text itself, not its quoted form, so the closing quote stays.
  if (typeof value === 'string') return ` (found ${JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}…` : value)})`;
  const shown = JSON.stringify(value) ?? String(value);
  return ` (found ${shown.length > 60 ? `${shown.slice(0, 57)}…` : shown})`;
}

/** One line per zod issue, naming the file, the field, what was expected and what was found. */
export function formatIssues(file: string, issues: readonly z.core.$ZodIssue[], data: unknown): string[] {
  return issues.map((issue) => {
    if (issue.code === 'unrecognized_keys') {
      const where = issue.path.length ? `"${fieldName(issue.path)}" ` : '';
      return `${file}: ${where}has unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys
        .map((key) => `"${key}"`)
        .join(', ')} (check the spelling; ${issue.message.replace(/^has an unknown field \(|\)$/g, '')})`;
    }
    const found = valueAt(data, issue.path);
    if (!issue.path.length) return `${file}: ${issue.message}`;
    const missing = found === undefined;
    return `${file}: "${fieldName(issue.path)}" ${missing ? 'is missing: it ' : ''}${issue.message}${describeFound(found)}`;
  });
}
