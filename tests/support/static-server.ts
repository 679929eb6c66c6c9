/**
 * A small static file server for the built site, behaving like a plain CDN: `dir/` serves
 * `dir/index.html`, unknown paths get `/404.html` with status 404. The tests use it, never
 * the dev server, so they see exactly what a host would serve.
 * Usage: node tests/support/static-server.ts [dist] [port] [base]
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

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
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};

async function fileFor(root: string, pathname: string): Promise<string | undefined> {
  const path = normalize(join(root, decodeURIComponent(pathname)));
  if (!path.startsWith(root)) return undefined;
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

export function startStaticServer(dir: string, port: number, base = '/'): Promise<Server> {
  const root = resolve(dir);
  const prefix = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const inside = url.pathname.startsWith(prefix) ? `/${url.pathname.slice(prefix.length)}` : undefined;
    const file = inside === undefined ? undefined : await fileFor(root, inside);
    if (!file) {
      response.writeHead(404, { 'content-type': types['.html'] ?? '' });
      response.end(await readFile(join(root, '404.html')).catch(() => 'Not found'));
      return;
    }
    response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    response.end(await readFile(file));
  });
  return new Promise((done) => server.listen(port, '127.0.0.1', () => done(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir = 'dist', port = '4321', base = process.env['BASE_PATH'] ?? '/'] = process.argv.slice(2);
  await startStaticServer(dir, Number(port), base);
  console.log(`Serving ${dir} at http://127.0.0.1:${port}${base}`);
}
