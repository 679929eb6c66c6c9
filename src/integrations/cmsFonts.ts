/**
 * Vite plugin: the web editor's fonts come from the site itself, never from a CDN.
 *
 * Sveltia CMS's npm build registers its three fonts from files it ships (`npm/assets/*.woff2`),
 * but a style block it injects still names the same fonts at cdn.jsdelivr.net. Under /admin/'s
 * Content-Security-Policy (font-src 'self') those requests are blocked, and without the CSP they
 * would tell a third party that an editor is working. This rewrites each CDN address to the file
 * the package ships (Vite then emits it into /_astro/), and stops the build if any CDN address is
 * left or a font has no local file (a new version of the package changed its fonts).
 */
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';

const cdnFont = /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/([a-z0-9-]+)(?::vf)?@[\d.]+\/([a-z0-9-]+)\.woff2/g;

/** `npm/index.js` of @sveltia/cms, and the font files next to it. */
function cmsPackage(): { entry: string; fonts: string[] } {
  const entry = createRequire(import.meta.url).resolve('@sveltia/cms');
  return { entry, fonts: readdirSync(join(dirname(entry), 'assets')).filter((file) => file.endsWith('.woff2')) };
}

/** The code with every CDN font address replaced by an expression for the local file's URL. */
export function localFonts(code: string, fonts: readonly string[]): string {
  const missing: string[] = [];
  const rewritten = code.replace(cdnFont, (address, family: string, subset: string) => {
    const file = fonts.find((name) => name.startsWith(`${family}-${subset}-`));
    if (!file) {
      missing.push(address);
      return address;
    }
    // The style block is a template literal: the URL is filled in where the bundle is served.
    return `\${new URL('./assets/${file}', import.meta.url).href}`;
  });
  if (missing.length) throw new Error(`The web editor names fonts with no local file (update src/integrations/cmsFonts.ts): ${missing.join(', ')}`);
  if (/https:\/\/cdn\.jsdelivr\.net\/fontsource\//.test(rewritten))
    throw new Error('The web editor still loads a font from cdn.jsdelivr.net (update src/integrations/cmsFonts.ts).');
  return rewritten;
}

export function cmsLocalFonts(): Plugin {
  let cms: ReturnType<typeof cmsPackage> | undefined;
  return {
    name: 'lisko-cms-local-fonts',
    enforce: 'pre',
    transform(code, id) {
      cms ??= cmsPackage();
      if (id.split('?')[0] !== cms.entry) return null;
      return { code: localFonts(code, cms.fonts), map: null };
    },
  };
}
