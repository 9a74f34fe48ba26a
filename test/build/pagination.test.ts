// A site with more findings than one catalogue page holds: /befunde/ and the field filter pages
// are split into pages with working links, each page well under the 200 kB HTML budget.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAt, listFiles, prepareFixture, type SiteBuild } from '../../src/lib/build/build-site';
import { FIXTURES } from '../helpers/fixture-site';

const N = 110;

describe(`a site with ${N} findings (fictitious)`, () => {
  let site: SiteBuild;
  beforeAll(() => {
    const root = prepareFixture(join(FIXTURES, 'minimal'));
    const content = join(root, 'src/content');
    const chapter = join(content, 'kapitel/zweites.mdx');
    let embeds = '';
    for (let i = 1; i <= N; i++) {
      const id = `fiktiv-${String(i).padStart(3, '0')}`;
      writeFileSync(join(content, 'befunde', `${id}.yaml`), `titel: Fiktiver Befund ${i}\nkapitel: zweites\nbasis: alle\neinheit: anteil\ndiagramm: balken\ndatensatz: ${id}\nabschnitt: Test\nhandlungsfelder: [sprache]\nquelle: testbefragung\n`);
      writeFileSync(join(root, 'data', `${id}.csv`), `Kategorie;Gruppe;Wert;Genauigkeit;Aussage im Bericht;Herkunft;Abschnitt\nFiktiv A;;${i % 100};;;Bericht;Test\nFiktiv B;;${(i * 7) % 100};;;Bericht;Test\n`);
      embeds += `\n<Befund id="${id}" />\n`;
    }
    writeFileSync(chapter, readFileSync(chapter, 'utf8') + embeds);
    site = buildAt(root);
  }, 600_000);
  afterAll(() => site.cleanup());

  it('splits /befunde/ into pages of 50 with links between them', () => {
    expect(site.status, site.output.slice(-3000)).toBe(0);
    const files = listFiles(site.dist);
    for (const f of ['befunde/index.html', 'befunde/seite/2/index.html', 'befunde/seite/3/index.html', 'befunde/handlungsfeld/sprache/seite/3/index.html']) expect(files).toContain(f);
    expect(files).not.toContain('befunde/seite/4/index.html');
    const second = readFileSync(join(site.dist, 'befunde/seite/2/index.html'), 'utf8');
    expect(second).toContain('Seite 2 von 3');
    expect(second.match(/class="card finding-card"/g)).toHaveLength(50);
    expect(second).toContain('href="/befunde/seite/3/" rel="next"');
    expect(second).toContain('href="/befunde/" rel="prev"');
    expect(second).toContain('<a href="/befunde/seite/2/" aria-current="page" aria-label="Seite 2">2</a>');
  });

  it('keeps every HTML page under 200 kB', () => {
    const html = listFiles(site.dist).filter((f) => f.endsWith('.html'));
    const over = html.filter((f) => statSync(join(site.dist, f)).size > 200 * 1024 && !f.startsWith('kapitel/zweites/'));
    expect(over).toEqual([]);
  });
});
