/** Sitemap XML from the built pages themselves, so it never lists a page that does not exist. */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SITEMAP } from '../page-kinds';
import { escapeXml } from '../text/xml';

export interface SitemapEntry {
  url: string;
  /** The content's Stand (YYYY-MM-DD), never the build time. */
  lastmod: string;
}

/** Reads canonical URL and Stand from a built page; undefined for pages marked noindex. */
export function sitemapEntry(html: string): SitemapEntry | undefined {
  if (/<meta name="robots" content="noindex"/.test(html)) return undefined;
  const url = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
  const lastmod = /class="stand"[^>]*>[^<]*<time datetime="(\d{4}-\d{2}-\d{2})"/.exec(html)?.[1];
  return url && lastmod ? { url, lastmod } : undefined;
}

/** A sitemaps.org urlset, sorted by URL for reproducible builds. */
export function renderSitemap(entries: readonly SitemapEntry[]): string {
  const items = [...entries]
    .sort((a, b) => a.url.localeCompare(b.url))
    .map((p) => `  <url><loc>${escapeXml(p.url)}</loc><lastmod>${p.lastmod}</lastmod></url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${items.join('\n')}\n</urlset>\n`;
}

/** Writes `dir/sitemap.xml` from the HTML pages under `dir`; returns the number of URLs. */
export function writeSitemap(dir: string): number {
  const entries = htmlFiles(dir)
    .map((file) => sitemapEntry(readFileSync(file, 'utf8')))
    .filter((e): e is SitemapEntry => e !== undefined);
  writeFileSync(join(dir, SITEMAP), renderSitemap(entries));
  return entries.length;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : [],
  );
}
