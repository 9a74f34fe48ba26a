import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDataset, type DatasetExpectation } from '../../../src/lib/data/dataset';
import { formatProblem } from '../../../src/lib/errors/problem';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../fixtures/csv/${name}`, import.meta.url)));
const shares: DatasetExpectation = { unit: 'anteil', kind: 'balken' };
const read = (name: string, expect = shares) => readDataset(`data/${name}`, fixture(name), expect);
const report = (name: string, expect = shares) => read(name, expect).problems.map(formatProblem).join('\n');

describe('readDataset(file, bytes, expectation)', () => {
  it('reads a good file into typed rows with true line numbers', () => {
    const { rows, problems } = read('gut.csv');
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      { line: 2, kategorie: 'Schule, Ausbildung, Studium', gruppe: '', wert: 79, genauigkeit: '', aussage: '', herkunft: 'Bericht', abschnitt: 'Zukünftige Gestaltung' },
      { line: 3, kategorie: 'Sprache', gruppe: '', wert: 67.5, genauigkeit: '', aussage: '', herkunft: 'Bericht', abschnitt: 'Zukünftige Gestaltung' },
    ]);
  });

  it('reads semicolons with decimal commas, skips Excel empty rows, treats DIN placeholders as missing', () => {
    const { rows, problems } = read('semikolon-dezimalkomma.csv');
    expect(problems).toEqual([]);
    expect(rows.map((r) => [r.line, r.kategorie, r.wert, r.genauigkeit, r.aussage])).toEqual([
      [2, 'Sprache', 67.5, 'etwa', ''],
      [4, 'Familien', null, '', 'geringer Anteil'],
    ]);
  });

  it('reads comma-separated files with quoted decimal commas', () => {
    const { rows, problems } = read('komma-getrennt.csv');
    expect(problems).toEqual([]);
    expect(rows[0]?.wert).toBe(67.5);
  });

  it('strips a UTF-8 byte order mark and reads CRLF line ends', () => {
    const { rows, problems } = read('bom.csv');
    expect(problems).toEqual([]);
    expect(rows[0]).toMatchObject({ line: 2, kategorie: 'Sprache', wert: 67 });
  });

  it('reads Windows-1252 correctly and warns by name', () => {
    const { rows, problems } = read('windows-1252.csv');
    expect(rows.map((r) => r.kategorie)).toEqual(['Familien', 'Größe']);
    expect(rows[0]?.abschnitt).toBe('Zukünftige Gestaltung');
    expect(problems.map((p) => p.severity)).toEqual(['warning']);
    expect(report('windows-1252.csv')).toMatchInlineSnapshot(`
      "data/windows-1252.csv – Warnung: Die Datei ist nicht als UTF-8 gespeichert und wurde als Windows-1252 (ANSI) gelesen.
          → In Excel „Speichern unter“ → Dateityp „CSV UTF-8 (durch Trennzeichen getrennt)“ wählen."
    `);
  });

  it('reports text in a number cell with line, column and hint', () => {
    expect(report('text-in-zahl.csv')).toMatchInlineSnapshot(`
      "data/text-in-zahl.csv:2:10 – Spalte „Wert“: „12.5 %“ ist keine Zahl.
          → Zahl im deutschen Format ohne Einheit schreiben, z. B. 12,5. Ohne Wert: Feld leer lassen oder „–“."
    `);
  });

  it('reports a renamed column and suggests the expected name', () => {
    expect(report('spalte-umbenannt.csv')).toMatchInlineSnapshot(`
      "data/spalte-umbenannt.csv:1:18 – Die Spalte „Anteil“ ist unbekannt.
          → Die Spalte in „Wert“ umbenennen."
    `);
  });

  it('reports a row with too many fields at the surplus field', () => {
    expect(report('zu-viele-felder.csv')).toMatchInlineSnapshot(`
      "data/zu-viele-felder.csv:2:45 – Die Zeile hat 8 Felder, die Kopfzeile aber nur 7.
          → Überzähliges Trennzeichen löschen oder Text mit „;“ bzw. „,“ in Anführungszeichen setzen."
    `);
  });

  it('reports an empty file', () => {
    expect(report('leer.csv')).toMatchInlineSnapshot(`
      "data/leer.csv – Die Datei ist leer.
          → Eine Kopfzeile und mindestens eine Datenzeile eintragen. Kopfzeile: Kategorie;Gruppe;Wert;Genauigkeit;Aussage im Bericht;Herkunft;Abschnitt"
    `);
  });

  it('reports a share over 100', () => {
    expect(report('anteil-ueber-100.csv')).toMatchInlineSnapshot(`
      "data/anteil-ueber-100.csv:2:10 – Spalte „Wert“: „120“ liegt nicht zwischen 0 und 100 (Anteil in Prozent).
          → Den Wert mit seiner Quelle vergleichen und berichtigen."
    `);
  });

  it('counts true file lines after a quoted line break', () => {
    const { rows, problems } = read('umbruch-vor-fehler.csv');
    expect(rows[0]).toMatchObject({ line: 2, kategorie: 'Sprache\nund Kultur', aussage: 'sagt "viel"' });
    expect(problems[0]).toMatchObject({ line: 4, column: 11 });
    expect(report('umbruch-vor-fehler.csv')).toMatchInlineSnapshot(`
      "data/umbruch-vor-fehler.csv:4:11 – Spalte „Wert“: „viel“ ist keine Zahl.
          → Zahl im deutschen Format ohne Einheit schreiben, z. B. 12,5. Ohne Wert: Feld leer lassen oder „–“."
    `);
  });

  it('reports an unclosed quote', () => {
    expect(report('anfuehrungszeichen-offen.csv')).toMatchInlineSnapshot(`
      "data/anfuehrungszeichen-offen.csv:2:1 – Ein Anführungszeichen („"“) wird geöffnet, aber nicht geschlossen.
          → Das fehlende schließende Anführungszeichen ergänzen oder das öffnende entfernen."
    `);
  });

  it('collects every problem of a file at once: formula-like text and values outside closed lists', () => {
    expect(report('formel-und-auswahl.csv')).toMatchInlineSnapshot(`
      "data/formel-und-auswahl.csv:2:1 – Spalte „Kategorie“: „=HYPERLINK("x")“ beginnt mit einem Formelzeichen (=, +, @).
          → Das Zeichen am Anfang entfernen; Tabellenprogramme würden den Text sonst als Formel ausführen.
      data/formel-und-auswahl.csv:3:13 – Spalte „Genauigkeit“: „ungefähr“ ist nicht erlaubt.
          → Einen dieser Werte eintragen: „etwa“, „über“, „unter“.
      data/formel-und-auswahl.csv:3:23 – Spalte „Herkunft“: „Quelle“ ist nicht erlaubt.
          → Einen dieser Werte eintragen: „Bericht“, „Differenz zu 100“."
    `);
  });

  it('checks ranges per unit: a mean lies in 1–5, a count is whole', () => {
    const bytes = (s: string) => new TextEncoder().encode(`Kategorie;Gruppe;Wert;Genauigkeit;Aussage im Bericht;Herkunft;Abschnitt\n${s}`);
    const mean = readDataset('data/m.csv', bytes('A;B;5,5;;;Bericht;S\n'), { unit: 'mittelwert', kind: 'skala' });
    expect(mean.problems.map((p) => p.message)).toEqual(['Spalte „Wert“: „5,5“ liegt nicht zwischen 1 und 5 (Mittelwert auf der Skala 1 bis 5).']);
    const count = readDataset('data/c.csv', bytes('A;;9,5;;;Bericht;S\n'), { unit: 'anzahl', kind: 'kennzahl' });
    expect(count.problems.map((p) => p.message)).toEqual(['Spalte „Wert“: „9,5“ ist keine ganze Zahl.']);
  });

  it('requires a group for two-group charts', () => {
    const bytes = new TextEncoder().encode('Kategorie;Gruppe;Wert;Genauigkeit;Aussage im Bericht;Herkunft;Abschnitt\nA;;2;;;Bericht;S\n');
    const { problems } = readDataset('data/g.csv', bytes, { unit: 'mittelwert', kind: 'skala' });
    expect(problems.map((p) => [p.line, p.column, p.message])).toEqual([[2, 3, 'Die Spalte „Gruppe“ ist leer.']]);
  });
});
