// Invariants every chart model keeps, for every kind and for awkward data.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { layoutChart } from '../../../src/lib/charts/layout-chart';
import { CHART_LAYOUTS, FONT_SIZE, LINE_HEIGHT, maxChars, textWidth, type ChartModel } from '../../../src/lib/charts/model';
import { loadProject } from '../../../src/lib/project/load-project';
import type { ChartKind, DataRow, Finding, Unit } from '../../../src/lib/types';
import { B, LONG, W, allText, deepFreeze, finding, row, sizeOf, textMarks, valueBars } from './fixtures';

const unitOf = (kind: ChartKind): Unit => (kind === 'skala' ? 'mittelwert' : kind === 'kennzahl' ? 'anzahl' : 'anteil');
// Longer than a line of the widest layout (560 px: 68 characters), so it is hyphenated at every width.
const HUGE = 'Integrationskursträgerinnenvertretungsversammlungsgeschäftsordnungsänderungsantrag';
const many = Array.from({ length: 14 }, (_, i) => row(`Kategorie ${i + 1}`, i * 7));

const cases: Array<[string, ChartKind, DataRow[]]> = [
  ['one category', 'balken', [row('Sprache', 67)]],
  ['many categories', 'balken', many],
  ['values 0 and 100', 'balken', [row('Null', 0), row('Hundert', 100, { genauigkeit: 'etwa' })]],
  ['missing values', 'balken', [row('Jugendmigrationsdienst', 10), row('Stiftungen', null), row('Unternehmen / Wirtschaft', null)]],
  ['only missing values', 'balken', [row('A', null), row('B', null)]],
  ['long labels', 'balken', [row(LONG, 40), row(`${LONG} ${LONG}`, 30)]],
  ['a word longer than a line', 'balken', [row(`Kita und ${HUGE}`, 40), row(HUGE, 30)]],
  ['a word longer than a line, two groups', 'gruppen', [row(HUGE, 40, { gruppe: B }), row(HUGE, 60, { gruppe: HUGE })]],
  ['two groups', 'gruppen', [row('A', 40, { gruppe: B }), row('A', 60, { gruppe: W }), row(LONG, 0, { gruppe: B }), row(LONG, 100, { gruppe: W })]],
  ['two groups, missing', 'gruppen', [row('A', 40, { gruppe: B }), row('A', null, { gruppe: W }), row('B', null, { gruppe: B })]],
  ['part of whole', 'teil-ganzes', [row('Bildungseinrichtung', 53), row(LONG, 47, { herkunft: 'Differenz zu 100' })]],
  ['part of whole, 0 and 100', 'teil-ganzes', [row('Alle', 100), row('Keine', 0, { herkunft: 'Differenz zu 100' })]],
  ['part of whole, missing', 'teil-ganzes', [row('A', 20), row('B', null)]],
  ['single share', 'einzelwert', [row(LONG, 66), row('Ohne Angabe', 34, { herkunft: 'Differenz zu 100' })]],
  ['single share, etwa 100', 'einzelwert', [row('Alle', 100, { genauigkeit: 'etwa' })]],
  ['single share, lost', 'einzelwert', [row('A', null)]],
  ['scale without values', 'skala', [row(LONG, null, { gruppe: B, aussage: LONG }), row(LONG, null, { gruppe: W })]],
  ['scale with values', 'skala', [row('Sprachkurse', 1, { gruppe: B }), row('Sprachkurse', 5, { gruppe: W }), row(LONG, 2.4, { gruppe: B }), row(LONG, null, { gruppe: W, aussage: 'sehr niedrig' })]],
  ['categories', 'kategorien', [row('Spracherwerb', null, { aussage: 'Großteil' }), row(LONG, null, { aussage: LONG }), row('C', null, { aussage: LONG })]],
  ['categories, one', 'kategorien', [row('Kitaplätze', null)]],
  ['key figure', 'kennzahl', [row('Ausgewertete Fragebögen', 98, { aussage: 'bis 17. August 2018 eingegangen' })]],
  ['key figure, big count', 'kennzahl', [row('Antworten', 1234567)]],
];

const isBold = (style: string) => style === 'value' || style === 'note';

// The real findings too: the invariants must hold for whatever the editors put in data/.
const real = loadProject('.').project.findings.map((f): [string, ChartKind, DataRow[], Finding] => [`real: ${f.id}`, f.diagramm, f.rows, f]);
const all = [...cases.map((c): [string, ChartKind, DataRow[], Finding] => [...c, finding(c[1], c[2], unitOf(c[1]))]), ...real];
const atWidths = all.flatMap(([name, kind, rows, f]) => CHART_LAYOUTS.map(({ width }) => [name, width, kind, rows, f] as const));

describe.each(atWidths)('layoutChart(finding, { width }) – %s at %d (%s)', (_name, width, kind, rows, input) => {
  const f = deepFreeze(structuredClone(input));
  const before = structuredClone(f);
  const model: ChartModel = layoutChart(f, { width });

  it('does not mutate its input (deep-frozen, compared with a clone)', () => {
    expect(f).toEqual(before);
  });

  it('is plain JSON without NaN, Infinity, null or undefined', () => {
    const json = JSON.stringify(model);
    expect(json).not.toMatch(/NaN|Infinity|null|undefined/);
    expect(JSON.parse(json)).toEqual(model);
    expect(model.kind).toBe(kind);
    expect(model.title).toBe(f.titel);
    expect(model.width).toBe(width);
  });

  it('rounds every coordinate to 2 decimals and stays inside its box', () => {
    for (const m of model.marks) {
      for (const v of Object.values(m)) if (typeof v === 'number') expect(Math.round(v * 100) / 100).toBe(v);
      if (m.type === 'rect') {
        expect(m.x).toBeGreaterThanOrEqual(0);
        expect(m.width).toBeGreaterThanOrEqual(0);
        expect(m.x + m.width).toBeLessThanOrEqual(model.width + 0.01);
        expect(m.y + m.height).toBeLessThanOrEqual(model.height);
      }
    }
    expect(Number.isInteger(model.height)).toBe(true);
  });

  it('wraps every label to its line length and keeps every text inside the width (nothing clipped)', () => {
    for (const t of textMarks(model)) {
      for (const line of t.lines) {
        expect(line).not.toMatch(/…/);
        if (t.style === 'big') continue;
        const w = textWidth(line, sizeOf(t), isBold(t.style));
        const left = t.anchor === 'start' ? t.x : t.anchor === 'end' ? t.x - w : t.x - w / 2;
        expect(line.length, line).toBeLessThanOrEqual(maxChars(model.width, sizeOf(t), isBold(t.style)));
        expect(left, line).toBeGreaterThanOrEqual(-0.01);
        expect(left + w, line).toBeLessThanOrEqual(model.width + 0.01);
      }
    }
  });

  it('writes no text smaller than 14 px (each layout is shown at a scale of at least 1)', () => {
    for (const t of textMarks(model)) expect(sizeOf(t), t.lines.join(' ')).toBeGreaterThanOrEqual(FONT_SIZE);
  });

  it('never lets two texts overlap (estimated boxes)', () => {
    const boxes = textMarks(model).map((t) => {
      const size = sizeOf(t);
      const w = Math.max(...t.lines.map((l) => textWidth(l, size, isBold(t.style))));
      const left = t.anchor === 'start' ? t.x : t.anchor === 'end' ? t.x - w : t.x - w / 2;
      return { text: t.lines.join(' '), left, right: left + w, top: t.y - size * 0.8, bottom: t.y + (t.lines.length - 1) * LINE_HEIGHT + size * 0.2 };
    });
    boxes.forEach((a, i) => {
      for (const b of boxes.slice(i + 1)) {
        const overlap = a.left < b.right && b.left < a.right && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
        expect(overlap, `${a.text} / ${b.text}`).toBe(false);
      }
    });
  });

  it('shows every category label in full (hyphens at line ends aside)', () => {
    const text = allText(model).replace(/[\s-]/g, '');
    for (const r of rows) expect(text, r.kategorie).toContain(r.kategorie.replace(/[\s-]/g, ''));
  });

  it('never draws a row without value and lists it in `missing`', () => {
    const missing = rows.filter((r) => r.wert === null);
    expect(model.missing).toHaveLength(missing.length);
    if (kind === 'balken' || kind === 'gruppen') expect(valueBars(model)).toHaveLength(rows.length - missing.length);
    if (kind === 'kategorien' || kind === 'skala') {
      expect(model.marks.filter((m) => m.type === 'rect' && m.height > 14)).toEqual([]);
    }
  });
});

describe('CHART_LAYOUTS', () => {
  it('shows each layout at a scale between 1 and about 1.5 of its coordinate width', () => {
    // The narrowest figure: a 320 px screen minus page padding (2 × 16), border (2 × 1) and figure padding (2 × 8).
    const narrowest = 320 - 32 - 2 - 16;
    CHART_LAYOUTS.forEach((layout, i) => {
      const from = i === 0 ? narrowest : layout.min;
      const to = CHART_LAYOUTS[i + 1]?.min ?? 736 - 2 - 32;
      expect(layout.width, `layout ${layout.width}`).toBeLessThanOrEqual(from);
      expect(to / layout.width, `layout ${layout.width}`).toBeLessThanOrEqual(1.55);
    });
  });

  it('matches the container queries that switch the layouts (.chart-widths in global.css)', () => {
    const css = readFileSync('src/styles/global.css', 'utf8');
    const queries = [...css.matchAll(/@container \(min-width: (\d+)px\)/g)].map((m) => Number(m[1]));
    expect(queries).toEqual(CHART_LAYOUTS.slice(1).map((l) => l.min));
    for (const { width } of CHART_LAYOUTS) expect(css).toContain(`svg.chart--w${width}`);
  });
});
