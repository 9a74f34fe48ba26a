// robots.txt: everything may be indexed; points to the sitemap.
import type { APIRoute } from 'astro';
import { absoluteUrl } from '../site/url';
import { sitePaths } from '../lib/page-kinds';

export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(sitePaths.sitemap())}\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
