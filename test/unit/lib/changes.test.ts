import { describe, expect, it } from 'vitest';
import { atomFeed } from '../../../src/lib/changes/atom';
import { changeItems, lastChanged, newestFirst, siteStand } from '../../../src/lib/changes/changes';
import { citation } from '../../../src/lib/citation';
import type { ChangeNote } from '../../../src/lib/content/schemas';

const note = (datum: string, art: ChangeNote['art'] = 'wesentlich', text = `Änderung ${datum}`): ChangeNote => ({ datum, art, text });
const entry = (id: string, titel: string, aenderungen: ChangeNote[]) => ({ id, titel, aenderungen });
const source = (id: string, jahr: number, bis?: string, aenderungen: ChangeNote[] = []) => ({ ...entry(id, id, aenderungen), jahr, zeitraum: bis ? { bis } : undefined });
const project = (over: Partial<Record<'chapters' | 'findings' | 'fields' | 'actions' | 'sources', unknown[]>> = {}) =>
  ({ chapters: [], findings: [], fields: [], actions: [], sources: [source('bericht-2018', 2018, '2018-07-31')], ...over }) as never;

describe('change notes', () => {
  it('lastChanged(notes) is the newest date, undefined without notes', () => {
    expect(lastChanged([note('2026-11-26'), note('2027-01-05'), note('2026-12-01')])).toBe('2027-01-05');
    expect(lastChanged([])).toBeUndefined();
  });

  it('newestFirst(notes) sorts by date and keeps the written order on the same day; does not mutate', () => {
    const input = [note('2026-01-01', 'wesentlich', 'a'), note('2027-01-01', 'wesentlich', 'b'), note('2026-01-01', 'wesentlich', 'c')];
    const before = structuredClone(input);
    expect(newestFirst(input).map((n) => n.text)).toEqual(['b', 'a', 'c']);
    expect(input).toEqual(before);
  });

  it('changeItems(project) names kind, title and page of every note, newest first', () => {
    const items = changeItems(project({
      chapters: [entry('resuemee', 'Resümee', [note('2027-02-01')])],
      actions: [entry('kitaplaetze', 'Kitaplätze', [note('2027-03-01', 'redaktionell')])],
      sources: [source('bericht-2018', 2018, '2018-07-31', [note('2026-11-26')])],
    }));
    expect(items.map((i) => [i.datum, i.kind, i.title, i.path, i.art])).toEqual([
      ['2027-03-01', 'Maßnahme', 'Kitaplätze', 'massnahmen/kitaplaetze', 'redaktionell'],
      ['2027-02-01', 'Kapitel', 'Resümee', 'kapitel/resuemee', 'wesentlich'],
      ['2026-11-26', 'Quelle', 'bericht-2018', 'quellen/bericht-2018', 'wesentlich'],
    ]);
  });

  it('siteStand(project): the newest note of any kind, else the newest source date, else undefined', () => {
    expect(siteStand(project({ findings: [entry('f', 'F', [note('2026-11-26', 'redaktionell')])] }))).toBe('2026-11-26');
    expect(siteStand(project({ sources: [source('a', 2018, '2018-07-31'), source('b', 2024, '2024-04-12')] }))).toBe('2024-04-12');
    expect(siteStand(project({ sources: [] }))).toBeUndefined();
  });

  it('citation(settings, title, stand) names the version of the concept and the Stand', () => {
    const settings = { herausgeber: 'Kreis Kleve', titel: 'Integrationskonzept', fassung: 'Fassung 2018', stand: '2026-11-26' };
    expect(citation(settings, 'Sprache')).toBe('Kreis Kleve: „Sprache“. In: Integrationskonzept, Fassung 2018, Stand 26. November 2026.');
    expect(citation(settings, 'Sprache', '2027-01-05')).toContain('Stand 5. Januar 2027.');
  });
});

describe('atomFeed(items, options)', () => {
  const options = {
    title: 'Konzept: Änderungen', author: 'Kreis <Kleve> & Co', updated: '2027-03-01',
    selfUrl: 'https://example.org/aenderungen.xml', pageUrl: 'https://example.org/aenderungen/',
    absoluteUrl: (path: string) => `https://example.org/${path}/`,
  };
  const items = [
    { ...note('2027-03-01', 'wesentlich', 'Ziele & „Kennzahlen“ <neu>'), kind: 'Maßnahme', title: 'Kitaplätze', path: 'massnahmen/kitaplaetze' },
    { ...note('2027-03-01', 'wesentlich', 'Zweite Änderung am selben Tag'), kind: 'Maßnahme', title: 'Kitaplätze', path: 'massnahmen/kitaplaetze' },
  ];

  it('writes feed id, title, updated, author and links, and one escaped entry per item with a unique id', () => {
    expect(atomFeed(items, options)).toMatchInlineSnapshot(`
      "<?xml version="1.0" encoding="utf-8"?>
      <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de">
        <id>https://example.org/aenderungen/</id>
        <title>Konzept: Änderungen</title>
        <updated>2027-03-01T00:00:00Z</updated>
        <author><name>Kreis &lt;Kleve&gt; &amp; Co</name></author>
        <link rel="self" type="application/atom+xml" href="https://example.org/aenderungen.xml"/>
        <link rel="alternate" type="text/html" href="https://example.org/aenderungen/"/>
        <entry>
          <id>https://example.org/massnahmen/kitaplaetze/#aenderung-2027-03-01</id>
          <title>Maßnahme: Kitaplätze</title>
          <updated>2027-03-01T00:00:00Z</updated>
          <link rel="alternate" type="text/html" href="https://example.org/massnahmen/kitaplaetze/"/>
          <summary>Ziele &amp; „Kennzahlen“ &lt;neu&gt;</summary>
        </entry>
        <entry>
          <id>https://example.org/massnahmen/kitaplaetze/#aenderung-2027-03-01-2</id>
          <title>Maßnahme: Kitaplätze</title>
          <updated>2027-03-01T00:00:00Z</updated>
          <link rel="alternate" type="text/html" href="https://example.org/massnahmen/kitaplaetze/"/>
          <summary>Zweite Änderung am selben Tag</summary>
        </entry>
      </feed>
      "
    `);
  });
});
