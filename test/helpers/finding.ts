// Small findings for chart tests.
import type { ChartKind, DataRow, Finding, Unit } from '../../src/lib/types';

/** A data row with defaults; `wert: null` means no value. */
export function row(kategorie: string, wert: number | null, over: Partial<DataRow> = {}): DataRow {
  return { line: 2, kategorie, gruppe: '', wert, genauigkeit: '', aussage: '', herkunft: 'Bericht', abschnitt: 'Test', ...over };
}

/** A finding of a chart kind around the given rows. */
export function finding(diagramm: ChartKind, rows: DataRow[], einheit: Unit = 'anteil', over: Partial<Finding> = {}): Finding {
  return {
    id: `test-${diagramm}`, titel: `Test ${diagramm}`, kapitel: 'k', basis: 'alle', einheit, diagramm,
    datensatz: 'd', abschnitt: 'Test', handlungsfelder: [], schlagwoerter: [], rows, ...over,
  };
}
