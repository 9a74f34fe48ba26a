// /daten/: one ZIP of everything, counts and sizes in correct German; on a site with indicators,
// their measurement CSVs in the list, in datapackage.json and in the ZIP.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { loadProject } from '../../src/lib/project/load-project';
import { FIXTURES } from '../helpers/fixture-site';
import { LEBENDIG_SITE, REAL_SITE } from '../helpers/paths';
import { attributeValues, page, textOf } from '../helpers/site-files';

describe('/daten/', () => {
  const html = page(REAL_SITE, 'daten');

  it('offers one ZIP of every CSV and datapackage.json, with its size', () => {
    expect(attributeValues(html, 'href')).toContain('/daten/alle-daten.zip');
    expect(existsSync(join(REAL_SITE, 'daten', 'alle-daten.zip'))).toBe(true);
    expect(textOf(html)).toMatch(/Alle Daten als ZIP herunterladen \(\d+(,\d)? kB;/);
  });

  it('says "1 Zeile" and "2 Zeilen", never "1 Zeilen"', () => {
    expect(textOf(html)).not.toMatch(/\b1 Zeilen/);
    expect(textOf(html)).toMatch(/\b1 Zeile,/);
    expect(textOf(html)).toMatch(/\b2 Zeilen,/);
  });
});

describe('/daten/ of a site with indicator measurements (fixture „lebendig“)', () => {
  const html = page(LEBENDIG_SITE, 'daten');
  const measured = loadProject(`${FIXTURES}lebendig`).project.indicators.filter((i) => i.datei);
  const csvs = measured.map((i) => `kennzahlen/${i.id}.csv`);
  const resourcePaths = (pkg: { resources: Array<{ path: string }> }) => pkg.resources.map((r) => r.path);

  it('lists every measurement CSV, and each link leads to a file', () => {
    expect(csvs.length).toBeGreaterThan(0);
    for (const csv of csvs) {
      expect(attributeValues(html, 'href')).toContain(`/daten/${csv}`);
      expect(existsSync(join(LEBENDIG_SITE, 'daten', csv)), csv).toBe(true);
    }
  });

  it('describes them in datapackage.json, beside the datasets', () => {
    const pkg = JSON.parse(readFileSync(join(LEBENDIG_SITE, 'daten', 'datapackage.json'), 'utf8'));
    expect(resourcePaths(pkg)).toEqual(expect.arrayContaining([...csvs, 'angebote.csv']));
  });

  it('puts them into the ZIP, byte for byte as the single downloads', () => {
    const files = unzipSync(readFileSync(join(LEBENDIG_SITE, 'daten', 'alle-daten.zip')));
    for (const csv of csvs) expect(Buffer.from(files[csv]!).equals(readFileSync(join(LEBENDIG_SITE, 'daten', csv))), csv).toBe(true);
    expect(resourcePaths(JSON.parse(strFromU8(files['datapackage.json']!)))).toEqual(expect.arrayContaining(csvs));
  });
});
