import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { localizedPath, openStreetMapUrl, pageUrl, serviceUrl, switchLanguage } from '../../src/routing/urls.ts';
import { untranslatedPaths } from '../../src/editorial/untranslated.ts';

describe('addresses', () => {
  test('every page lives in its language folder', () => {
    expect(localizedPath('de')).toBe('/de/');
    expect(pageUrl('ar', 'contact')).toBe('/ar/contact/');
    expect(serviceUrl('ti', 'housing')).toBe('/ti/services/housing/');
  });

  test('switching language keeps the page', () => {
    expect(switchLanguage('/de/services/housing/', 'so')).toBe('/so/services/housing/');
    expect(switchLanguage('/fr/', 'ar')).toBe('/ar/');
  });

  test('directions go to an OpenStreetMap search, not an embedded map', () => {
    expect(openStreetMapUrl('13, rue de Bragance, L-1255 Luxembourg')).toBe(
      'https://www.openstreetmap.org/search?query=13%2C%20rue%20de%20Bragance%2C%20L-1255%20Luxembourg',
    );
  });
});

describe('untranslated pages (kept out of the sitemap)', () => {
  test('are the pages and services a language lacks', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lisko-content-'));
    const write = (path: string) => {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      writeFileSync(join(dir, path), '---\n---\n');
    };
    write('pages/de/about.md');
    write('pages/fr/about.md');
    write('services/de/housing.md');
    write('services/de/workshops.md');
    write('services/fr/housing.md');
    write('services/fr/_draft.md');
    const paths = untranslatedPaths(dir);
    expect(paths).toContain('/fr/services/workshops/');
    expect(paths).toContain('/fr/contact/');
    expect(paths).not.toContain('/fr/about/');
    expect(paths).not.toContain('/fr/services/housing/');
    expect(paths).toContain('/ar/about/');
    expect(paths.some((path) => path.startsWith('/de/'))).toBe(false);
  });
});
