import { describe, expect, it } from 'vitest';
import { layoutTimeSeries, type TimeSeriesInput } from '../../../src/lib/charts/layout-timeseries';
import { renderSvg } from '../../../src/lib/charts/render-svg';
import type { Measurement } from '../../../src/lib/data/measurements';
import type { Mark, TextMark } from '../../../src/lib/charts/model';

const m = (datum: string, wert: number | null): Measurement => ({ line: 2, datum, wert, quelle: 'Test', anmerkung: '' });
const input = (messungen: Measurement[], over: Partial<TimeSeriesInput> = {}): TimeSeriesInput => ({
  einheit: 'anteil', basiswert: { wert: 20, datum: '2022' }, zielwert: { wert: 50, datum: '2026' }, messungen, ...over,
});
const texts = (marks: Mark[]) => marks.filter((k): k is TextMark => k.type === 'text').map((t) => t.lines.join(' '));
const ofStyle = (marks: Mark[], style: string) => marks.filter((k) => k.style === style);

describe('layoutTimeSeries(input, { width })', () => {
  it('draws a legend, value ticks, one tick per year, baseline, target, the series and labels the newest value', () => {
    const body = layoutTimeSeries(input([m('2023', 22.5), m('2024', 25)]), { width: 400 });
    expect(texts(body.marks)).toEqual([
      'Messwerte', 'Basiswert: 20\u00a0% (2022)', 'Ziel: 50\u00a0% bis 2026',
      '0\u00a0%', '20\u00a0%', '40\u00a0%', '60\u00a0%', '80\u00a0%', '100\u00a0%',
      '2022', '2023', '2024', '2025', '2026', '25\u00a0%',
    ]);
    expect(ofStyle(body.marks, 'baseline')).toHaveLength(2); // legend sample and line
    expect(ofStyle(body.marks, 'target')).toHaveLength(2);
    expect(body.marks.filter((k) => k.type === 'circle')).toHaveLength(2);
    const path = body.marks.find((k) => k.type === 'path');
    expect(path).toMatchObject({ type: 'path', style: 'series' });
    expect(body.ticks.map((t) => t.value)).toEqual([0, 20, 40, 60, 80, 100]);
    expect(body.missing).toEqual([]);
  });

  it('keeps every coordinate inside the width and rounded to 2 decimals, at every layout width', () => {
    for (const width of [264, 400, 560]) {
      const body = layoutTimeSeries(input([m('2023-06-30', 22.5), m('2024', 25)]), { width });
      for (const k of body.marks) {
        const xs = 'x' in k ? [k.x] : 'x1' in k ? [k.x1, k.x2] : 'cx' in k ? [k.cx] : [];
        for (const x of xs) {
          expect(x).toBeGreaterThanOrEqual(0);
          expect(x).toBeLessThanOrEqual(width);
          expect(Math.round(x * 100) / 100).toBe(x);
        }
      }
    }
  });

  it('says „Noch keine Messung“ without measurements and draws no series', () => {
    const body = layoutTimeSeries(input([]));
    expect(texts(body.marks)).toContain('Noch keine Messung.');
    expect(body.marks.some((k) => k.type === 'path' || k.type === 'circle')).toBe(false);
    expect(texts(body.marks)).not.toContain('Messwerte');
  });

  it('lists placeholder rows under the chart, never as 0, and thins year ticks on a narrow chart', () => {
    const body = layoutTimeSeries(input([m('2019', 5), m('2024', null)], { einheit: 'anzahl', zielwert: { wert: 40, datum: '2035' } }), { width: 264 });
    expect(body.missing).toEqual(['2024']);
    expect(texts(body.marks).slice(-2)).toEqual(['Ohne Messwert:', '2024']);
    expect(body.marks.filter((k) => k.type === 'circle')).toHaveLength(1);
    const years = texts(body.marks).filter((t) => /^\d{4}$/.test(t));
    expect(years.length).toBeLessThan(17);
    expect(years[0]).toBe('2019');
  });

  it('renders as SVG with the new mark styles and does not mutate its input', () => {
    const data = input([m('2023', 22.5), m('2024', 25)]);
    const before = structuredClone(data);
    const body = layoutTimeSeries(data);
    expect(data).toEqual(before);
    const svg = renderSvg({ ...body, kind: 'zeitreihe', title: 'T', desc: 'D' }, { standalone: false, idPrefix: 'k' });
    expect(svg).toMatch(/<path d="M[\d.,LM]+" class="m-series" fill="none"/);
    expect(svg).toContain('class="m-target"');
    expect(svg).toContain('stroke-dasharray="6 4"');
  });
});
