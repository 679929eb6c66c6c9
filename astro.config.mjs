// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { defaultLocale, localeCodes, locales } from './src/i18n/locales.ts';
import { basePrefix, withoutBase } from './src/routing/base.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { markdownBasePath } from './src/routing/markdownBasePath.ts';
import { untranslatedPaths } from './src/editorial/untranslated.ts';
import contentCheck from './src/integrations/contentCheck.ts';
import fullHistory from './src/integrations/history.ts';
import { formspreeNotice } from './src/integrations/formspree.ts';
import { settingsNotice } from './src/integrations/settings.ts';
import hostFiles from './src/integrations/hostFiles.ts';
import { cmsLocalFonts } from './src/integrations/cmsFonts.ts';
import { cmsWithoutGrammars } from './src/integrations/cmsGrammars.ts';
import { islandWithoutSignals } from './src/integrations/islandWithoutSignals.ts';

/**
 * The public address of the site, for canonical links, hreflang and the sitemap. LISKO's real
 * domain is not decided yet: set SITE_URL (and BASE_PATH for a sub-path) when deploying.
 * The default is a reserved placeholder domain so nothing points at someone else's site.
 */
const site = process.env.SITE_URL ?? 'https://lisko.example';
const base = process.env.BASE_PATH ?? '/';
const fallbackCopies = new Set(untranslatedPaths());
/** `https://host/base/fr/about/` → `/fr/about/` */
const sitePath = (/** @type {string} */ url) => withoutBase(new URL(url).pathname, base);
const absolute = (/** @type {string} */ path) => new URL(`${basePrefix(base)}${path}`, site).href;

/** See src/contact/browser/stripe-stub.ts: Stripe stays out of the contact page's JavaScript. */
const stripeStub = fileURLToPath(new URL('./src/contact/browser/stripe-stub.ts', import.meta.url));
/** See src/contact/browser/react-for-formspree.ts: only the parts of preact/compat @formspree/react uses. */
const reactForFormspree = fileURLToPath(new URL('./src/contact/browser/react-for-formspree.ts', import.meta.url));
/**
 * @formspree/core ships an ES module build but names only its CommonJS one (`main`, no `module`
 * or `exports`): the browser bundle then wraps all of it, unused Stripe and base64 code included.
 * Its own ES build lets the bundler keep only what the form calls.
 */
const formspreeCoreEsm = fileURLToPath(new URL('./node_modules/@formspree/core/dist/index.mjs', import.meta.url));

export default defineConfig({
  site,
  base,
  vite: {
    // The project's scripts stay files in /_astro/, never inlined into pages: the CSP allows
    // inline code only when it is Astro's own (src/deploy/hostFiles.ts), so nothing inline can be
    // mistaken for ours. Other assets keep Vite's default.
    build: { assetsInlineLimit: (file) => (/\.[cm]?js$/.test(file) ? false : undefined) },
    resolve: {
      // The island runs under Preact with React compatibility (preact/compat stands in for React).
      // Astro renders static pages in its own `prerender` environment, which does not read
      // `vite.ssr.noExternal`: without this top-level entry Node loads @formspree/react as an
      // external package, which then imports the real React and fails ("Cannot read properties of
      // null (reading 'useContext')"). Not @formspree/core: it is CommonJS, and `astro dev` fails
      // when Vite has to transform it.
      noExternal: ['@formspree/react'],
    },
    plugins: [
      // The web editor at /admin/ loads its fonts from the site, not from a CDN.
      cmsLocalFonts(),
      // …and without the code-highlighting grammars it would load only for a code block.
      cmsWithoutGrammars(),
      // The contact page loads no preload helper for a Signals import it never makes.
      islandWithoutSignals(),
      {
        name: 'lisko-no-stripe-in-the-browser',
        enforce: 'pre',
        resolveId(source, importer, options) {
          if (options?.ssr) return null;
          if (source === '@formspree/core') return formspreeCoreEsm;
          if (/^@stripe\/(react-stripe-js|stripe-js\/pure(\/index\.js)?)$/.test(source)) return stripeStub;
          // `react` arrives here already aliased to preact/compat (@astrojs/preact's `compat`).
          if (/^(react|preact\/compat)$/.test(source) && /[\\/]@formspree[\\/]react[\\/]/.test(importer ?? '')) return reactForFormspree;
          return null;
        },
      },
    ],
  },
  // Markdown links and images written from the site root get the base path (see the plugin).
  markdown: { processor: satteri({ hastPlugins: [markdownBasePath(base)] }) },
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
    // The contact form island: Preact, with `compat` so that @formspree/react (written for React) runs on it.
    preact({ compat: true }),
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
      // The web editor at /admin/ is for LISKO staff, not for search engines.
      // Each language's 404 page (built as /xx/404/, moved to /xx/404.html) is no page to find.
      filter: (page) => !fallbackCopies.has(sitePath(page)) && !sitePath(page).startsWith('/admin/') && !/^\/[^/]+\/404\/$/.test(sitePath(page)),
      // Alternates only between real translations, plus x-default → the language choice at `/`.
      serialize(item) {
        const path = sitePath(item.url);
        const rest = path.split('/').slice(2).join('/');
        const isRoot = path === '/';
        const translations = localeCodes.map((code) => ({ code, path: `/${code}/${rest}` })).filter((alt) => !fallbackCopies.has(alt.path));
        if (!isRoot && fallbackCopies.has(path)) return undefined;
        item.links = [...translations.map((alt) => ({ lang: locales[alt.code].lang, url: absolute(alt.path) })), { lang: 'x-default', url: absolute('/') }];
        return item;
      },
    }),
    // Last: it lists every built file, the sitemap included.
    hostFiles(base),
  ],
});
