/**
 * A hast plugin for Sätteri, Astro's Markdown processor (astro.config.mjs `markdown.processor`):
 * links and images that editors write from the site root (`[Contact](/de/contact/)`,
 * `![…](/images/desk.jpg)`) get the base path, so they lead somewhere when the site is built
 * under a sub-path (BASE_PATH=/lisko/). Every Markdown text goes through it: pages, services and
 * announcements on the pages, and the announcements' HTML in the Atom feeds (`entry.rendered`).
 * Relative links (`../contact/`) need nothing: they resolve against the page.
 */
import type { SatteriProcessorOptions } from '@astrojs/markdown-satteri';
import { withBase } from './base.ts';

type HastPlugin = NonNullable<SatteriProcessorOptions['hastPlugins']>[number];

/** Where Markdown puts an address: `<a href>` (links, autolinks), `<img src>` (images). */
const addresses = { a: 'href', img: 'src' } as const;

export function markdownBasePath(base: string): HastPlugin {
  return {
    name: 'lisko-base-path',
    element: {
      filter: Object.keys(addresses),
      visit(node, ctx) {
        const key = addresses[node.tagName as keyof typeof addresses];
        const value = node.properties[key];
        if (typeof value === 'string' && withBase(value, base) !== value) ctx.setProperty(node, key, withBase(value, base));
      },
    },
  };
}
