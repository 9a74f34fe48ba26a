// What each chart kind draws: order, bar lengths, patterns, honest forms without values.
import { describe, expect, it } from 'vitest';
import { layoutBars, sortRows } from '../../../src/lib/charts/layout-bars';
import { layoutChart } from '../../../src/lib/charts/layout-chart';
import { layoutGroups } from '../../../src/lib/charts/layout-groups';
import { layoutCategories, layoutKeyFigure } from '../../../src/lib/charts/layout-list';
import { BANDS, bandOf, layoutScale } from '../../../src/lib/charts/layout-scale';
import { layoutPartOfWhole, layoutSingleShare } from '../../../src/lib/charts/layout-share';
import type { RectMark } from '../../../src/lib/charts/model';
import { B, LONG, W, allText, finding, row, symbols, texts, valueBars } from './fixtures';

const nb = (s: string) => s.replace(/ /g, '\u00a0');
const widths = (m: Parameters<typeof valueBars>[0]) => (valueBars(m) as RectMark[]).map((r) => r.width);

describe('sortRows(rows, unit)', () => {
  it.each([
    ['descending, ties in CSV order', 'anteil', [row('a', 48), row('b', 79), row('c', null), row('d', 48), row('e', 67)], ['b', 'e', 'a', 'd'], ['c']],
    ['all tied', 'anteil', [row('x', 5), row('y', 5), row('z', 5)], ['x', 'y', 'z'], []],
    ['ranks ascending', 'rangfolge', [row('zwei', 2), row('eins', 1), row('drei', 3)], ['eins', 'zwei', 'drei'], []],
    ['nothing', 'anteil', [], [], []],
  ] as const)('%s', (_name, unit, rows, valued, missing) => {
    const input = [...rows];
    const result = sortRows(input, unit);
    expect(result.valued.map((r) => r.kategorie)).toEqual(valued);
    expect(result.missing.map((r) => r.kategorie)).toEqual(missing);
    expect(input).toEqual(rows);
  });
});

describe('layoutBars(rows, { unit })', () => {
  it('draws bars in sorted order, 100 % as the full range, 0 % as no length, half as half', () => {
    const m = layoutBars([row('Halb', 50), row('Null', 0), row('Alle', 100)], { unit: 'anteil' });
    const [full, half, zero] = widths(m);
    expect(zero).toBe(0);
    expect(half! * 2).toBeCloseTo(full!, 1);
    expect(texts(m).filter((t) => ['Alle', 'Halb', 'Null'].includes(t))).toEqual(['Alle', 'Halb', 'Null']);
    expect(m.ticks.map((t) => t.label)).toEqual(['0 %', '50 %', '100 %'].map(nb));
  });

  it('writes every value next to its bar in German, with the report’s precision', () => {
    const m = layoutBars([row('Ehrenamt', 80, { genauigkeit: 'etwa' }), row('Netzwerke', 31, { genauigkeit: 'über' }), row('Mittel', 2.5)], { unit: 'anteil' });
    expect(texts(m)).toEqual(expect.arrayContaining(['etwa 80 %', 'über 31 %', '2,5 %'].map(nb)));
  });

  it('lists rows without value under the bars, never as a zero bar', () => {
    const m = layoutBars([row('A', 10), row('Schule, Ausbildung', null), row('C', null)], { unit: 'anteil' });
    expect(valueBars(m)).toHaveLength(1);
    expect(allText(m)).toContain('Ohne Wert im Bericht: Schule, Ausbildung; C');
    expect(m.marks.filter((x) => x.type === 'text' && x.style === 'value').map((x) => (x as { lines: string[] }).lines)).toEqual([[nb('10 %')]]);
    expect(m.missing).toEqual(['Schule, Ausbildung', 'C']);
  });

  it('grows with the number of categories and with wrapped labels', () => {
    const one = layoutBars([row('A', 1)], { unit: 'anteil' }).height;
    const fourteen = layoutBars(Array.from({ length: 14 }, (_, i) => row(`K${i}`, i)), { unit: 'anteil' }).height;
    const long = layoutBars([row(LONG, 1)], { unit: 'anteil' }).height;
    expect(fourteen).toBeGreaterThan(one * 5);
    expect(long).toBeGreaterThan(one + 2 * 17 - 1);
  });

  it('starts means at 1 (the scale has no 0) and scales counts to a nice maximum', () => {
    expect(layoutBars([row('A', 1), row('B', 5)], { unit: 'mittelwert' }).ticks[0]!.value).toBe(1);
    expect(layoutBars([row('A', 87)], { unit: 'anzahl' }).ticks.map((t) => t.label)).toEqual(['0', '20', '40', '60', '80']);
  });
});

describe('layoutGroups(rows, { unit })', () => {
  const rows = [row('A', 40, { gruppe: B }), row('A', 55, { gruppe: W }), row('B', 20, { gruppe: B }), row('B', null, { gruppe: W })];

  it('keeps CSV order, draws the second group hatched, labels each bar with group and value', () => {
    const m = layoutGroups(rows, { unit: 'anteil' });
    expect(valueBars(m).map((b) => b.style)).toEqual(['bar', 'bar-2', 'bar']);
    expect(texts(m)).toEqual(expect.arrayContaining([`${B}: ${nb('40 %')}`, `${W}: ${nb('55 %')}`, `${W}: kein Wert im Bericht`]));
    expect(texts(m).indexOf('A')).toBeLessThan(texts(m).indexOf('B'));
    expect(m.missing).toEqual([`B (${W})`]);
  });
});

describe('layoutPartOfWhole(rows, { unit })', () => {
  it('fills the width with the parts, marks the complement and labels both directly', () => {
    const m = layoutPartOfWhole([row('Bildungseinrichtung', 53), row('Weitere Akteure', 47, { herkunft: 'Differenz zu 100' })], { unit: 'anteil' });
    const [a, b] = valueBars(m) as RectMark[];
    expect(a!.width + b!.width).toBeCloseTo(m.width, 1);
    expect([a!.style, b!.style]).toEqual(['bar', 'rest']);
    expect(texts(m)).toEqual(expect.arrayContaining(['53 %', '47 %'].map(nb)));
    expect(allText(m)).toContain(`${nb('47 %')} Weitere Akteure (Differenz zu 100)`);
    expect(m.marks.some((x) => x.style === 'outline')).toBe(false);
  });

  it('shows the empty rest of the whole as an outline when parts add up to less than 100 %', () => {
    const m = layoutPartOfWhole([row('A', 30), row('B', 20)], { unit: 'anteil' });
    expect(m.marks.some((x) => x.style === 'outline')).toBe(true);
  });
});

describe('layoutSingleShare(rows, { unit })', () => {
  it('writes the share big, fills it on a full-width bar and names the complement', () => {
    const m = layoutSingleShare([row('Mit Angeboten', 66), row('Ohne Angabe', 34, { herkunft: 'Differenz zu 100' })], { unit: 'anteil' });
    expect(m.marks.find((x) => x.style === 'big')).toMatchObject({ lines: [nb('66 %')] });
    const [share] = valueBars(m) as RectMark[];
    expect(share!.width).toBeCloseTo(m.width * 0.66, 1);
    expect(allText(m)).toContain(`${nb('34 %')} Ohne Angabe (Differenz zu 100)`);
  });

  it('draws nothing and says so when the value is lost', () => {
    const m = layoutSingleShare([row('A', null)], { unit: 'anteil' });
    expect(valueBars(m)).toEqual([]);
    expect(allText(m)).toContain('Werte nicht erhalten');
  });
});

describe('bandOf(mean)', () => {
  it.each([
    [1, 'unter 2'], [1.99, 'unter 2'], [2, '2 bis 2,4'], [2.4, '2 bis 2,4'], [2.49, '2 bis 2,4'], [2.5, '2,5 bis 2,9'],
    [2.9, '2,5 bis 2,9'], [2.99, '2,5 bis 2,9'], [3, 'mehr als 3'], [4.2, 'mehr als 3'], [5, 'mehr als 3'],
  ])('bandOf(%d) is „%s“', (v, band) => expect(BANDS[bandOf(v)]).toBe(band));
});

describe('layoutScale(rows)', () => {
  it('without values: no symbols, a visible note, the band legend and the report’s statements per group', () => {
    const m = layoutScale([
      row('Wohnungsvermittlung', null, { gruppe: B, aussage: 'sehr niedrig' }), row('Wohnungsvermittlung', null, { gruppe: W, aussage: 'sehr niedrig' }),
      row('Berufsberatung', null, { gruppe: B, aussage: 'geringer informiert' }), row('Berufsberatung', null, { gruppe: W }),
    ]);
    expect(symbols(m)).toEqual([]);
    expect(m.ticks).toEqual([]);
    expect(m.marks.find((x) => x.style === 'note')).toMatchObject({ lines: ['Werte nicht erhalten'] });
    for (const band of BANDS) expect(texts(m)).toContain(band);
    const text = allText(m);
    expect(text).toContain(`${B} und ${W}: „sehr niedrig“`);
    expect(text).toContain(`${B}: „geringer informiert“`);
    expect(text).toContain(`${W}: keine Aussage im Bericht`);
  });

  it('with values: a symbol per group on the 1–5 axis, coloured by band, shaped by group, value written', () => {
    const m = layoutScale([row('A', 1, { gruppe: B }), row('A', 3, { gruppe: W }), row('C', 2.4, { gruppe: B }), row('C', null, { gruppe: W, aussage: 'gut' })]);
    // Per value: the symbol before the label, then the symbol on the axis.
    const onAxis = symbols(m).filter((_, i) => i % 2 === 1);
    expect(onAxis.map((s) => [s.type, s.style])).toEqual([['circle', 'band-1'], ['square', 'band-4'], ['circle', 'band-2']]);
    const x = Object.fromEntries(m.ticks.map((t) => [t.value, t.x]));
    expect(onAxis.map((s) => s.cx)).toEqual([x[1], x[3], Math.round((x[1]! + (x[2]! - x[1]!) * 1.4) * 100) / 100]);
    expect(texts(m)).toEqual(expect.arrayContaining([`${B}: 1,0`, `${W}: 3,0`, `${B}: 2,4`]));
    expect(allText(m)).toContain(`${W}: kein Wert im Bericht, „gut“`);
  });
});

describe('layoutCategories(rows, { unit })', () => {
  it('lists labels without any bar, writes a shared statement once, notes that values are lost', () => {
    const m = layoutCategories([row('A', null, { aussage: 'Großteil' }), row('B', null, { aussage: 'gering' }), row('C', null, { aussage: 'gering' })], { unit: 'anteil' });
    expect(valueBars(m, 1)).toEqual([]);
    expect(texts(m).filter((t) => t === '„gering“')).toHaveLength(1);
    expect(texts(m)).toContain('Werte nicht erhalten');
    expect(allText(m)).not.toMatch(/\b0\u00a0%/);
  });

  it('orders ranks and numbers them', () => {
    const m = layoutCategories([row('Zweiter', 2), row('Erster', 1)], { unit: 'rangfolge' });
    expect(texts(m)).toEqual(expect.arrayContaining(['1. Erster', '2. Zweiter']));
    expect(texts(m).indexOf('1. Erster')).toBeLessThan(texts(m).indexOf('2. Zweiter'));
  });

  it('is used for ranks even where bars were asked for', () => {
    expect(valueBars(layoutChart(finding('balken', [row('A', 1), row('B', 2)], 'rangfolge')), 1)).toEqual([]);
  });
});

describe('layoutKeyFigure(rows, { unit })', () => {
  it.each([
    [98, '98'], [1234567, '1.234.567'],
  ])('writes %d as the big number %s with its label and statement', (v, text) => {
    const m = layoutKeyFigure([row('Ausgewertete Fragebögen', v, { aussage: 'bis 17. August eingegangen' })], { unit: 'anzahl' });
    expect(m.marks.find((x) => x.style === 'big')).toMatchObject({ lines: [text] });
    expect(texts(m)).toEqual(expect.arrayContaining(['Ausgewertete Fragebögen', 'bis 17. August eingegangen']));
  });
});
