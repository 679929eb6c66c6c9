// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import { defaultLocale, localeCodes, locales } from './src/i18n/locales.ts';
import { untranslatedPaths } from './src/utils/untranslated.ts';
import contentCheck from './src/integrations/contentCheck.ts';
import fullHistory from './src/integrations/history.ts';
import { formspreeNotice, formspreeTargetFor } from './src/integrations/formspree.ts';
import { settingsNotice } from './src/integrations/settings.ts';
import { writeHostFiles } from './scripts/host-files.ts';

/**
 * The public address of the site, for canonical links, hreflang and the sitemap. LISKO's real
 * domain is not decided yet: set SITE_URL (and BASE_PATH for a sub-path) when deploying.
 * The default is a reserved placeholder domain so nothing points at someone else's site.
 */
const site = process.env.SITE_URL ?? 'https://lisko.example';
const base = process.env.BASE_PATH ?? '/';
const fallbackCopies = new Set(untranslatedPaths());
const basePrefix = base.replace(/\/+$/, '');
/** `https://host/base/fr/about/` → `/fr/about/` */
const sitePath = (/** @type {string} */ url) => new URL(url).pathname.slice(basePrefix.length) || '/';
const absolute = (/** @type {string} */ path) => new URL(`${basePrefix}${path}`, site).href;

/** See src/components/contact-form/stripe-stub.ts: Stripe stays out of the contact page's JavaScript. */
const stripeStub = fileURLToPath(new URL('./src/components/contact-form/stripe-stub.ts', import.meta.url));

/**
 * After every build: dist/_headers (CSP with the hashes of the inline scripts actually built,
 * security and caching headers) and dist/_redirects, from the templates in public/, with `base`
 * in front of every path. scripts/host-files.ts explains why not Astro's own `security.csp`.
 */
/** @returns {import('astro').AstroIntegration} */
function hostFiles() {
  let publicDir = new URL('./public/', import.meta.url);
  let root = new URL('./', import.meta.url);
  return {
    name: 'lisko:host-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        publicDir = config.publicDir;
        root = config.root;
      },
      'astro:build:done': ({ dir, logger }) => {
        // The CSP allows exactly the address the contact form posts to.
        const formEndpoint = formspreeTargetFor(root).action;
        const counts = writeHostFiles(fileURLToPath(dir), fileURLToPath(publicDir), base, formEndpoint);
        logger.info(`CSP (_headers and ${counts.pages} pages): ${counts.scripts} inline script hash(es), ${counts.styles} style hash(es)`);
      },
    },
  };
}

export default defineConfig({
  site,
  base,
  vite: {
    // The project's scripts stay files in /_astro/, never inlined into pages: the CSP allows
    // inline code only when it is Astro's own (scripts/host-files.ts), so nothing inline can be
    // mistaken for ours. Other assets keep Vite's default.
    build: { assetsInlineLimit: (file) => (/\.[cm]?js$/.test(file) ? false : undefined) },
    plugins: [
      {
        name: 'lisko-no-stripe-in-the-browser',
        enforce: 'pre',
        resolveId(source, _importer, options) {
          if (options?.ssr) return null;
          return /^@stripe\/(react-stripe-js|stripe-js\/pure(\/index\.js)?)$/.test(source) ? stripeStub : null;
        },
      },
    ],
  },
  trailingSlash: 'always',
  // Stylesheets stay files too (see vite.build above); the CSP allows no inline style of ours.
  build: { format: 'directory', inlineStylesheets: 'never' },
  i18n: {
    locales: localeCodes,
    defaultLocale,
    // Every URL carries its language; `/` is our own language-choice page, never a redirect.
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  integrations: [
    // First: stops with the plain list of content problems before Astro reads the content.
    contentCheck(),
    // A production build from a shallow clone would publish wrong dates: it stops.
    fullHistory(),
    react(),
    // Says where the contact form posts; warns while the placeholder Formspree id is in use.
    formspreeNotice(),
    // Warns while a privacy setting still holds its placeholder.
    settingsNotice(),
    sitemap({
      i18n: {
        defaultLocale,
        locales: Object.fromEntries(localeCodes.map((code) => [code, locales[code].lang])),
      },
      // Fallback copies are noindex; they must not be announced to search engines.
      filter: (page) => !fallbackCopies.has(sitePath(page)),
      // Alternates only between real translations, plus x-default → the language choice at `/`.
      serialize(item) {
        const path = sitePath(item.url);
        const rest = path.split('/').slice(2).join('/');
        const isRoot = path === '/';
        const translations = localeCodes
          .map((code) => ({ code, path: `/${code}/${rest}` }))
          .filter((alt) => !fallbackCopies.has(alt.path));
        if (!isRoot && fallbackCopies.has(path)) return undefined;
        item.links = [
          ...translations.map((alt) => ({ lang: locales[alt.code].lang, url: absolute(alt.path) })),
          { lang: 'x-default', url: absolute('/') },
        ];
        return item;
      },
    }),
    // Last: it lists every built file, the sitemap included.
    hostFiles(),
  ],
});
