// A finding from a second source carries its own context everywhere (page, chart, table, CSV and
// SVG downloads, search entry, data package) and no fact of the 2018 report; change notes appear on
// their pages, on /aenderungen/ and in a valid Atom feed. Fixture: "lebendig".
import { readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LEBENDIG_SITE } from '../helpers/paths';
import { chromiumPath, launchBrowser } from '../helpers/browser';
import { withoutSoftHyphens } from '../helpers/site-files';

/** Facts that only the 2018 report states: none may appear with the 2024 finding. */
const FACTS_2018 = ['2018', '19.06.', '31.07.', '98 ', 'nicht als repräsentative', 'Evaluation des Fragebogens', 'Kommunales Integrationszentrum'];
const CONTEXT_2024 = ['Fiktive Folgebefragung 2024 – nur Testdaten', '04.03.–12.04.2024', 'Fiktive Online-Befragung', 'Fiktive Zufallsstichprobe', '321 Online-Antworten'];

/** Every Pagefind fragment (gzip, "pagefind_dcd" prefix) as parsed JSON. */
function searchEntries(dist: string): Array<{ url: string; content: string; meta: Record<string, string> }> {
  const dir = join(dist, 'pagefind/fragment');
  return readdirSync(dir).map((f) => JSON.parse(gunzipSync(readFileSync(join(dir, f))).toString('utf8').replace(/^pagefind_dcd/, '')));
}

const without = (text: string, facts: readonly string[]) => facts.filter((f) => text.includes(f));

describe('a site with two sources (fixture "lebendig")', () => {
  // Without the soft hyphens the typography step puts into headings, cards and tables.
  const read = (path: string) => withoutSoftHyphens(readFileSync(join(LEBENDIG_SITE, path), 'utf8'));

  it('shows the 2024 context on the 2024 finding page: caption, chart, table; no 2018 fact', () => {
    const html = read('befunde/folgebefragung-beteiligung/index.html');
    const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
    for (const c of CONTEXT_2024) expect(main, c).toContain(c);
    expect(main).toContain('Thema der Frage (sinngemäß): Bereitschaft, in Netzwerken mitzuarbeiten (fiktiv)');
    expect(main).toMatch(/<svg[^>]*role="img"/);
    expect(main).toContain('<table');
    expect(without(main, FACTS_2018)).toEqual([]);
  });

  it('keeps the 2018 context for the 2018 findings of the same chapter', () => {
    const html = read('befunde/prioritaet/index.html');
    expect(html).toContain('Befragungszeitraum: 19.06.–31.07.2018.');
    expect(html).toContain('Repräsentativität: Die Befragung wurde nicht als repräsentative Umfrage angelegt.');
  });

  it('writes the CSV and SVG downloads without 2018 facts; the SVG names the 2024 source', () => {
    expect(without(read('daten/folgebefragung-beteiligung.csv'), FACTS_2018)).toEqual([]);
    const svg = read('daten/folgebefragung-beteiligung.svg');
    expect(svg).toContain('Fiktive Folgebefragung 2024 – nur Testdaten');
    expect(without(svg, FACTS_2018)).toEqual([]);
  });

  it('indexes the 2024 finding for search with its own source and no 2018 fact', () => {
    const entry = searchEntries(LEBENDIG_SITE).find((e) => e.url === '/befunde/folgebefragung-beteiligung/');
    expect(entry).toBeDefined();
    expect(entry!.content).toContain('Fiktive Folgebefragung 2024 – nur Testdaten');
    expect(without(entry!.content, FACTS_2018)).toEqual([]);
  });

  it('lists each finding under its own source and names the source per resource in datapackage.json', () => {
    const page2024 = read('quellen/folgebefragung-2024/index.html');
    expect(page2024).toContain('/befunde/folgebefragung-beteiligung/');
    expect(page2024).not.toContain('/befunde/prioritaet/');
    expect(read('quellen/bericht-2018/index.html')).toContain('/befunde/prioritaet/');
    expect(read('quellen/index.html')).toContain('/quellen/folgebefragung-2024/');
    const pkg = JSON.parse(read('daten/datapackage.json'));
    const resource = pkg.resources.find((r: { name: string }) => r.name === 'folgebefragung-beteiligung');
    expect(resource.sources).toEqual([{
      title: 'Testredaktion Musterkreis: Fiktive Folgebefragung 2024 – nur Testdaten (2024), Befragungszeitraum 04.03.–12.04.2024, Abschnitt „Testabschnitt Folgebefragung“',
      path: 'https://example.org/fiktive-folgebefragung-2024',
    }]);
    expect(without(JSON.stringify(resource), FACTS_2018)).toEqual([]);
    // The two surveys, then the sources of the indicator measurements (named per resource too).
    const measurementSources = new Set(pkg.resources.filter((r: { name: string }) => r.name.startsWith('kennzahl-'))
      .flatMap((r: { sources: Array<{ title: string }> }) => r.sources.map((s) => s.title)));
    expect(measurementSources.size).toBeGreaterThan(0);
    expect(pkg.sources.filter((s: { title: string }) => !measurementSources.has(s.title))).toHaveLength(2);
  });

  it('shows the 2024 source on the data page entry of its dataset', () => {
    const html = read('daten/index.html');
    const entry = html.slice(html.indexOf('id="datensatz-folgebefragung-beteiligung"'));
    const card = entry.slice(0, entry.indexOf('</li>'));
    expect(card).toContain('Fiktive Folgebefragung 2024 – nur Testdaten');
    expect(without(card, FACTS_2018)).toEqual([]);
  });

  it('shows a page\'s change notes with its last change, and the newest note as the site-wide Stand', () => {
    const html = read('befunde/folgebefragung-beteiligung/index.html');
    expect(html).toContain('Zuletzt geändert am <time datetime="2024-05-06">6. Mai 2024</time>.');
    expect(html).toContain('(redaktionelle Änderung): Tippfehler im Titel berichtigt (fiktiv).');
    expect(html).toContain('Testfassung 2020, Stand 6. Mai 2024.');
    // A page without notes carries the site-wide Stand: the newest note of the whole site.
    expect(read('impressum/index.html')).toContain('Stand: <time datetime="2024-05-06">6. Mai 2024</time>');
  });

  it('lists only significant changes on /aenderungen/, newest first, with links', () => {
    const html = read('aenderungen/index.html');
    const list = html.slice(html.indexOf('<ol class="change-list"'), html.indexOf('</ol>', html.indexOf('<ol class="change-list"')));
    expect(list).toContain('href="/befunde/folgebefragung-beteiligung/"');
    expect(list).toContain('href="/quellen/folgebefragung-2024/"');
    expect(list).not.toContain('Tippfehler');
  });

  it.skipIf(!chromiumPath)('publishes the significant changes as a well-formed Atom feed with absolute addresses', async () => {
    const xml = read('aenderungen.xml');
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      // Chromium's XML parser: a real parse, not a pattern match.
      const feed = await page.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, 'application/xml');
        const NS = 'http://www.w3.org/2005/Atom';
        const one = (el: Element | Document, name: string) => el.getElementsByTagNameNS(NS, name)[0];
        const root = doc.documentElement;
        return {
          error: doc.getElementsByTagName('parsererror')[0]?.textContent ?? null,
          root: `${root.namespaceURI} ${root.localName}`,
          id: root.querySelector(':scope > id')?.textContent,
          title: root.querySelector(':scope > title')?.textContent,
          updated: root.querySelector(':scope > updated')?.textContent,
          author: one(root, 'author')?.getElementsByTagNameNS(NS, 'name')[0]?.textContent,
          self: root.querySelector(':scope > link[rel="self"]')?.getAttribute('href'),
          entries: [...root.getElementsByTagNameNS(NS, 'entry')].map((e) => ({
            id: one(e, 'id')?.textContent,
            title: one(e, 'title')?.textContent,
            updated: one(e, 'updated')?.textContent,
            link: one(e, 'link')?.getAttribute('href'),
            summary: one(e, 'summary')?.textContent,
          })),
        };
      }, xml);
      expect(feed.error).toBeNull();
      expect(feed.root).toBe('http://www.w3.org/2005/Atom feed');
      expect(feed).toMatchObject({
        id: 'https://www.kreis-kleve.de/aenderungen/',
        title: 'Testkonzept Musterkreis (lebendig): Änderungen',
        updated: '2024-05-06T00:00:00Z',
        author: 'Musterkreis',
        self: 'https://www.kreis-kleve.de/aenderungen.xml',
      });
      expect(feed.entries).toEqual([
        {
          id: 'https://www.kreis-kleve.de/befunde/folgebefragung-beteiligung/#aenderung-2024-05-02',
          title: 'Befund: Bereitschaft zur Mitarbeit (fiktive Folgebefragung 2024)',
          updated: '2024-05-02T00:00:00Z',
          link: 'https://www.kreis-kleve.de/befunde/folgebefragung-beteiligung/',
          summary: 'Befund aus der fiktiven Folgebefragung 2024 ergänzt (nur Testdaten).',
        },
        {
          id: 'https://www.kreis-kleve.de/quellen/folgebefragung-2024/#aenderung-2024-05-02',
          title: 'Quelle: Fiktive Folgebefragung 2024 – nur Testdaten',
          updated: '2024-05-02T00:00:00Z',
          link: 'https://www.kreis-kleve.de/quellen/folgebefragung-2024/',
          summary: 'Fiktive Folgebefragung als Quelle aufgenommen (nur Testdaten).',
        },
      ]);
    } finally {
      await browser.close();
    }
  });
});
