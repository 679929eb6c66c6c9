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
  test('refuses no address, the placeholder, reserved and local names, private and loopback addresses, and plain http', () => {
    expect(siteAddressProblem(undefined, 'SITE_URL')).toMatch(/^SITE_URL: the site address is not set, so the placeholder https:\/\/lisko\.example is used/);
    for (const address of [
      placeholderSite,
      'https://www.lisko.example/',
      'https://site.invalid',
      'https://x.test',
      'https://example.com',
      'https://www.example.net/lisko/',
      'https://EXAMPLE.ORG',
      'https://lisko.local',
      'https://lisko.internal',
      'https://router.home.arpa',
      'http://localhost:4321',
      'https://app.localhost',
    ]) {
      expect(siteAddressProblem(address, 'SITE_URL'), address).toMatch(/a placeholder or local name that is not the real website/);
    }
    for (const address of [
      'http://127.0.0.1:4600',
      'https://0.0.0.0',
      'https://10.1.2.3',
      'https://172.20.0.5',
      'https://192.168.1.10',
      'https://169.254.10.1',
      'https://100.64.0.1',
      'https://[::1]',
      'https://[fe80::1]',
      'https://[fd12:3456::1]',
    ]) {
      expect(siteAddressProblem(address, 'SITE_URL'), address).toMatch(/an address of a private network or of this computer/);
    }
    expect(siteAddressProblem('http://www.lisko-website.lu', 'SITE_URL')).toMatch(/must start with https:\/\//);
    expect(siteAddressProblem('lisko', 'SITE_URL')).toMatch(/is not a web address/);
    // Names that only look alike are real names.
    for (const address of ['https://lisko-website.github.io/lisko/', 'https://examples.lu', 'https://localization.lu', 'https://8.8.8.8', 'https://172.32.0.1'])
      expect(siteAddressProblem(address, 'SITE_URL'), address).toBeUndefined();
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
    expect(siteAddressProblems(join(tmpdir(), 'lisko-no-such-dist'), { SITE_URL: 'https://lisko-website.github.io' })).toEqual([]);
  });

  test('a build for the placeholder address is refused, whatever SITE_URL says now', () => {
    build(placeholderSite);
    expect(siteAddressProblems(dist, { SITE_URL: 'https://lisko-website.github.io' })).toEqual([
      expect.stringMatching(/de\/index\.html: the site address is https:\/\/lisko\.example/),
    ]);
  });

  test('a real address passes, unless a built file (a calendar) still names the placeholder', () => {
    build('https://lisko-website.github.io');
    expect(siteAddressProblems(dist, {})).toEqual([]);
    writeFileSync(join(dist, 'de', 'reception.ics'), 'UID:reception-we-0830-de@lisko.example\r\n');
    expect(siteAddressProblems(dist, {})).toEqual([expect.stringMatching(/1 built file still names lisko\.example, e\.g\. .*de\/reception\.ics/)]);
  });
});
