/**
 * A stand-in for GitHub Pages, the one host the site supports that sends no headers of its own:
 * plain files, `dir/` serves `dir/index.html`, a folder without its slash is redirected to it,
 * text is gzip-compressed, and every unknown address gets the site's top-level `404.html` with
 * status 404. `_headers` and `_redirects` mean nothing here (GitHub Pages ignores them), so the
 * pages' own meta CSP must protect them alone (tests/e2e/csp.spec.ts), also under a sub-path
 * (tests/e2e/subpath.spec.ts). Every other browser test runs on Cloudflare Pages' own runtime
 * (tests/support/host.ts): no rule of a host is imitated here.
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
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};

/** `pathname` decoded; undefined for a malformed escape such as `/%`. */
function decodedPath(pathname: string): string | undefined {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
}

type Found = { file: string } | { folder: true } | undefined;

async function find(root: string, pathname: string): Promise<Found> {
  const path = normalize(join(root, pathname));
  // `root + sep`: `/x/dist-x` starts with `/x/dist` but is a sibling folder, never served.
  if (path !== root && !path.startsWith(`${root}${sep}`)) return undefined;
  try {
    const info = await stat(path);
    if (info.isFile()) return { file: path };
    if (info.isDirectory()) {
      if (!pathname.endsWith('/')) return { folder: true };
      const index = join(path, 'index.html');
      if ((await stat(index)).isFile()) return { file: index };
    }
  } catch {
    // Not there: the caller answers 404.
  }
  return undefined;
}

export function startStaticServer(dir: string, port: number, base = '/'): Promise<Server> {
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
    const found = inside === undefined ? undefined : await find(root, inside);
    if (found && 'folder' in found) {
      response.writeHead(301, { location: `${url.pathname}/${url.search}` });
      response.end();
      return;
    }
    if (!found) {
      response.writeHead(404, { 'content-type': types['.html'] ?? '' });
      response.end(await readFile(join(root, '404.html')).catch(() => 'Not found'));
      return;
    }
    const type = types[extname(found.file)] ?? 'application/octet-stream';
    const body = await readFile(found.file);
    const compress = /^(text\/|application\/(json|xml|manifest)|image\/svg)/.test(type) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
    response.writeHead(200, { 'content-type': type, vary: 'Accept-Encoding', ...(compress ? { 'content-encoding': 'gzip' } : {}) });
    response.end(compress ? gzipSync(body) : body);
  });
  return new Promise((done) => server.listen(port, '127.0.0.1', () => done(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir = 'dist', port = '4321', base = process.env['BASE_PATH'] ?? '/'] = process.argv.slice(2);
  await startStaticServer(dir, Number(port), base);
  console.log(`Serving ${dir} at http://127.0.0.1:${port}${base} as GitHub Pages would (no headers)`);
}
