import { afterEach, describe, expect, it } from 'vitest';
import { formatProblem, formatReport } from '../../../src/lib/errors/problem';
import { loadProject } from '../../../src/lib/project/load-project';
import { copyFixture, FIXTURES, type FixtureCopy } from '../../helpers/fixture-site';

let site: FixtureCopy | undefined;
afterEach(() => site?.cleanup());

/** Loads a changed copy of the minimal fixture and returns its error messages. */
function errorsAfter(change: (s: FixtureCopy) => void): string {
  site = copyFixture('minimal');
  change(site);
  return loadProject(site.root)
    .problems.filter((p) => p.severity === 'error')
    .map(formatProblem)
    .join('\n');
}

describe('loadProject(root)', () => {
  it('loads the minimal fixture without errors, in reading order', () => {
    const { project, problems } = loadProject(`${FIXTURES}minimal`);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(project.chapters.map((c) => [c.id, c.befunde])).toEqual([
      ['erstes', ['prioritaet', 'beteiligung']],
      ['zweites', ['angebote']],
    ]);
    expect(project.findings.map((f) => f.id)).toEqual(['prioritaet', 'beteiligung', 'angebote']);
    expect(project.findings[0]!.rows.map((r) => r.wert)).toEqual([67, 48]);
    expect(project.actions.map((a) => a.id)).toEqual(['arbeitskreise', 'sprachkurse']);
  });

  it('lists the editors to-do items as warnings: missing values, settings to fill in', () => {
    const { project, problems } = loadProject(`${FIXTURES}minimal`);
    expect(project.actions.find((a) => a.id === 'sprachkurse')?.status).toBe('noch nicht festgelegt');
    expect(problems.map((p) => `${p.file}:${p.line} ${p.message}`)).toEqual([
      'data/angebote.csv:2 2 Zeilen haben noch keinen Wert (Feld „Wert“ leer).',
      'src/content/einstellungen.yaml:24 Die Angabe „datenschutz.hosting“ ist noch nicht ausgefüllt („BITTE ERGÄNZEN“).',
    ]);
  });

  it('does not list values marked as lost (DIN 55301 „.“) as to-dos, and lists legal to-dos first', () => {
    site = copyFixture('minimal');
    site.edit('data/angebote.csv', (t) => t.replaceAll(';;;;', ';;.;;'));
    const { project, problems } = loadProject(site.root);
    expect(problems.map((p) => p.message)).toEqual(['Die Angabe „datenschutz.hosting“ ist noch nicht ausgefüllt („BITTE ERGÄNZEN“).']);
    expect(project.findings.find((f) => f.id === 'angebote')!.rows.map((r) => [r.wert, r.ohneWertMarkiert])).toEqual([[null, true], [null, true]]);
    const report = formatReport([{ file: 'data/a.csv', line: 1, column: 0, message: 'm', hint: 'h', severity: 'warning' }, problems[0]!]).split('\n');
    expect([report[1]!.split(' – ')[0], report[3]!.split(' – ')[0]]).toEqual(['src/content/einstellungen.yaml:24:12', 'data/a.csv:1']);
  });

  it('reports a missing required field at its parent, in German', () => {
    expect(errorsAfter((s) => s.edit('src/content/kapitel/zweites.mdx', (t) => t.replace('titel: Zweites Kapitel\n', '')))).toMatchInlineSnapshot(`
      "src/content/kapitel/zweites.mdx:2:1 – Das Pflichtfeld „titel“ fehlt.
          → Eine Zeile „titel: …“ ergänzen."
    `);
  });

  it('reports a wrong type and an unknown field with a suggestion', () => {
    expect(
      errorsAfter((s) => s.edit('src/content/kapitel/erstes.mdx', (t) => t.replace('reihenfolge: 1', 'reihenfolge: eins').replace('schlagwoerter:', 'schlagworte:'))),
    ).toMatchInlineSnapshot(`
      "src/content/kapitel/erstes.mdx:3:14 – Das Feld „reihenfolge“ muss eine Zahl sein.
          → Den Wert von „reihenfolge“ berichtigen.
      src/content/kapitel/erstes.mdx:6:1 – Das Feld „schlagworte“ ist unbekannt.
          → Meinten Sie „schlagwoerter“? Das Feld umbenennen."
    `);
  });

  it('reports a value outside a closed list with the allowed values', () => {
    expect(errorsAfter((s) => s.edit('src/content/befunde/angebote.yaml', (t) => t.replace('diagramm: kategorien', 'diagramm: torte')))).toMatchInlineSnapshot(`
      "src/content/befunde/angebote.yaml:5:11 – Feld „diagramm“: „torte“ ist nicht erlaubt.
          → Einen dieser Werte eintragen: „balken“, „gruppen“, „teil-ganzes“, „einzelwert“, „skala“, „kategorien“, „kennzahl“."
    `);
  });

  it('reports a YAML syntax error with its position', () => {
    expect(errorsAfter((s) => s.edit('src/content/massnahmen/sprachkurse.md', (t) => t.replace('titel: Sprachkurse ausbauen', 'titel: Sprachkurse: ausbauen: jetzt')))).toMatchInlineSnapshot(`
      "src/content/massnahmen/sprachkurse.md:2:8 – Die Angaben sind kein gültiges YAML: ein Text enthält einen Doppelpunkt.
          → Jede Angabe als „feld: wert“ schreiben (Doppelpunkt, dann Leerzeichen); Texte mit „:“ oder „#“ in Anführungszeichen setzen; mit Leerzeichen einrücken, nicht mit Tabulatoren."
    `);
  });

  it('reports references to unknown entries and lists the known ids', () => {
    expect(
      errorsAfter((s) => {
        s.edit('src/content/kapitel/zweites.mdx', (t) => t.replace('<Befund id="angebote" />', '<Befund id="angebote" />\n\n<Befund id="angebot" />'));
        s.edit('src/content/befunde/beteiligung.yaml', (t) => t.replace('datensatz: beteiligung', 'datensatz: beteiligungen'));
        s.edit('src/content/massnahmen/sprachkurse.md', (t) => t.replace('belege: [prioritaet, angebote]', 'belege: [prioritaet, angebot]'));
      }),
    ).toMatchInlineSnapshot(`
      "src/content/befunde/beteiligung.yaml:7:12 – Die Datei „data/beteiligungen.csv“ gibt es nicht.
          → Die CSV-Datei anlegen oder einen vorhandenen Namen verwenden: „angebote“, „beteiligung“, „handlungsfelder-prioritaet“.
      src/content/massnahmen/sprachkurse.md:7:22 – Den Befund „angebot“ gibt es nicht.
          → Einen vorhandenen Namen verwenden: „angebote“, „beteiligung“, „prioritaet“.
      src/content/kapitel/zweites.mdx:12:1 – Den Befund „angebot“ gibt es nicht.
          → Einen vorhandenen Namen verwenden: „angebote“, „beteiligung“, „prioritaet“."
    `);
  });

  it('fails on an action without evidence', () => {
    expect(
      errorsAfter((s) => s.edit('src/content/massnahmen/arbeitskreise.md', (t) => t.replace('belege: [beteiligung]', 'belege: []'))),
    ).toMatchInlineSnapshot(`
      "src/content/massnahmen/arbeitskreise.md:10:9 – Die Liste „belege“ ist leer.
          → Mindestens einen Eintrag in „belege“ angeben."
    `);
  });

  it('fails on a field without action and a finding that nothing shows', () => {
    expect(
      errorsAfter((s) => {
        s.edit('src/content/massnahmen/sprachkurse.md', (t) => t.replace('handlungsfelder: [sprache, familien]', 'handlungsfelder: [sprache]'));
        s.edit('src/content/kapitel/zweites.mdx', (t) => t.replace('<Befund id="angebote" />', ''));
      }),
    ).toMatchInlineSnapshot(`
      "src/content/kapitel/zweites.mdx – Der Befund „angebote“ ist im Kapitel „zweites“ nicht eingebunden.
          → Im Kapitel eine Zeile <Befund id="angebote" /> an der passenden Stelle einfügen.
      src/content/handlungsfelder/familien.md – Zum Handlungsfeld „Familien“ gibt es keine Maßnahme.
          → Eine Maßnahme in src/content/massnahmen/ anlegen, die das Handlungsfeld nennt."
    `);
  });

  it('reports an unknown component, a derived action without its source, and a bad file name', () => {
    expect(
      errorsAfter((s) => {
        s.edit('src/content/kapitel/zweites.mdx', (t) => t.replace('<Redaktion>', '<Hinweis>').replace('</Redaktion>', '</Hinweis>'));
        s.edit('src/content/massnahmen/sprachkurse.md', (t) => t.replace('abgeleitet_aus: Fehlende Angebote\n', ''));
        s.write('src/content/massnahmen/Neue Maßnahme.md', '---\ntitel: x\n---\n');
      }),
    ).toMatchInlineSnapshot(`
      "src/content/kapitel/zweites.mdx:12:1 – Die Komponente <Hinweis> gibt es nicht.
          → Nur diese Komponenten verwenden: <Befund>, <Redaktion>.
      src/content/massnahmen/Neue Maßnahme.md – Der Dateiname „Neue Maßnahme.md“ ist als Adresse nicht geeignet.
          → Nur Kleinbuchstaben a–z, Ziffern und Bindestriche verwenden (ä → ae, ß → ss), z. B. „sprach-kurse.md“.
      src/content/massnahmen/sprachkurse.md:2:1 – Das Feld „abgeleitet_aus“ fehlt, obwohl „herkunft: Vorschlag der Redaktion“ angegeben ist.
          → Eine Zeile „abgeleitet_aus: …“ ergänzen."
    `);
  });

  it('collects problems of CSV and front matter files together', () => {
    const errors = errorsAfter((s) => {
      s.edit('data/beteiligung.csv', (t) => t.replace('56', '156'));
      s.edit('src/content/befunde/prioritaet.yaml', (t) => t.replace('basis: alle', 'basis: viele'));
    });
    expect(errors).toContain('data/beteiligung.csv:2:23 – Spalte „Wert“: „156“ liegt nicht zwischen 0 und 100');
    expect(errors).toContain('src/content/befunde/prioritaet.yaml:3:8 – Feld „basis“: „viele“ ist nicht erlaubt.');
  });
});
