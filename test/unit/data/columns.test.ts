import { describe, expect, it } from 'vitest';
import { COLUMNS, DATASET_COLUMNS, tableColumns } from '../../../src/lib/data/columns';
import { exportCsv } from '../../../src/lib/data/export-csv';
import { row } from '../charts/fixtures';

const names = (cs: readonly { name: string }[]) => cs.map((c) => c.name);

describe('COLUMNS, the one list of dataset columns', () => {
  it('gives the CSV header in the order editors write it', () => {
    expect(DATASET_COLUMNS).toEqual(['Kategorie', 'Gruppe', 'Wert', 'Genauigkeit', 'Aussage im Bericht', 'Herkunft', 'Abschnitt']);
    expect(new Set(COLUMNS.map((c) => c.key)).size).toBe(COLUMNS.length);
  });

  it('drives the export: header and cells in descriptor order', () => {
    const [header, line] = exportCsv([row('A', 12.5, { genauigkeit: 'etwa', aussage: 'viele' })]).replace('\ufeff', '').split('\r\n');
    expect(header).toBe(DATASET_COLUMNS.join(';'));
    expect(line).toBe('A;;12,5;etwa;viele;Bericht;Test');
  });

  it('tableColumns(rows) shows optional columns only when a row needs them', () => {
    expect(names(tableColumns([row('A', 1)]))).toEqual(['Kategorie', 'Wert']);
    expect(names(tableColumns([row('A', 1, { gruppe: 'G', aussage: 'x' }), row('B', 99, { herkunft: 'Differenz zu 100' })])))
      .toEqual(['Kategorie', 'Gruppe', 'Wert', 'Aussage im Bericht', 'Herkunft']);
  });
});
