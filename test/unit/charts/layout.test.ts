import { describe, expect, it } from 'vitest';
import { layoutChart } from '../../../src/lib/charts/layout-chart';
import { sortRows } from '../../../src/lib/charts/layout-bars';
import { bandOf } from '../../../src/lib/charts/layout-scale';
import { FONT_SIZE, LABEL_CHARS, LINE_HEIGHT, type ChartModel, type TextMark } from '../../../src/lib/charts/model';
import { wrapLabel } from '../../../src/lib/charts/wrap';
import type { ChartKind } from '../../../src/lib/types';
import { finding, row } from '../../helpers/finding';

const texts = (m: ChartModel) => m.marks.filter((x): x is TextMark => x.type === 'text').flatMap((t) => t.lines);
const bars = (m: ChartModel) => m.marks.filter((x) => x.type === 'rect' && (x.style === 'bar' || x.style === 'bar-2' || x.style === 'rest'));
const LONG = 'Akquise von Praktikums- und Ausbildungsplätzen sowie enge Begleitung (z.B. durch Mentorenprogramme, Sozialarbeiter etc.)';

const cases: Array<[string, ChartKind, ReturnType<typeof row>[]]> = [
  ['one category', 'balken', [row('Sprache', 67)]],
  ['many categories', 'balken', Array.from({ length: 14 }, (_, i) => row(`Kategorie ${i}`, i * 7))],
  ['0 and 100', 'balken', [row('Null', 0), row('Hundert', 100)]],
  ['missing values', 'balken', [row('Jugendmigrationsdienst', 10), row('Stiftungen', null), row('Unternehmen', null)]],
  ['long labels', 'balken', [row(LONG, 40)]],
  ['two groups', 'gruppen', [row('A', 40, { gruppe: 'Bildungseinrichtungen' }), row('A', 60, { gruppe: 'Weitere Akteure' }), row('B', null, { gruppe: 'Bildungseinrichtungen' })]],
  ['part of whole', 'teil-ganzes', [row('Bildungseinrichtung', 53), row('Weitere Akteure', 47, { herkunft: 'Differenz zu 100' })]],
  ['single share', 'einzelwert', [row('zielgruppenspezifische Angebote', 66), row('keine', 34, { herkunft: 'Differenz zu 100' })]],
  ['scale without values', 'skala', [row('Sprachkurse', null, { gruppe: 'Bildungseinrichtungen', aussage: 'gut informiert' }), row('Sprachkurse', null, { gruppe: 'Weitere Akteure' }), row(LONG, null, { gruppe: 'Weitere Akteure', aussage: LONG })]],
  ['scale with values', 'skala', [row('Sprachkurse', 2.4, { gruppe: 'Bildungseinrichtungen' }), row('Sprachkurse', 3.1, { gruppe: 'Weitere Akteure' })]],
  ['categories', 'kategorien', [row('Spracherwerb', null, { aussage: 'Großteil' }), row(LONG, null)]],
  ['key figure', 'kennzahl', [row('Ausgewertete Fragebögen', 98)]],
];

describe('layoutChart(finding)', () => {
  it.each(cases)('%s (%s): a rounded, serialisable model without NaN, every label whole and wrapped', (_name, kind, rows) => {
    const f = finding(kind, rows, kind === 'skala' ? 'mittelwert' : kind === 'kennzahl' ? 'anzahl' : 'anteil');
    const before = structuredClone(f);
    const model = layoutChart(f);
    expect(f).toEqual(before);
    const json = JSON.stringify(model);
    expect(json).not.toMatch(/NaN|null|undefined|Infinity/);
    expect(JSON.parse(json)).toEqual(model);
    for (const m of model.marks) {
      for (const v of Object.values(m)) if (typeof v === 'number') expect(Math.round(v * 100) / 100).toBe(v);
      if (m.type === 'rect') expect(m.width).toBeGreaterThanOrEqual(0);
    }
    for (const line of texts(model)) expect(line.length, line).toBeLessThanOrEqual(LABEL_CHARS + 6);
    // Texts starting in the left column never overlap vertically.
    const left = model.marks
      .filter((x): x is TextMark => x.type === 'text' && x.x < 30 && x.anchor === 'start')
      .map((t) => [t.y - FONT_SIZE + 2, t.y + (t.lines.length - 1) * LINE_HEIGHT] as const)
      .sort((a, b) => a[0] - b[0]);
    left.forEach((span, i) => {
      if (i > 0) expect(span[0], JSON.stringify(left)).toBeGreaterThanOrEqual(left[i - 1]![1]);
    });
    expect(texts(model).join(' ').replace(/\s+/g, ' ')).toContain(rows[0]!.kategorie.split(' ')[0]);
  });

  it('never draws a bar for a missing value and lists it instead', () => {
    const model = layoutChart(finding('balken', [row('A', 10), row('B', null)]));
    expect(bars(model)).toHaveLength(1);
    expect(texts(model).join(' ')).toContain('Ohne Wert im Bericht: B');
  });

  it('draws no bars at all for categories whose values are lost', () => {
    const model = layoutChart(finding('kategorien', [row('A', null, { aussage: 'Großteil' }), row('B', null)]));
    expect(bars(model)).toHaveLength(0);
    expect(texts(model)).toContain('„Großteil“');
    expect(texts(model).join(' ')).toContain('Werte nicht erhalten');
  });

  it('shows the scale honestly without values: statements, bands, no dots', () => {
    const model = layoutChart(finding('skala', [row('Wohnungsvermittlung', null, { gruppe: 'Bildungseinrichtungen', aussage: 'sehr niedrig' })], 'mittelwert'));
    expect(model.marks.some((m) => m.type === 'circle' && m.style.startsWith('band'))).toBe(false);
    const all = texts(model).join(' ');
    expect(all).toContain('Werte nicht erhalten');
    expect(all).toContain('Bildungseinrichtungen: „sehr niedrig“');
    for (const band of ['unter 2', '2 bis 2,4', '2,5 bis 2,9', 'mehr als 3']) expect(texts(model)).toContain(band);
  });

  it('writes values in German with the report\'s precision', () => {
    const model = layoutChart(finding('balken', [row('Ehrenamt', 80, { genauigkeit: 'etwa' }), row('Netzwerke', 31, { genauigkeit: 'über' }), row('Mittel', 2.5)]));
    expect(texts(model)).toEqual(expect.arrayContaining(['etwa\u00a080\u00a0%', 'über\u00a031\u00a0%', '2,5\u00a0%']));
  });

  it('scales bars to the whole for shares: 100 % is the full bar width', () => {
    const model = layoutChart(finding('balken', [row('Alle', 100), row('Halb', 50)]));
    const [full, half] = bars(model) as Array<{ width: number }>;
    expect(half!.width * 2).toBeCloseTo(full!.width, 1);
  });
});

describe('sortRows(rows)', () => {
  it('sorts descending, keeps CSV order for ties, puts missing values apart', () => {
    const { valued, missing } = sortRows([row('a', 48), row('b', 79), row('c', null), row('d', 48), row('e', 67)]);
    expect(valued.map((r) => r.kategorie)).toEqual(['b', 'e', 'a', 'd']);
    expect(missing.map((r) => r.kategorie)).toEqual(['c']);
  });
});

describe('bandOf(mean)', () => {
  it.each([
    [1, 0], [1.99, 0], [2, 1], [2.4, 1], [2.49, 1], [2.5, 2], [2.9, 2], [2.99, 2], [3, 3], [4.2, 3], [5, 3],
  ])('bandOf(%d) is %d', (v, band) => expect(bandOf(v)).toBe(band));
});

describe('wrapLabel(text, max)', () => {
  it('wraps at spaces and after hyphens, never cuts a word', () => {
    const lines = wrapLabel(LONG, 36);
    expect(lines.join('').replace(/\s/g, '')).toBe(LONG.replace(/\s/g, ''));
    expect(lines.length).toBeGreaterThan(2);
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(36);
    expect(wrapLabel('Donaudampfschifffahrtsgesellschaftskapitän', 10)).toEqual(['Donaudampfschifffahrtsgesellschaftskapitän']);
    expect(wrapLabel('', 10)).toEqual(['']);
  });
});
