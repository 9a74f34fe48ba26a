import { describe, expect, it } from 'vitest';
import { layoutChart } from '../../../src/lib/charts/layout-chart';
import { CHART_LAYOUTS } from '../../../src/lib/charts/model';
import { renderSvg } from '../../../src/lib/charts/render-svg';
import { escapeXml } from '../../../src/lib/text/xml';
import type { ChartKind, DataRow, Unit } from '../../../src/lib/types';
import { expectSvgSnapshot, normalizeSvg } from '../../helpers/svg-snapshot';
import { B, W, CHART_CASES, finding, row } from './fixtures';

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

const snapshot = (name: string) => new URL(`./__snapshots__/${name}.svg`, import.meta.url).pathname;
const widths = CHART_LAYOUTS.map((l) => l.width);
const perWidth = CHART_CASES.flatMap(([kind, rows, unit]) => widths.map((width) => [kind, width, rows, unit] as const));

describe('SVG snapshots per chart kind and layout width', () => {
  it.each(perWidth)('%s at %i', async (kind, width, rows, unit) => {
    const svg = renderSvg(layoutChart(finding(kind, rows, unit), { width }), { standalone: true, idPrefix: kind });
    await expectSvgSnapshot(svg, snapshot(`${kind}-${width}`));
  });

  it('skala without any value (the real data): the honest form', async () => {
    const rows = [row('Sprachkurse', null, { gruppe: B, aussage: 'gut informiert' }), row('Sprachkurse', null, { gruppe: W, aussage: 'gut informiert' })];
    const svg = renderSvg(layoutChart(finding('skala', rows, 'mittelwert')), { standalone: true, idPrefix: 'skala-ohne-werte' });
    expect(svg).not.toMatch(/<circle/);
    await expectSvgSnapshot(svg, snapshot('skala-ohne-werte'));
  });

  it('balken at 264 with a word longer than a line: hyphenated at a syllable, the title keeps it whole', async () => {
    const label = 'Treffen der Integrationskursträgerinnenvertretungen';
    const svg = renderSvg(layoutChart(finding('balken', [row(label, 35), row('Sprache', 65)], 'anteil'), { width: 264 }), { standalone: true, idPrefix: 'silben' });
    expect(svg).toMatch(/>Treffen der Integrationskursträ-<.*>gerinnenvertretungen</);
    expect(svg).toMatch(/<title[^>]*>Test balken</);
    await expectSvgSnapshot(svg, snapshot('balken-silbentrennung-264'));
  });
});

describe('normalizeSvg(svg) for snapshots', () => {
  it('puts one element per line, keeps text elements whole and rounds long decimals', () => {
    const svg = '<svg viewBox="0 0 10 10"><g><rect x="1.23456" width="2"/><text x="0.5">a &amp; b</text></g><line x1="3.1"></line></svg>';
    expect(normalizeSvg(svg)).toBe(
      '<svg viewBox="0 0 10 10">\n  <g>\n    <rect x="1.235" width="2"/>\n    <text x="0.5">a &amp; b</text>\n  </g>\n  <line x1="3.1"></line>\n</svg>\n',
    );
  });
  it('changes nothing but layout: removing the line breaks and indentation gives the input back', () => {
    const svg = renderSvg(layoutChart(finding('balken', [row('A', 10), row('B', 20)], 'anteil')), { standalone: true, idPrefix: 'x' });
    expect(normalizeSvg(svg).split('\n').map((l) => l.trim()).join('')).toBe(svg.replace(/>\s+</g, '><').trim());
  });
});
