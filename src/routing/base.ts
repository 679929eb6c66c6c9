/**
 * The site's base path (BASE_PATH, Astro's `base`: `/` or a sub-path like `/lisko/`), trimmed in
 * one place. Pure, and given `base` as an argument: astro.config.mjs and the host files have it
 * from the environment, the pages from `import.meta.env.BASE_URL` (src/routing/urls.ts).
 */

/** `/lisko/` → `/lisko`, `/` → ``: what goes in front of a path that starts with `/`. */
export function basePrefix(base: string): string {
  return base.replace(/\/+$/, '');
}

/** `/lisko/de/about/` → `/de/about/`: a site path as content and the sitemap filter write it. */
export function withoutBase(pathname: string, base: string): string {
  const prefix = basePrefix(base);
  return (pathname.startsWith(`${prefix}/`) ? pathname.slice(prefix.length) : pathname) || '/';
}

/**
 * `/de/contact/` → `/lisko/de/contact/`: a root-relative path as editors write it in Markdown,
 * given the base path. Anything else (`../contact/`, `#part`, `https://…`, `//host/…`) is left
 * as it is: it either resolves against the page already or leads to another site.
 */
export function withBase(path: string, base: string): string {
  return path.startsWith('/') && !path.startsWith('//') ? `${basePrefix(base)}${path}` : path;
}
