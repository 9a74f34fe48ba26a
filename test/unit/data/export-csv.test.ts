import { describe, expect, it } from 'vitest';
import { readDataset } from '../../../src/lib/data/dataset';
import { exportCsv } from '../../../src/lib/data/export-csv';
import type { DataRow } from '../../../src/lib/types';

const row = (over: Partial<DataRow>): DataRow => ({
  line: 2, kategorie: 'Sprache', gruppe: '', wert: 67, genauigkeit: '', aussage: '', herkunft: 'Bericht', abschnitt: 'Zukunft', ...over,
});

describe('exportCsv(rows)', () => {
  it('writes a BOM, semicolons, CRLF, decimal commas and empty cells for missing values', () => {
    const csv = exportCsv([row({ wert: 2.5 }), row({ kategorie: 'Familien', wert: null, aussage: 'gering' })]);
    expect(csv).toBe(
      '\ufeffKategorie;Gruppe;Wert;Genauigkeit;Aussage im Bericht;Herkunft;Abschnitt\r\n' +
        'Sprache;;2,5;;;Bericht;Zukunft\r\n' +
        'Familien;;;;gering;Bericht;Zukunft\r\n',
    );
  });

  it('quotes fields with delimiters, quotes and line breaks so the file reads back unchanged', () => {
    const rows = [row({ kategorie: 'A; "B"\nC', aussage: 'x;y' })];
    const back = readDataset('data/x.csv', new TextEncoder().encode(exportCsv(rows)), { unit: 'anteil', kind: 'balken' });
    expect(back.problems).toEqual([]);
    expect(back.rows.map(({ line: _line, ...r }) => r)).toEqual(rows.map(({ line: _line, ...r }) => r));
  });
});
