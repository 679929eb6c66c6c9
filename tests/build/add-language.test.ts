/**
 * Adding a language takes one line in src/i18n/locales.ts, one UI-strings file and content
 * files, and nothing else: the variant build (tests/support/variantSite.ts) adds Portuguese (`pt`)
 * with ONE translated page. Every /pt/ page exists, the translated page is used, and the other
 * /pt/ pages are German fallbacks marked noindex and left out of the sitemap. The variant's git
 * history changes the German original of "about" after its translations, so the
 * outdated-translation notice is checked in the built HTML too.
 */
import { describe, expect, test } from 'vitest';
import { base, fallbackNotice, url } from '../support/variantSite.ts';
import { expectIn, pagesIn } from './variant.ts';

describe('adding a language (one config line, one UI file, one page)', () => {
  test('every page exists in the new language, and the language is offered everywhere', () => {
    const german = pagesIn('de').map((path) => path.replace(/^\/de\//, '/'));
    const portuguese = pagesIn('pt').map((path) => path.replace(/^\/pt\//, '/'));
    expect(german.length).toBeGreaterThan(10);
    expect(portuguese.sort()).toEqual(german.sort());
    expectIn('index.html', new RegExp(`<a href="${base}pt/" lang="pt" dir="ltr" hreflang="pt">\\s*Português`));
    expectIn('de/about/index.html', new RegExp(`<a href="${base}pt/about/" lang="pt" hreflang="pt" dir="ltr"[^>]*>Português</a>`));
    // Netlify sends the home address to the new language too (dist/_redirects is written from the locales list).
    expectIn('_redirects', new RegExp(`^${base}  ${base}pt/  302!  Language=pt$`, 'm'));
  });

  test('the translated page is used, indexed and announced', () => {
    expectIn('pt/about/index.html', '<html lang="pt" dir="ltr">');
    expectIn('pt/about/index.html', '<h1>Sobre a LISKO</h1>');
    expectIn('pt/about/index.html', 'A LISKO foi fundada em 2016.');
    expectIn('pt/about/index.html', 'noindex', false);
    expectIn('pt/about/index.html', fallbackNotice, false);
    expectIn('de/about/index.html', `<link rel="alternate" hreflang="pt" href="${url('pt/about/')}">`);
    expectIn('sitemap-0.xml', `<loc>${url('pt/about/')}</loc>`);
  });

  test('the other pages are German fallbacks: marked, noindex, not in the sitemap', () => {
    // The handout is written from UI strings only (no content file), so it is whole in Portuguese.
    const others = pagesIn('pt').filter((path) => path !== '/pt/about/index.html' && path !== '/pt/handout/index.html');
    expect(others.length).toBeGreaterThan(10);
    for (const path of others) {
      expectIn(path, '<meta name="robots" content="noindex">');
      expectIn(path, fallbackNotice);
      expectIn('sitemap-0.xml', `<loc>${url(path.slice(1).replace(/index\.html$/, ''))}</loc>`, false);
    }
    // The original's words carry their language; the page around them (form, labels) is the page's.
    expectIn('pt/contact/index.html', /<div class="page"><h1 lang="de" dir="ltr">Kontakt<\/h1>/);
    expectIn('pt/contact/index.html', /<div class="prose" lang="de" dir="ltr">/);
  });

  test('a translation whose original changed later says so, with the date in the visitor’s language', () => {
    expectIn('pt/about/index.html', /class="notice-outdated">[^<]*<time datetime="2026-05-05">5 de maio de 2026<\/time>/);
    expectIn('fr/about/index.html', /class="notice-outdated">[^<]*<time datetime="2026-05-05">5 mai 2026<\/time>/);
    expectIn('fr/contact/index.html', 'notice-outdated', false);
    expectIn('de/about/index.html', 'notice-outdated', false);
  });
});
