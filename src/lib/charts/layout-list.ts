/** Findings without bars: categories whose values are lost (`kategorien`) and a single count (`kennzahl`). */
import { formatValue } from '../format';
import type { DataRow, Unit } from '../types';
import { FONT_SIZE, LABEL_CHARS, LINE_HEIGHT, r2, type Mark } from './model';
import { wrapLabel } from './wrap';

/** An honest list: each category with the report's own words; a note that values are lost. */
export function layoutCategories(rows: readonly DataRow[], unit: Unit): { marks: Mark[]; height: number } {
  const marks: Mark[] = [];
  const lost = rows.every((r) => r.wert === null);
  const intro = lost ? 'Werte nicht erhalten. Der Bericht nennt diese Kategorien:' : 'Der Bericht nennt diese Kategorien:';
  const introLines = wrapLabel(intro, LABEL_CHARS + 4);
  marks.push({ type: 'text', x: 0, y: FONT_SIZE, lines: introLines, anchor: 'start', style: 'muted' });
  let y = introLines.length * LINE_HEIGHT + 12;
  for (const row of rows) {
    marks.push({ type: 'circle', cx: 5, cy: r2(y + 5), r: 4, style: 'bar' });
    const label = wrapLabel(row.kategorie + (row.gruppe ? ` (${row.gruppe})` : '') + (row.wert !== null ? `: ${formatValue(row.wert, unit, row.genauigkeit)}` : ''), LABEL_CHARS - 2);
    marks.push({ type: 'text', x: 16, y: r2(y + FONT_SIZE - 3), lines: label, anchor: 'start', style: 'label' });
    y += label.length * LINE_HEIGHT;
    if (row.aussage) {
      const said = wrapLabel(`„${row.aussage}“`, LABEL_CHARS - 2);
      marks.push({ type: 'text', x: 16, y: r2(y + FONT_SIZE - 3), lines: said, anchor: 'start', style: 'muted' });
      y += said.length * LINE_HEIGHT;
    }
    y += 8;
  }
  return { marks, height: r2(y) };
}

/** A big number with its label, e.g. "98" and "ausgewertete Fragebögen". */
export function layoutKeyFigure(rows: readonly DataRow[], unit: Unit): { marks: Mark[]; height: number } {
  const marks: Mark[] = [];
  let y = 0;
  for (const row of rows) {
    const value = row.wert !== null ? formatValue(row.wert, unit, row.genauigkeit) : 'kein Wert';
    marks.push({ type: 'text', x: 0, y: r2(y + 40), lines: [value], anchor: 'start', style: 'big' });
    const lines = wrapLabel(row.kategorie, LABEL_CHARS);
    marks.push({ type: 'text', x: 0, y: r2(y + 40 + LINE_HEIGHT + 4), lines, anchor: 'start', style: 'label' });
    y += 48 + lines.length * LINE_HEIGHT + 8;
  }
  return { marks, height: r2(y) };
}
