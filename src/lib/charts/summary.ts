/** German one-sentence summaries generated from a finding's data; true for any data. */
import { formatValue } from '../format';
import type { DataRow, Finding } from '../types';
import { sortRows } from './layout-bars';

const q = (s: string): string => `„${s}“`;
const and = (items: readonly string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} und ${items.at(-1)}`;
const value = (f: Finding, r: DataRow): string => formatValue(r.wert!, f.einheit, r.genauigkeit);
const categoriesWord = (n: number): string => (n === 1 ? '1 Kategorie' : `${n} Kategorien`);

function summarizeBars(f: Finding): string {
  const { valued, missing } = sortRows(f.rows);
  const lost = missing.length > 0 ? ` Für ${categoriesWord(missing.length)} nennt der Bericht keinen Wert.` : '';
  if (valued.length === 0) return `Der Bericht nennt ${categoriesWord(f.rows.length)}, aber keine Werte.`;
  if (valued.length === 1) return `Der Bericht nennt nur für ${q(valued[0]!.kategorie)} einen Wert: ${value(f, valued[0]!)}.${lost}`;
  const top = valued.filter((r) => r.wert === valued[0]!.wert);
  const rest = valued.filter((r) => r.wert !== valued[0]!.wert);
  const head =
    top.length === 1
      ? `Den höchsten Wert hat ${q(top[0]!.kategorie)} mit ${value(f, top[0]!)}`
      : `Den höchsten Wert haben ${and(top.map((r) => q(r.kategorie)))} mit je ${value(f, top[0]!)}`;
  const next = rest[0] ? `, gefolgt von ${q(rest[0].kategorie)} mit ${value(f, rest[0])}` : '';
  return `${head}${next} (${valued.length} Werte).${lost}`;
}

function summarizeParts(f: Finding): string {
  const valued = f.rows.filter((r) => r.wert !== null);
  if (valued.length === 0) return `Der Bericht nennt ${categoriesWord(f.rows.length)}, aber keine Werte.`;
  const [first, ...others] = valued;
  const rest = others.map((r) => `${value(f, r)} ${r.herkunft === 'Differenz zu 100' ? 'ergeben sich als Differenz zu 100 für' : 'für'} ${q(r.kategorie)}`);
  return `${value(f, first!)} für ${q(first!.kategorie)}${rest.length > 0 ? `; ${rest.join('; ')}` : ''}.`;
}

function summarizeScale(f: Finding): string {
  const areas = new Set(f.rows.map((r) => r.kategorie)).size;
  const valued = sortRows(f.rows).valued;
  if (valued.length === 0) {
    return `Die Mittelwerte auf der Skala von 1 bis 5 für ${areas} Bereiche sind nicht erhalten; der Bericht beschreibt sie in Worten.`;
  }
  const hi = valued[0]!;
  const lo = valued.at(-1)!;
  return `Höchster Mittelwert: ${q(hi.kategorie)} (${hi.gruppe}) mit ${value(f, hi)}; niedrigster: ${q(lo.kategorie)} (${lo.gruppe}) mit ${value(f, lo)}.`;
}

function summarizeCategories(f: Finding): string {
  const valued = f.rows.filter((r) => r.wert !== null).length;
  const n = new Set(f.rows.map((r) => r.kategorie)).size;
  return valued === 0
    ? `Der Bericht nennt ${categoriesWord(n)}; Werte sind dazu nicht erhalten.`
    : `Der Bericht nennt ${categoriesWord(n)}, für ${valued} davon mit Wert.`;
}

function summarizeKeyFigure(f: Finding): string {
  return and(f.rows.map((r) => `${r.kategorie}: ${r.wert !== null ? value(f, r) : 'kein Wert im Bericht'}`)) + '.';
}

/** The finding's key message in one German sentence. */
export function summarizeFinding(f: Finding): string {
  switch (f.diagramm) {
    case 'balken':
    case 'gruppen':
      return f.diagramm === 'gruppen' && f.rows.every((r) => r.wert === null) ? summarizeCategories(f) : summarizeBars(f);
    case 'teil-ganzes':
    case 'einzelwert':
      return summarizeParts(f);
    case 'skala':
      return summarizeScale(f);
    case 'kategorien':
      return summarizeCategories(f);
    case 'kennzahl':
      return summarizeKeyFigure(f);
  }
}

/** Every value in words, for the SVG's description: "A: 79 %; B: kein Wert im Bericht". */
export function describeValues(f: Finding): string {
  return f.rows
    .map((r) => `${r.kategorie}${r.gruppe ? ` (${r.gruppe})` : ''}: ${r.wert !== null ? value(f, r) : 'kein Wert im Bericht'}`)
    .join('; ');
}
