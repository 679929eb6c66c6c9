/**
 * The site's pages, in one place: each page's name (its content file, content/pages/<lang>/<name>.md),
 * its address inside a language folder, the menus that link to it and the words of that link.
 * Routing, the header and footer menus, the content check and the tests all read this list, so a
 * new page is one entry here, its content files and, unless it is words only, its .astro file.
 * Imports types only: the content check (Node) and the pages (Astro) both read it.
 */
import type { UiKey } from '../i18n/ui.ts';

/** The header's main menu, or the footer's "more pages". */
export type Menu = 'header' | 'footer';

interface PageSpec {
  /** The address inside a language folder: `about/` is `/<lang>/about/`. */
  path: string;
  /** Words only: built by src/pages/[lang]/[page].astro. Otherwise the page has its own .astro file. */
  textOnly: boolean;
  /** The menus that link to the page, in the order of this list. */
  menus: readonly Menu[];
  /** The link's words in those menus (a UI string). */
  label?: UiKey;
}

export const pages = {
  home: { path: '', textOnly: false, menus: ['header'], label: 'nav.home' },
  services: { path: 'services/', textOnly: false, menus: ['header'], label: 'nav.services' },
  'get-support': { path: 'get-support/', textOnly: false, menus: ['header'], label: 'nav.getSupport' },
  contact: { path: 'contact/', textOnly: false, menus: ['header'], label: 'nav.contact' },
  about: { path: 'about/', textOnly: true, menus: ['header', 'footer'], label: 'nav.about' },
  professionals: { path: 'professionals/', textOnly: true, menus: ['header', 'footer'], label: 'nav.professionals' },
  privacy: { path: 'privacy/', textOnly: true, menus: ['footer'], label: 'nav.privacy' },
  accessibility: { path: 'accessibility/', textOnly: true, menus: ['footer'], label: 'nav.accessibility' },
  // Linked from the texts that use its words, not from a menu.
  glossary: { path: 'glossary/', textOnly: true, menus: [] },
} as const satisfies Record<string, PageSpec>;

export type PageName = keyof typeof pages;

/** Every page name, in the order above. */
export const pageNames = Object.keys(pages) as PageName[];

/** The address of each page inside a language folder. */
export const pagePaths = Object.fromEntries(pageNames.map((name) => [name, pages[name].path])) as Record<PageName, string>;

/** The pages made of words only (src/pages/[lang]/[page].astro builds them). */
export type TextPageName = { [Name in PageName]: (typeof pages)[Name]['textOnly'] extends true ? Name : never }[PageName];
export const textPageNames = pageNames.filter((name): name is TextPageName => pages[name].textOnly);

/** The links of one menu: each page's name and the UI string of its words. */
export function menuLinks(menu: Menu): { name: PageName; label: UiKey }[] {
  return pageNames.flatMap((name) => {
    const page: PageSpec = pages[name];
    if (!page.menus.includes(menu)) return [];
    if (!page.label) throw new Error(`src/routing/pages.ts: page "${name}" is in the ${menu} menu but has no label`);
    return [{ name, label: page.label }];
  });
}

/**
 * The web editor's folder (src/pages/admin/): not a visitor page. It gets its own policy in
 * `_headers`, the offline worker leaves it alone, and the visitor-page tests leave it out.
 */
export const editorFolder = 'admin';
