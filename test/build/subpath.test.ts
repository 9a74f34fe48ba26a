// The real site built under /integrationskonzept/: every internal link, asset, download and the
// search bundle live under the sub-path and resolve.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SUBPATH, SUBPATH_SITE } from '../helpers/paths';
import { attributeValues, listFiles, readPages } from '../helpers/site-files';

const pages = readPages(SUBPATH_SITE);

describe(`the site under ${SUBPATH}`, () => {
  it('links only to addresses under the sub-path, and each resolves to a built file', () => {
    const outside: string[] = [];
    const broken: string[] = [];
    for (const [path, html] of pages) {
      const bundles = attributeValues(html, 'data-bundle').map((b) => `${b}pagefind.js`);
      for (const href of [...attributeValues(html, 'href'), ...attributeValues(html, 'src'), ...attributeValues(html, 'action'), ...bundles]) {
        if (!href.startsWith('/')) continue;
        if (!href.startsWith(SUBPATH)) {
          outside.push(`${path} → ${href}`);
          continue;
        }
        const target = decodeURI(href.slice(SUBPATH.length).split('#')[0]!.split('?')[0]!);
        const file = target === '' || target.endsWith('/') ? join(SUBPATH_SITE, target, 'index.html') : join(SUBPATH_SITE, target);
        if (!existsSync(file)) broken.push(`${path} → ${href}`);
      }
    }
    expect(outside).toEqual([]);
    expect(broken).toEqual([]);
  });

  it('uses absolute URLs with the sub-path in canonical links and the sitemap', () => {
    expect(pages.get('kapitel/einleitung')).toContain('<link rel="canonical" href="https://www.kreis-kleve.de/integrationskonzept/kapitel/einleitung/">');
    const sitemap = readFileSync(join(SUBPATH_SITE, 'sitemap.xml'), 'utf8');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(locs.length).toBe([...pages.keys()].filter((p) => p !== '404').length);
    expect(locs.every((l) => l.startsWith('https://www.kreis-kleve.de/integrationskonzept/'))).toBe(true);
    expect(readFileSync(join(SUBPATH_SITE, 'robots.txt'), 'utf8')).toContain('Sitemap: https://www.kreis-kleve.de/integrationskonzept/sitemap.xml');
  });

  it('has the search bundle and the data package in the sub-path build', () => {
    const files = listFiles(SUBPATH_SITE);
    expect(files).toContain('pagefind/pagefind.js');
    expect(files).toContain('daten/datapackage.json');
    expect(pages.get('suche')).toContain(`data-bundle="${SUBPATH}pagefind/"`);
  });
});
