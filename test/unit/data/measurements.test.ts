import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { parseCsvDate, readMeasurements } from '../../../src/lib/data/measurements';
import { formatProblem } from '../../../src/lib/errors/problem';

const utf8 = (text: string) => new TextEncoder().encode(text);
const read = (bytes: Uint8Array, unit: 'anzahl' | 'anteil' = 'anteil') => readMeasurements('data/kennzahlen/x.csv', bytes, unit, '2026-11-26');

describe('parseCsvDate(raw)', () => {
  it.each([
    ['31.12.2025', '2025-12-31'],
    ['1.3.2025', '2025-03-01'],
    ['2025-12-31', '2025-12-31'],
    ['2025-06', '2025-06'],
    [' 2025 ', '2025'],
    ['31.02.2025', undefined],
    ['2025-13', undefined],
    ['12/31/2025', undefined],
    ['', undefined],
  ])('%j → %j', (raw, iso) => {
    expect(parseCsvDate(raw)).toBe(iso);
  });
});

describe('readMeasurements(file, bytes, unit, today)', () => {
  it('reads a German Excel file (BOM, semicolons, CRLF, decimal comma, German dates) in date order', () => {
    const { rows, problems } = read(utf8('\ufeffDatum;Wert;Quelle;Anmerkung\r\n31.12.2025;22,5;Statistik;\r\n31.12.2024;18;Statistik;erste Messung\r\n2023;–;Statistik;ausgefallen\r\n'));
    expect(problems).toEqual([]);
    expect(rows.map((r) => [r.datum, r.wert, r.line, r.anmerkung])).toEqual([
      ['2023', null, 4, 'ausgefallen'],
      ['2024-12-31', 18, 3, 'erste Messung'],
      ['2025-12-31', 22.5, 2, ''],
    ]);
  });

  it('reads a Windows-1252 file with a warning and keeps its umlauts', () => {
    const bytes = iconv.encode('Datum;Wert;Quelle;Anmerkung\r\n2024;5;Schätzung des Amts;vorläufig, geprüft\r\n', 'win1252');
    const { rows, problems } = read(new Uint8Array(bytes), 'anzahl');
    expect(problems.map(formatProblem)).toEqual([
      'data/kennzahlen/x.csv – Warnung: Die Datei ist nicht als UTF-8 gespeichert und wurde als Windows-1252 (ANSI) gelesen.\n    → In Excel „Speichern unter“ → Dateityp „CSV UTF-8 (durch Trennzeichen getrennt)“ wählen.',
    ]);
    expect(rows[0]).toMatchObject({ quelle: 'Schätzung des Amts', anmerkung: 'vorläufig, geprüft' });
  });

  it('accepts a header without rows: no measurement yet', () => {
    expect(read(utf8('Datum;Wert;Quelle;Anmerkung\n'))).toEqual({ rows: [], problems: [] });
  });

  it('reports every problem at its position: unit range, whole numbers, renamed column', () => {
    expect(read(utf8('Datum;Wert;Quelle;Anmerkung\n2024;2,5;S;\n2025;-3;S;\n'), 'anzahl').problems.map(formatProblem)).toMatchInlineSnapshot(`
      [
        "data/kennzahlen/x.csv:2:6 – Spalte „Wert“: „2,5“ ist keine ganze Zahl.
          → Anzahlen und Rangplätze ohne Nachkommastellen schreiben.",
        "data/kennzahlen/x.csv:3:6 – Spalte „Wert“: „-3“ ist kleiner als 0 (Anzahl).
          → Den Wert mit seiner Quelle vergleichen und berichtigen.",
      ]
    `);
    expect(read(utf8('Datum;Messwert;Quelle;Anmerkung\n2024;5;S;\n')).problems.map(formatProblem)).toMatchInlineSnapshot(`
      [
        "data/kennzahlen/x.csv:1:7 – Die Spalte „Messwert“ ist unbekannt.
          → Die Spalte in „Wert“ umbenennen.",
      ]
    `);
  });
});
