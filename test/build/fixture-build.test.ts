// Builds of small fixture sites with this project's code: success, failure that leaves the last
// good site untouched, and reproducibility.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAt, prepareFixture, type FixtureBuild } from '../helpers/build-fixture';
import { FIXTURES } from '../helpers/fixture-site';
import { listFiles } from '../helpers/site-files';

/** Hash of every file of a built site, by path. */
function fingerprint(dir: string): Record<string, string> {
  return Object.fromEntries(listFiles(dir).map((f) => [f, createHash('sha256').update(readFileSync(join(dir, f))).digest('hex')]));
}

describe('a fixture site', () => {
  let first: FixtureBuild;
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
    expect(sitemap).toContain('<loc>https://www.kreis-kleve.de/kapitel/erstes/</loc><lastmod>2020-01-31</lastmod>');
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
