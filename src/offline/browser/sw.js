/*
 * LISKO's service worker: the site keeps working without a connection after one visit.
 * Built into /sw.js by src/pages/sw.js.ts, which puts `config` in front of this file:
 *   config.version  changes with every build, so an update cleans the old caches;
 *   config.pages    per language, the pages kept from the first visit (home, get-support, contact).
 * Pages: network first (fresh whenever there is a connection); a saved copy only when the network
 * fails, with its notice shown (see src/components/offline/OfflineNotice.astro). Files in /_astro/ carry
 * a hash in their name: cache first. Both caches are bounded. Plain JavaScript: no library.
 * The web editor (/admin/) is left alone: its pages and the files they load are never answered,
 * kept or served offline (config.editor is its folder).
 */
/* global config */
const pagesCache = `pages-${config.version}`;
const assetsCache = `assets-${config.version}`;
const maxPages = 60;
const maxAssets = 80;
const savedHeader = 'x-lisko-saved';

/** Keeps a page with the moment it was saved, for the notice. */
async function savePage(cache, request, response) {
  const headers = new Headers(response.headers);
  headers.set(savedHeader, new Date().toISOString());
  await cache.put(request, new Response(await response.blob(), { status: response.status, headers }));
  await trim(cache, maxPages);
}

/** Oldest entries go first (a cache lists its keys in the order they were added). */
async function trim(cache, max) {
  const keys = await cache.keys();
  for (const key of keys.slice(0, Math.max(0, keys.length - max))) await cache.delete(key);
}

/**
 * Saves a page and the /_astro/ files it needs (styles, scripts, the contact form island's code
 * and the modules that code imports): a page loaded before the worker ran did not pass through it,
 * and an island loads its code only later, maybe never online.
 */
async function fetchAndSave(url) {
  const cache = await caches.open(pagesCache);
  const response = await fetch(url, { cache: 'no-cache' });
  if (!response.ok) return;
  const html = await response.clone().text();
  await savePage(cache, url, response);
  const files = [...html.matchAll(/(?:href|src|component-url|renderer-url)="([^"]*\/_astro\/[^"]+)"/g)].map((match) => new URL(match[1], url).href);
  const assets = await caches.open(assetsCache);
  const queue = [...new Set(files)];
  for (let i = 0; i < queue.length && i < maxAssets; i++) {
    const file = queue[i];
    const saved = (await assets.match(file)) || (await asset(new Request(file)).catch(() => undefined));
    if (!saved?.ok || !file.endsWith('.js')) continue;
    for (const [, path] of (await saved.clone().text()).matchAll(/(?:from|import)\s*"(\.\/[^"]+\.js)"/g)) {
      const next = new URL(path, file).href;
      if (!queue.includes(next)) queue.push(next);
    }
  }
}

/** The saved copy with its notice visible and the date filled in, in the page's language. */
async function savedCopy(response) {
  const saved = response.headers.get(savedHeader);
  const html = await response.text();
  const intl = /data-offline-notice="([^"]*)"/.exec(html)?.[1] || 'de';
  let date = saved;
  try {
    date = new Date(saved).toLocaleDateString(intl, { dateStyle: 'long' });
  } catch {
    // A language tag this browser's Intl does not know: the date stays as the header wrote it.
  }
  const shown = html
    .replace(/<p\b[^>]*\bdata-offline-notice=[^>]*>/, (tag) => tag.replace(/\shidden(="")?(?=[\s>])/, ''))
    .replace(/<span data-saved([^>]*)><\/span>/, `<time data-saved$1 datetime="${saved}">${date}</time>`);
  // The page's own headers (its security policy among them), less those the new body no longer matches.
  const headers = new Headers(response.headers);
  for (const name of [savedHeader, 'content-length', 'content-encoding']) headers.delete(name);
  return new Response(shown, { headers });
}

async function page(request) {
  const cache = await caches.open(pagesCache);
  try {
    const response = await fetch(request);
    if (response.ok && response.headers.get('content-type')?.includes('text/html')) await savePage(cache, request.url, response.clone());
    return response;
  } catch (error) {
    const copy = await cache.match(request.url, { ignoreSearch: true });
    if (copy) return savedCopy(copy);
    // Not saved: the home page of the address's language, if it was.
    const lang = new URL(request.url).pathname.slice(config.base.length).split('/')[0];
    const home = config.pages[lang] && (await cache.match(new URL(config.pages[lang][0], self.location.href).href));
    if (home) return savedCopy(home);
    throw error;
  }
}

/** Editor tabs seen navigating: their requests go straight to the network, untouched. */
const editorClients = new Set();

const isEditorPath = (pathname) => pathname.startsWith(config.editor);

async function asset(request, clientId) {
  const cache = await caches.open(assetsCache);
  const hit = await cache.match(request);
  if (hit) return hit;
  const response = await fetch(request);
  // A worker restarted since the editor tab opened does not know it: ask, and keep nothing for it.
  const client = clientId ? await self.clients.get(clientId) : undefined;
  if (response.ok && !(client && isEditorPath(new URL(client.url).pathname))) {
    await cache.put(request, response.clone());
    await trim(cache, maxAssets);
  }
  return response;
}

self.addEventListener('install', () => self.skipWaiting());

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      // A new build: the pages saved before are fetched again (their assets changed names), then old caches go.
      const old = (await caches.keys()).filter((key) => key !== pagesCache && key !== assetsCache);
      for (const key of old) {
        if (key.startsWith('pages-')) {
          const urls = (await (await caches.open(key)).keys()).map((request) => request.url);
          await Promise.all(urls.map((url) => fetchAndSave(url).catch(() => {})));
        }
        await caches.delete(key);
      }
      await self.clients.claim();
    })(),
  );
});

// A page tells its address and language once the worker is ready: it and that language's key
// pages are kept (the first page visited loaded before the worker could see it).
self.addEventListener('message', (event) => {
  const { lang, url } = event.data ?? {};
  const paths = config.pages[lang];
  if (!paths) return;
  const urls = [url, ...paths].filter((address) => typeof address === 'string').map((address) => new URL(address, self.location.href));
  event.waitUntil(
    (async () => {
      const cache = await caches.open(pagesCache);
      for (const address of urls) {
        address.hash = '';
        if (address.origin === self.location.origin && !(await cache.match(address.href, { ignoreSearch: true })))
          await fetchAndSave(address.href).catch(() => {});
      }
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (request.mode === 'navigate' && isEditorPath(url.pathname)) {
    if (event.resultingClientId) editorClients.add(event.resultingClientId);
    return;
  }
  if (editorClients.has(event.clientId) || isEditorPath(url.pathname)) return;
  if (request.mode === 'navigate') event.respondWith(page(request));
  else if (url.pathname.startsWith(`${config.base}_astro/`)) event.respondWith(asset(request, event.clientId));
});
