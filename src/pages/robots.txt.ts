/** robots.txt with the sitemap's absolute address, which depends on SITE_URL and BASE_PATH. */
import type { APIRoute } from 'astro';
import { basePath } from '../routing/urls.ts';

export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(`${basePath()}sitemap-index.xml`, site);
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap.href}\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
};
