// Builds of small fixture sites with this project's code: success, failure that leaves the last
// good site untouched, and reproducibility.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAt, prepareFixture, type SiteBuild } from '../../src/lib/build/build-site';
import { FIXTURES } from '../helpers/fixture-site';
import { listFiles } from '../helpers/site-files';

/** Hash of every file of a built site, by path. */
function fingerprint(dir: string): Record<string, string> {
  return Object.fromEntries(listFiles(dir).map((f) => [f, createHash('sha256').update(readFileSync(join(dir, f))).digest('hex')]));
}

describe('a fixture site', () => {
  let first: SiteBuild;
  beforeAll(() => {
    first = buildAt(prepareFixture(join(FIXTURES, 'minimal')));
  });
  afterAll(() => first.cleanup());

  it('builds, with search index, sitemap, downloads and every page', () => {
    expect(first.status, first.output).toBe(0);
    const files = listFiles(first.dist);
    for (const f of ['index.html', 'kapitel/erstes/index.html', 'befunde/prioritaet/index.html', 'handlungsfelder/sprache/index.html',
      'massnahmen/index.html', 'massnahmen/sprachkurse/index.html', 'suche/index.html', '404.html', 'sitemap.xml', 'robots.txt',
      'daten/beteiligung.csv', 'daten/beteiligung.svg', 'pagefind/pagefind.js', 'impressum/index.html']) {
      expect(files, f).toContain(f);
    }
    const sitemap = readFileSync(join(first.dist, 'sitemap.xml'), 'utf8');
    expect(sitemap).toContain('<loc>http://localhost:4321/kapitel/erstes/</loc><lastmod>2020-01-31</lastmod>');
    expect(sitemap).not.toContain('404');
  });

  it('builds the same files twice (reproducible)', () => {
    const before = fingerprint(first.dist);
    const again = first.rebuild();
    expect(again.status, again.output).toBe(0);
    expect(fingerprint(again.dist)).toEqual(before);
  });

  it('stops on bad input with every German message, and leaves the last good site untouched', () => {
    const before = fingerprint(first.dist);
    const csv = join(first.root, 'data/beteiligung.csv');
    writeFileSync(csv, readFileSync(csv, 'utf8').replace('56', '56 %'));
    const yaml = join(first.root, 'src/content/befunde/angebote.yaml');
    writeFileSync(yaml, readFileSync(yaml, 'utf8').replace('diagramm: kategorien', 'diagramm: torte'));
    const failed = first.rebuild();
    expect(failed.status).not.toBe(0);
    expect(failed.output).toContain('data/beteiligung.csv:2:23 – Spalte „Wert“: „56 %“ ist keine Zahl.');
    expect(failed.output).toContain('src/content/befunde/angebote.yaml:5:11 – Feld „diagramm“: „torte“ ist nicht erlaubt.');
    expect(failed.output).toContain('Die bisherige Fassung');
    expect(fingerprint(first.dist)).toEqual(before);
  });
});

describe('a fixture site with the editors\' templates filled in and markup in a CSV label', () => {
  let build: SiteBuild;
  const HOSTILE = '<script>alert(1)</script><img src=x onerror=alert(2)>';
  beforeAll(() => {
    const root = prepareFixture(join(FIXTURES, 'minimal'));
    const template = (path: string) => readFileSync(path, 'utf8');
    const names = (t: string) => t.replace(/name-des-kapitels/g, 'neues-kapitel').replace(/name-des-befunds|name-der-csv-datei/g, 'neuer-befund').replace(/name-der-quelle/g, 'testbefragung');
    writeFileSync(join(root, 'src/content/kapitel/neues-kapitel.mdx'), names(template('src/content/kapitel/_vorlage.mdx')));
    writeFileSync(join(root, 'src/content/befunde/neuer-befund.yaml'), names(template('src/content/befunde/_vorlage.yaml')));
    writeFileSync(join(root, 'data/neuer-befund.csv'), template('data/_vorlage.csv').replace('Bezeichnung wie im Bericht', `"${HOSTILE}"`));
    writeFileSync(join(root, 'src/content/massnahmen/neue-massnahme.md'), names(template('src/content/massnahmen/_vorlage.md')));
    build = buildAt(root);
  });
  afterAll(() => build.cleanup());

  it('builds the pages made from the templates', () => {
    expect(build.status, build.output).toBe(0);
    const files = listFiles(build.dist);
    for (const f of ['kapitel/neues-kapitel/index.html', 'befunde/neuer-befund/index.html', 'massnahmen/neue-massnahme/index.html', 'daten/neuer-befund.csv']) expect(files).toContain(f);
  });

  it('shows markup from a CSV label as inert text in page, chart, table and SVG download', () => {
    const html = readFileSync(join(build.dist, 'befunde/neuer-befund/index.html'), 'utf8');
    expect(html).not.toContain('<script>alert(1)');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;');
    const svg = readFileSync(join(build.dist, 'daten/neuer-befund.svg'), 'utf8');
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;');
  });
});

