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
