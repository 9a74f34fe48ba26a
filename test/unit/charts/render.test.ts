import { describe, expect, it } from 'vitest';
import { layoutChart } from '../../../src/lib/charts/layout-chart';
import { CHART_LAYOUTS } from '../../../src/lib/charts/model';
import { escapeXml, renderSvg } from '../../../src/lib/charts/render-svg';
import type { ChartKind, DataRow, Unit } from '../../../src/lib/types';
import { B, W, finding, row } from './fixtures';

const hostile = finding('balken', [row('<script>alert(1)</script>', 40), row('"&<>\'', 20), row('<img src=x onerror=alert(1)>', null)], 'anteil', {
  titel: 'A & B <img src=x onerror=alert(1)>',
});

describe('escapeXml(text)', () => {
  it.each([
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    [`"&<>'`, '&quot;&amp;&lt;&gt;&#39;'],
    ['&amp;', '&amp;amp;'],
    ['Bell\u0007 and NUL\u0000 dropped', 'Bell and NUL dropped'],
    ['Umlaute äöüß „Anführung“ 80\u00a0%', 'Umlaute äöüß „Anführung“ 80\u00a0%'],
  ])('escapeXml(%j) is %j', (text, escaped) => expect(escapeXml(text)).toBe(escaped));
});

describe('renderSvg(model, options)', () => {
  it.each([true, false])('leaves markup from CSV and front matter inert (standalone: %s)', (standalone) => {
    const svg = renderSvg(layoutChart(hostile), { standalone, idPrefix: 'x' });
    expect(svg).not.toMatch(/<script|<img/i);
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(svg).toContain('&quot;&amp;&lt;&gt;&#39;');
    expect(svg).toContain('A &amp; B &lt;img src=x onerror=alert(1)&gt;');
    // Only the elements the renderer writes itself.
    const tags = new Set([...svg.matchAll(/<([a-zA-Z]+)/g)].map((m) => m[1]));
    expect([...tags].sort()).toEqual(['circle', 'defs', 'desc', 'line', 'pattern', 'rect', 'style', 'svg', 'text', 'title', 'tspan'].filter((t) => tags.has(t)));
  });

  it('inline: role="img" named by title and desc, scales by viewBox, nothing focusable or scripted', () => {
    const svg = renderSvg(layoutChart(hostile), { standalone: false, idPrefix: 'befund 1' });
    expect(svg).toMatch(/^<svg role="img" aria-labelledby="befund-1-title befund-1-desc" viewBox="0 0 320 \d+" width="100%"/);
    expect(svg).toContain('<title id="befund-1-title">');
    expect(svg).toContain('<desc id="befund-1-desc">');
    expect(svg).not.toMatch(/<\?xml|xmlns=|height="\d+"[^>]*><title|tabindex|<a[\s>]|<script|<foreignObject|style="|<style/);
    expect(svg).not.toMatch(/^<svg[^>]*\swidth="\d+"/);
    expect(svg).toMatch(/class="m-bar" fill="#/);
  });

  it('standalone: XML declaration, namespace, size, embedded style and white background', () => {
    const svg = renderSvg(layoutChart(hostile), { standalone: true, idPrefix: 'x' });
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" role="img"')).toBe(true);
    expect(svg).toMatch(/<style>[^<]*forced-colors[^<]*<\/style><rect width="100%" height="100%" fill="#ffffff"\/>/);
    expect(svg).toMatch(/width="640" height="\d+"/);
  });

  it('prefixes pattern ids so two charts on one page do not share them', () => {
    const svg = renderSvg(layoutChart(finding('gruppen', [row('A', 1, { gruppe: B }), row('A', 2, { gruppe: W })])), { standalone: false, idPrefix: 'eins' });
    expect(svg).toContain('<pattern id="eins-hatch"');
    expect(svg).toContain('fill="url(#eins-hatch)"');
  });
});

// One small fixed dataset per kind; the SVG files are committed and reviewed like code.
const snapshotCases: Array<[ChartKind, DataRow[], Unit]> = [
  ['balken', [row('Schule, Ausbildung, Studium', 79), row('Sprache', 67), row('Familien', 48), row('Arbeit und Beruf', 48), row('Stiftungen', null)], 'anteil'],
  ['gruppen', [row('Sprachkurse', 40, { gruppe: B }), row('Sprachkurse', 55, { gruppe: W, genauigkeit: 'etwa' }), row('Wohnungsvermittlung', 12, { gruppe: B }), row('Wohnungsvermittlung', null, { gruppe: W })], 'anteil'],
  ['teil-ganzes', [row('Bildungseinrichtung', 53), row('Weitere Akteure in der Integrationsarbeit', 47, { herkunft: 'Differenz zu 100' })], 'anteil'],
  ['einzelwert', [row('Zusammenarbeit mit dem Ehrenamt', 80, { genauigkeit: 'etwa' }), row('Keine Zusammenarbeit genannt', 20, { genauigkeit: 'etwa', herkunft: 'Differenz zu 100' })], 'anteil'],
  ['skala', [row('Sprachkurse', 2.4, { gruppe: B }), row('Sprachkurse', 3, { gruppe: W }), row('Wohnungsvermittlung', null, { gruppe: B, aussage: 'sehr niedrig' }), row('Wohnungsvermittlung', 1.8, { gruppe: W })], 'mittelwert'],
  ['kategorien', [row('Spracherwerb', null, { aussage: 'ein Großteil der Angebote' }), row('Gesundheitsförderung', null, { aussage: 'nur ein geringer Anteil' }), row('Familienbildung', null, { aussage: 'nur ein geringer Anteil' })], 'anteil'],
  ['kennzahl', [row('Ausgewertete Fragebögen', 98, { aussage: 'bis 17. August 2018 eingegangen' })], 'anzahl'],
];

const widths = CHART_LAYOUTS.map((l) => l.width);
const perWidth = snapshotCases.flatMap(([kind, rows, unit]) => widths.map((width) => [kind, width, rows, unit] as const));

describe('SVG snapshots per chart kind and layout width', () => {
  it.each(perWidth)('%s at %i', async (kind, width, rows, unit) => {
    const svg = renderSvg(layoutChart(finding(kind, rows, unit), { width }), { standalone: true, idPrefix: kind });
    await expect(svg).toMatchFileSnapshot(`./__snapshots__/${kind}-${width}.svg`);
  });

  it('skala without any value (the real data): the honest form', async () => {
    const rows = [row('Sprachkurse', null, { gruppe: B, aussage: 'gut informiert' }), row('Sprachkurse', null, { gruppe: W, aussage: 'gut informiert' })];
    const svg = renderSvg(layoutChart(finding('skala', rows, 'mittelwert')), { standalone: true, idPrefix: 'skala-ohne-werte' });
    expect(svg).not.toMatch(/<circle/);
    await expect(svg).toMatchFileSnapshot('./__snapshots__/skala-ohne-werte.svg');
  });
});
