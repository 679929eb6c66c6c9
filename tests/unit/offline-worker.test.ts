/**
 * The offline worker's off switch: LISKO_OFFLINE=off builds /sw.js as the self-removing worker,
 * which, run as a browser runs a worker (install, then activate), deletes every cache, unregisters
 * itself and reloads the pages it controlled.
 */
import { runInNewContext } from 'node:vm';
import { expect, test } from 'vitest';
import { keptPages, offlineEnabled, workerSource } from '../../src/offline/worker.ts';
import { localeCodes } from '../../src/i18n/locales.ts';

test('LISKO_OFFLINE=off switches the worker off; anything else keeps it', () => {
  expect(offlineEnabled({ LISKO_OFFLINE: 'off' })).toBe(false);
  expect(offlineEnabled({})).toBe(true);
  expect(workerSource('v1', true)).toContain('"version":"v1"');
  expect(workerSource('v1', false)).not.toContain('const config');
});

test('every language keeps its home, get-support and contact pages', () => {
  const pages = keptPages();
  expect(Object.keys(pages)).toEqual(localeCodes);
  for (const lang of localeCodes) expect(pages[lang]).toEqual([`/${lang}/`, `/${lang}/get-support/`, `/${lang}/contact/`]);
});

test('the self-removing worker deletes every cache, unregisters itself and reloads its pages', async () => {
  const cacheNames = new Set(['pages-old', 'assets-old']);
  const listeners: Record<string, (event: { waitUntil(promise: Promise<unknown>): void }) => void> = {};
  const navigated: string[] = [];
  let unregistered = false;
  let skippedWaiting = false;
  const self = {
    addEventListener: (type: string, listener: (typeof listeners)[string]) => (listeners[type] = listener),
    skipWaiting: () => (skippedWaiting = true),
    registration: { unregister: async () => (unregistered = true) },
    clients: {
      matchAll: async () =>
        ['https://www.example.lu/de/', 'https://www.example.lu/ar/contact/'].map((url) => ({ url, navigate: async (to: string) => navigated.push(to) })),
    },
  };
  const caches = { keys: async () => [...cacheNames], delete: async (name: string) => cacheNames.delete(name) };
  runInNewContext(workerSource('v2', false), { self, caches });
  let pending: Promise<unknown> = Promise.resolve();
  listeners['install']!({ waitUntil: (promise) => (pending = promise) });
  expect(skippedWaiting).toBe(true);
  listeners['activate']!({ waitUntil: (promise) => (pending = promise) });
  await pending;
  expect([...cacheNames]).toEqual([]);
  expect(unregistered).toBe(true);
  expect(navigated).toEqual(['https://www.example.lu/de/', 'https://www.example.lu/ar/contact/']);
});
