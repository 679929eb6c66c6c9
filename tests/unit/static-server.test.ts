/**
 * The GitHub Pages stand-in (tests/support/static-server.ts) must behave like a careful host: a
 * malformed address gets 400 (it crashed before), and nothing outside the served folder is ever
 * sent, not even from a sibling folder whose name starts the same (`dist` and `dist-x`); an
 * unknown address gets the top-level 404.html (the only one GitHub Pages serves), and no header
 * from `_headers`, which GitHub Pages ignores.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startStaticServer } from '../support/static-server.ts';

const scratch = mkdtempSync(join(tmpdir(), 'lisko-server-'));
let origin = '';
let close = () => {};

beforeAll(async () => {
  mkdirSync(join(scratch, 'dist'));
  mkdirSync(join(scratch, 'dist-x'));
  writeFileSync(join(scratch, 'dist', 'index.html'), '<p>site</p>');
  writeFileSync(join(scratch, 'dist', '404.html'), '<p>not found</p>');
  mkdirSync(join(scratch, 'dist', 'ar'));
  writeFileSync(join(scratch, 'dist', 'ar', '404.html'), '<p>ar not found</p>');
  writeFileSync(join(scratch, 'dist', '_headers'), '/*\n  X-Frame-Options: DENY\n');
  writeFileSync(join(scratch, 'dist-x', 'secret.txt'), 'SECRET');
  writeFileSync(join(scratch, 'secret.txt'), 'SECRET');
  const server = await startStaticServer(join(scratch, 'dist'), 0);
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => server.close();
});

afterAll(() => {
  close();
  rmSync(scratch, { recursive: true, force: true });
});

describe('static test server', () => {
  test('serves the folder itself', async () => {
    const response = await fetch(`${origin}/`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('site');
  });

  test('answers a malformed escape with 400, and keeps running', async () => {
    expect((await fetch(`${origin}/%`)).status).toBe(400);
    expect((await fetch(`${origin}/%E0%A4%A/`)).status).toBe(400);
    expect((await fetch(`${origin}/`)).status).toBe(200);
  });

  test('answers an unknown address with the top-level 404.html, status 404, as GitHub Pages does', async () => {
    for (const path of ['/ar/no/such/page/', '/ar/x', '/de/x/', '/nothing']) {
      const response = await fetch(`${origin}${path}`);
      expect(response.status, path).toBe(404);
      expect(await response.text(), path).toBe('<p>not found</p>');
    }
  });

  test('sends a folder without its slash to the folder, and no header from _headers', async () => {
    const response = await fetch(`${origin}/ar`, { redirect: 'manual' });
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/ar/');
    expect((await fetch(`${origin}/`)).headers.get('x-frame-options')).toBeNull();
  });

  for (const path of ['/..%2fdist-x/secret.txt', '/..%2f..%2fsecret.txt', '/..%2fsecret.txt', '/%2e%2e/dist-x/secret.txt']) {
    test(`never serves a file outside the folder: ${path}`, async () => {
      const response = await fetch(`${origin}${path}`);
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain('SECRET');
    });
  }
});
