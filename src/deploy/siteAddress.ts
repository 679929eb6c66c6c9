/**
 * The public address a build was made for, and why it cannot be published, for
 * `npm run deploy:check`. The address comes from SITE_URL (astro.config.mjs; default the
 * placeholder https://lisko.example): canonical links, hreflang, the sitemap, robots.txt, JSON-LD
 * and the calendar files all carry it, so a build for the wrong address points every search
 * engine and calendar somewhere else.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { BlockList, isIP } from 'node:net';
import { join, relative } from 'node:path';

export const placeholderSite = 'https://lisko.example';

/**
 * Host names that are never a real public site: the reserved names (RFC 2606, RFC 6761, RFC 8375:
 * `.example`, `.invalid`, `.test`, `.localhost`, `home.arpa`, and example.com/.net/.org), names
 * only a local network knows (`.local`, `.internal`, `.lan`), and this computer.
 */
const reservedHost = /(^|\.)(example|invalid|test|localhost|local|internal|lan|home\.arpa|example\.(com|net|org))\.?$/i;

/** Addresses no visitor can reach: private, loopback, link-local, shared and unspecified ranges. */
const unreachable = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['240.0.0.0', 4],
] as const)
  unreachable.addSubnet(network, prefix, 'ipv4');
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['2001:db8::', 32],
] as const)
  unreachable.addSubnet(network, prefix, 'ipv6');

/** Why `hostname` (as URL gives it: IPv6 in brackets) is not a public site's, or undefined. */
function hostProblem(hostname: string): string | undefined {
  const bare = hostname.replace(/^\[|\]$/g, '');
  const kind = isIP(bare);
  if (kind && unreachable.check(bare, kind === 4 ? 'ipv4' : 'ipv6')) return 'an address of a private network or of this computer, which no visitor can reach';
  if (reservedHost.test(bare)) return 'a placeholder or local name that is not the real website';
  return undefined;
}

/** What is wrong with `address` as the public address, or undefined. `source` names where it came from. */
export function siteAddressProblem(address: string | undefined, source: string): string | undefined {
  const fix = 'Set SITE_URL to the address the site is published at, starting with https://, and run npm run build again';
  if (!address) return `${source}: the site address is not set, so the placeholder ${placeholderSite} is used. ${fix}.`;
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return `${source}: the site address "${address}" is not a web address starting with https://. ${fix}.`;
  }
  const host = hostProblem(url.hostname);
  if (host) return `${source}: the site address is ${url.origin}, ${host}. ${fix}.`;
  if (url.protocol !== 'https:') return `${source}: the site address ${url.origin} must start with https://. ${fix}.`;
  return undefined;
}

/** The address the built site in `dist` was made for: the canonical link of its German home page. */
export function builtSiteAddress(dist: string): string | undefined {
  const home = join(dist, 'de', 'index.html');
  if (!existsSync(home)) return undefined;
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(readFileSync(home, 'utf8'))?.[1];
  return canonical ? new URL(canonical).origin : undefined;
}

function textFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? textFiles(join(dir, entry.name)) : /\.(html|xml|txt|ics|json|webmanifest)$/.test(entry.name) ? [join(dir, entry.name)] : [],
  );
}

/** Built files that still name the placeholder address (a link, a calendar UID, the sitemap). */
export function filesWithPlaceholder(dist: string): string[] {
  const host = new URL(placeholderSite).hostname;
  return textFiles(dist)
    .filter((file) => readFileSync(file, 'utf8').includes(host))
    .map((file) => relative(dist, file));
}

/** Every problem with the site address, for the settings (environment) and for the build in `dist`. */
export function siteAddressProblems(dist: string, env: NodeJS.ProcessEnv = process.env): string[] {
  const problems: string[] = [];
  if (!existsSync(dist)) {
    const problem = siteAddressProblem(env['SITE_URL'], 'SITE_URL');
    return problem ? [problem] : [];
  }
  const built = siteAddressProblem(builtSiteAddress(dist), `${dist}/de/index.html`);
  if (built) problems.push(built);
  const stale = filesWithPlaceholder(dist);
  if (stale.length && !built) {
    problems.push(
      `${stale.length} built file${stale.length > 1 ? 's still name' : ' still names'} ${new URL(placeholderSite).hostname}, e.g. ${dist}/${stale[0]}. Run npm run build again with SITE_URL set.`,
    );
  }
  return problems;
}
