// /daten/: one ZIP of everything, counts and sizes in correct German.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REAL_SITE } from '../helpers/paths';
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
