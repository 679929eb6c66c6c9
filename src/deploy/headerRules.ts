/**
 * `_headers` as Cloudflare Pages reads it (the format Netlify started; workers-shared's
 * `parseHeaders` and the asset worker's rules engine, which `wrangler pages dev` runs):
 *
 * - a line starting with `/` is a path, the indented `Name: value` lines under it its headers;
 * - **one rule per path**: a second block for the same path replaces the first (it keeps the
 *   first's place in the order), so two blocks for `/de/*` lose the first block's headers;
 * - at most 100 rules, and a line of more than 2,000 characters is ignored;
 * - a path matches the address as the browser sent it, not decoded (`/%61dmin/` is not `/admin/`);
 *   `*` matches anything, `:name` one path segment;
 * - the first matching rule that sets a header replaces the host's own value (Content-Type,
 *   Cache-Control); every further rule that sets it appends, joined with ", ".
 *
 * The build (src/deploy/hostFiles.ts) checks what it writes with this reading, and the browser
 * tests check it against the real runtime, file by file.
 */

export const maxRules = 100;
export const maxLineLength = 2000;

export interface HeaderRule {
  path: string;
  /** Header names in lower case, in the order written. */
  headers: [name: string, value: string][];
}

/** The rules of a `_headers` text, one per path, in Cloudflare's order. */
export function parseHeaderRules(text: string): HeaderRule[] {
  const byPath = new Map<string, HeaderRule>();
  let current: HeaderRule | undefined;
  let blocks = 0;
  for (const [index, raw] of text.split('\n').entries()) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    if (line.length > maxLineLength)
      throw new Error(`_headers line ${index + 1} is ${line.length} characters long: Cloudflare ignores lines over ${maxLineLength}`);
    if (line.startsWith('/') || line.startsWith('https://')) {
      blocks++;
      current = { path: line, headers: [] };
      // Map.set on an existing key keeps its place: as Cloudflare's `rules[path] = rule`.
      byPath.set(line, current);
      continue;
    }
    const match = /^([^:\s]+)\s*:\s*(.*)$/.exec(line);
    if (!current || !match) throw new Error(`_headers line ${index + 1} is neither a path nor "Name: value": ${raw}`);
    current.headers.push([match[1]!.toLowerCase(), match[2]!.trim()]);
  }
  // Cloudflare counts the blocks as written, before one path's second block replaces its first.
  if (blocks > maxRules) throw new Error(`_headers has ${blocks} rules: Cloudflare reads only the first ${maxRules}`);
  return [...byPath.values()];
}

const escapeRegex = (text: string) => text.replace(/[-/\\^$*+?.()|[\]{}]/g, '\\$&');

/** Whether a rule's path matches an address's path as sent (`*`: anything; `:name`: one segment). */
export function ruleMatches(rulePath: string, pathname: string): boolean {
  const source = rulePath
    .split('*')
    .map((part) => escapeRegex(part).replace(/:[A-Za-z]\w*/g, '[^/]+'))
    .join('.*');
  return new RegExp(`^${source}$`).test(pathname);
}

/** The headers the rules give a path; a header set by several matching rules is joined with ", ". */
export function headersFor(rules: readonly HeaderRule[], pathname: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const rule of rules) {
    if (!ruleMatches(rule.path, pathname)) continue;
    for (const [name, value] of rule.headers) result[name] = result[name] === undefined ? value : `${result[name]}, ${value}`;
  }
  return result;
}

/**
 * Headers that several matching rules set for one path, which Cloudflare would join with ", "
 * (`Cache-Control: a, b` means neither). A Content-Security-Policy is the exception: a list of
 * policies, each of which the browser enforces, so a stricter one may be added to a path.
 */
export function joinedHeaders(rules: readonly HeaderRule[], pathname: string): string[] {
  const count = new Map<string, number>();
  for (const rule of rules) {
    if (!ruleMatches(rule.path, pathname)) continue;
    for (const name of new Set(rule.headers.map(([header]) => header))) count.set(name, (count.get(name) ?? 0) + 1);
  }
  return [...count].filter(([name, times]) => times > 1 && name !== 'content-security-policy').map(([name]) => name);
}
