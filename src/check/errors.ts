/**
 * Turns zod issues into one plain line per problem, for editors:
 * `content/hours/reception.md: "closes" must be a time like 16:00 (found "4pm")`
 */
import type { z } from 'astro/zod';

/** Where a field is in its file and how to name it, from the content model (check.ts). */
export interface FieldPlace {
  /** The file line of the field, or of the field it belongs to; undefined when neither is there. */
  lineOf?: (path: readonly PropertyKey[]) => number | undefined;
  /** `"opens" of slot 1`, `telephone number 2`, `"title"`: the field as an editor finds it. */
  nameOf?: (path: readonly PropertyKey[]) => string;
}

/** `"slots[0].opens"`: the field's name as it stands in the frontmatter, when the model does not name it. */
export function fieldName(path: readonly PropertyKey[]): string {
  return `"${path.map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index ? '.' : ''}${String(part)}`)).join('')}"`;
}

/** `content/x.md: line 7: ` for a field the file has, `content/x.md: ` for one it lacks. */
export function placeOf(file: string, path: readonly PropertyKey[], place: FieldPlace): string {
  const line = place.lineOf?.(path);
  return line === undefined ? `${file}: ` : `${file}: line ${line}: `;
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

/**
 * Edits between two names, a swap of two neighbouring letters counting as one (`titel` → `title`,
 * `form` → `from`), ignoring capitals, `-` and `_` (`Reviewed_on` → `reviewedOn` is 0).
 */
export function spellingDistance(a: string, b: string): number {
  const [x, y] = [a, b].map((name) => [...name.toLowerCase().replace(/[-_\s]/g, '')]) as [string[], string[]];
  const rows = Array.from({ length: x.length + 1 }, (_, i) => Array.from({ length: y.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  const at = (i: number, j: number) => rows[i]?.[j] ?? Infinity;
  for (let i = 1; i <= x.length; i++) {
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
      (rows[i] as number[])[j] = best;
    }
  }
  return at(x.length, y.length);
}

/**
 * The name among `candidates` that `written` is most likely a misspelling of: one edit away for
 * names up to four letters (`oder`, `form`, `df`), two for longer ones (`untill`, `titel`); none
 * when nothing is that close, so an unrelated field (`author`) is not taken for a missing one.
 */
export function likelyMeant(written: string, candidates: readonly string[]): string | undefined {
  let best: { name: string; distance: number } | undefined;
  for (const name of candidates) {
    const distance = spellingDistance(written, name);
    const allowed = Math.min(written.length, name.length) <= 4 ? 1 : 2;
    if (distance <= allowed && (!best || distance < best.distance)) best = { name, distance };
  }
  return best?.name;
}

/** A problem found outside the schema (a rule across files) about a field that is missing. */
export interface MissingField {
  path: readonly PropertyKey[];
  /** The whole line, as it is reported when no misspelling explains it. */
  problem: string;
}

const samePath = (a: readonly PropertyKey[], b: readonly PropertyKey[]) => a.length === b.length && a.every((part, i) => part === b[i]);

/**
 * One line per zod issue, naming the file, the field, what was expected and what was found.
 * `missing` adds problems about missing fields found by other rules. A misspelt field is one
 * mistake: when an unknown field looks like a field that is missing from the same place (`untill`
 * and `until`), the two become one line saying so, instead of "unknown" plus "missing".
 */
export function formatIssues(
  file: string,
  issues: readonly z.core.$ZodIssue[],
  data: unknown,
  missing: readonly MissingField[] = [],
  place: FieldPlace = {},
): string[] {
  const nameOf = place.nameOf ?? fieldName;
  const lines = issues.map((issue) => ({
    issue,
    path: issue.path,
    missing: issue.path.length > 0 && issue.code !== 'unrecognized_keys' && valueAt(data, issue.path) === undefined,
  }));
  const absent = [...lines.filter((line) => line.missing).map((line) => line.path), ...missing.map((field) => field.path)];
  /** Missing fields explained by a misspelling, so they get no line of their own. */
  const explained: (readonly PropertyKey[])[] = [];
  const misspelt = (parent: readonly PropertyKey[], key: string) => {
    const candidates = absent.filter((path) => path.length === parent.length + 1 && samePath(path.slice(0, -1), parent) && !explained.includes(path));
    const meant = likelyMeant(
      key,
      candidates.map((path) => String(path.at(-1))),
    );
    const path = candidates.find((candidate) => String(candidate.at(-1)) === meant);
    if (path) explained.push(path);
    return meant;
  };
  const formatted = lines.map(({ issue }) => {
    if (issue.code === 'unrecognized_keys') {
      const fixes = issue.keys.map((key) => ({ key, meant: misspelt(issue.path, key) }));
      const unknown = fixes.filter((fix) => !fix.meant).map((fix) => fix.key);
      const where = issue.path.length ? `${nameOf(issue.path)} ` : '';
      // `unknown language; languages the site knows: de, fr, …` (src/model/schema.ts, unknownKeys)
      const [, noun = 'field', known = ''] = /^unknown (\w+); ([\s\S]*)$/.exec(issue.message) ?? [];
      const named = unknown.map((key) => `"${key}"`).join(', ');
      return [
        ...fixes.flatMap(({ key, meant }) =>
          meant
            ? [
                `${placeOf(file, [...issue.path, key], place)}${nameOf([...issue.path, key])} is misspelt: did you mean "${meant}"? (write ${meant}: instead of ${key}:)`,
              ]
            : [],
        ),
        ...(unknown.length
          ? [
              noun === 'language'
                ? `${placeOf(file, [...issue.path, unknown[0]!], place)}${where}has a line for ${named}, which is not a language the site knows (check the spelling; ${known})`
                : `${placeOf(file, [...issue.path, unknown[0]!], place)}${where}has unknown field${unknown.length > 1 ? 's' : ''} ${named} (check the spelling; ${known})`,
            ]
          : []),
      ];
    }
    return [issue];
  });
  return [
    ...formatted.flatMap((entries) =>
      entries.flatMap((entry) => {
        if (typeof entry === 'string') return [entry];
        if (explained.some((path) => samePath(path, entry.path))) return [];
        const found = valueAt(data, entry.path);
        if (!entry.path.length) return [`${file}: ${entry.message}`];
        return [
          `${placeOf(file, entry.path, place)}${nameOf(entry.path)} ${found === undefined ? 'is missing: it ' : ''}${entry.message}${describeFound(found)}`,
        ];
      }),
    ),
    ...missing.filter((field) => !explained.some((path) => samePath(path, field.path))).map((field) => field.problem),
  ];
}
