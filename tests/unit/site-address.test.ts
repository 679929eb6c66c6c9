/**
 * `npm run deploy:check` refuses the placeholder site address: SITE_URL unset, the placeholder
 * https://lisko.example or another reserved name, in the settings and in every built file.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { placeholderSite, siteAddressProblem, siteAddressProblems } from '../../src/deploy/siteAddress.ts';

describe('siteAddressProblem', () => {
  test('refuses no address, the placeholder, reserved names, this computer and plain http', () => {
    expect(siteAddressProblem(undefined, 'SITE_URL')).toMatch(/^SITE_URL: the site address is not set, so the placeholder https:\/\/lisko\.example is used/);
    for (const address of [
      placeholderSite,
      'https://www.lisko.example/',
      'https://site.invalid',
      'https://x.test',
      'http://localhost:4321',
      'http://127.0.0.1:4600',
    ]) {
      expect(siteAddressProblem(address, 'SITE_URL'), address).toMatch(/placeholder that is not the real website/);
    }
    expect(siteAddressProblem('http://www.example.org', 'SITE_URL')).toMatch(/must start with https:\/\//);
    expect(siteAddressProblem('lisko', 'SITE_URL')).toMatch(/is not a web address/);
    expect(siteAddressProblem('https://pages.example.org/lisko/', 'SITE_URL')).toBeUndefined();
  });
});

describe('siteAddressProblems on a build', () => {
  let dist = '';
  afterEach(() => {
    if (dist) rmSync(dist, { recursive: true, force: true });
  });
  const build = (site: string, extra: Record<string, string> = {}) => {
    dist = mkdtempSync(join(tmpdir(), 'lisko-address-'));
    mkdirSync(join(dist, 'de'));
    writeFileSync(join(dist, 'de', 'index.html'), `<html><head><link rel="canonical" href="${site}/de/"></head></html>`);
    for (const [path, text] of Object.entries(extra)) writeFileSync(join(dist, path), text);
  };

  test('without a build, SITE_URL decides', () => {
    expect(siteAddressProblems(join(tmpdir(), 'lisko-no-such-dist'), {})).toHaveLength(1);
    expect(siteAddressProblems(join(tmpdir(), 'lisko-no-such-dist'), { SITE_URL: 'https://pages.example.org' })).toEqual([]);
  });

  test('a build for the placeholder address is refused, whatever SITE_URL says now', () => {
    build(placeholderSite);
    expect(siteAddressProblems(dist, { SITE_URL: 'https://pages.example.org' })).toEqual([
      expect.stringMatching(/de\/index\.html: the site address is https:\/\/lisko\.example/),
    ]);
  });

  test('a real address passes, unless a built file (a calendar) still names the placeholder', () => {
    build('https://pages.example.org');
    expect(siteAddressProblems(dist, {})).toEqual([]);
    writeFileSync(join(dist, 'de', 'reception.ics'), 'UID:reception-we-0830-de@lisko.example\r\n');
    expect(siteAddressProblems(dist, {})).toEqual([expect.stringMatching(/1 built file still names lisko\.example, e\.g\. .*de\/reception\.ics/)]);
  });
});
