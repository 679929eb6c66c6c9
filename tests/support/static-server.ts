/**
 * A small static file server for the built site, behaving like a plain CDN: `dir/` serves
 * `dir/index.html`, unknown paths get the nearest `404.html` up the path with status 404
 * (`/ar/x/` → `/ar/404.html`, else `/404.html`, as Cloudflare Pages does), text is sent gzip-compressed
 * to browsers that accept it, and the rules in
 * `dir/_headers` (Netlify / Cloudflare Pages format) are applied to every response, so the
 * browser tests run under the real Content-Security-Policy. The tests use it, never the dev
 * server, so they see exactly what a host would serve.
 * Usage: node tests/support/static-server.ts [dist] [port] [base]
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.ics': 'text/calendar; charset=utf-8',
  '.vcf': 'text/vcard; charset=utf-8',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};

export interface HeaderRule {
  path: string;
  pattern: RegExp;
  headers: [name: string, value: string][];
}

/**
 * Parses a `_headers` file: a path line (`/*`, `/_astro/*`, `/:lang/about/`), then indented
 * `Name: value` lines. `*` matches anything, `:name` one path segment; `#` starts a comment.
 */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const [index, line] of text.split('\n').entries()) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const path = line.trim();
      const source = path
        .split(/(\*|:[A-Za-z]\w*)/)
        .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
        .join('');
      rules.push({ path, pattern: new RegExp(`^${source}$`), headers: [] });
      continue;
    }
    const rule = rules.at(-1);
    const match = /^\s+([^:\s]+)\s*:\s*(.*)$/.exec(line);
    if (!rule || !match) throw new Error(`_headers line ${index + 1} is neither a path nor "Name: value": ${line}`);
    rule.headers.push([match[1]!.toLowerCase(), match[2]!.trim()]);
  }
  return rules;
}

/** Headers for one path; a header set by several matching rules is joined with ", " (as Cloudflare Pages does). */
export function headersFor(rules: HeaderRule[], pathname: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const rule of rules) {
    if (!rule.pattern.test(pathname)) continue;
    for (const [name, value] of rule.headers) result[name] = result[name] ? `${result[name]}, ${value}` : value;
  }
  return result;
}

async function hostHeaders(root: string, pathname: string): Promise<Record<string, string>> {
  const text = await readFile(join(root, '_headers'), 'utf8').catch(() => '');
  return headersFor(parseHeadersFile(text), pathname);
}

/** `pathname` decoded; undefined for a malformed escape such as `/%`. */
function decodedPath(pathname: string): string | undefined {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
}

async function fileFor(root: string, pathname: string): Promise<string | undefined> {
  const path = normalize(join(root, pathname));
  // `root + sep`: `/x/dist-x` starts with `/x/dist` but is a sibling folder, never served.
  if (path !== root && !path.startsWith(`${root}${sep}`)) return undefined;
  try {
    const info = await stat(path);
    if (info.isFile()) return path;
    if (info.isDirectory() && pathname.endsWith('/')) {
      const index = join(path, 'index.html');
      if ((await stat(index)).isFile()) return index;
    }
  } catch {
    // Not there: the caller answers 404.
  }
  return undefined;
}

/** The nearest `404.html` from the address's folder up to the root (Cloudflare Pages' rule). */
async function notFoundPage(root: string, pathname: string): Promise<Buffer | string> {
  const folders = pathname.split('/').slice(1, -1);
  for (let depth = folders.length; depth >= 0; depth--) {
    const file = await fileFor(root, `/${[...folders.slice(0, depth), '404.html'].join('/')}`);
    if (file) return readFile(file);
  }
  return 'Not found';
}

export interface ServerOptions {
  /** false: send no header from `dir/_headers`, like GitHub Pages (the pages' meta CSP must hold alone). */
  hostHeaders?: boolean;
}

export function startStaticServer(dir: string, port: number, base = '/', options: ServerOptions = {}): Promise<Server> {
  const root = resolve(dir);
  const prefix = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const pathname = decodedPath(url.pathname);
    if (pathname === undefined) {
      response.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' });
      response.end('Bad request: malformed address');
      return;
    }
    const inside = pathname.startsWith(prefix) ? `/${pathname.slice(prefix.length)}` : undefined;
    // The host reads its configuration files; it never serves them.
    const isHostFile = inside === '/_headers' || inside === '/_redirects';
    const file = inside === undefined || isHostFile ? undefined : await fileFor(root, inside);
    const headers = options.hostHeaders === false ? {} : await hostHeaders(root, url.pathname);
    if (!file) {
      response.writeHead(404, { ...headers, 'content-type': types['.html'] ?? '' });
      response.end(await notFoundPage(root, inside ?? '/'));
      return;
    }
    const type = types[extname(file)] ?? 'application/octet-stream';
    const body = await readFile(file);
    const compress = /^(text\/|application\/(json|xml|manifest)|image\/svg)/.test(type) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
    response.writeHead(200, { ...headers, 'content-type': type, vary: 'Accept-Encoding', ...(compress ? { 'content-encoding': 'gzip' } : {}) });
    response.end(compress ? gzipSync(body) : body);
  });
  return new Promise((done) => server.listen(port, '127.0.0.1', () => done(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir = 'dist', port = '4321', base = process.env['BASE_PATH'] ?? '/'] = process.argv.slice(2);
  await startStaticServer(dir, Number(port), base);
  console.log(`Serving ${dir} at http://127.0.0.1:${port}${base}`);
}
