import { describe, expect, it } from 'vitest';
import { layoutChart } from '../../../src/lib/charts/layout-chart';
import { PALETTE } from '../../../src/lib/charts/model';
import { escapeXml, renderSvg } from '../../../src/lib/charts/render-svg';
import { describeValues, summarizeFinding } from '../../../src/lib/charts/summary';
import { surveyContext } from '../../../src/lib/charts/context';
import type { ChartKind } from '../../../src/lib/types';
import { finding, row } from '../../helpers/finding';

/** WCAG relative luminance and contrast ratio. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

describe('palette', () => {
  it.each([
    ['bar', PALETTE.bar], ['bar2', PALETTE.bar2], ['rest', PALETTE.rest], ...PALETTE.bands.map((b, i) => [`band ${i + 1}`, b] as const),
  ])('%s has at least 3:1 contrast to white', (_name, colour) => {
    expect(contrast(colour, '#ffffff')).toBeGreaterThanOrEqual(3);
  });

  it('text colours have at least 4.5:1 contrast to white, inverse text to the bar', () => {
    expect(contrast(PALETTE.text, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrast(PALETTE.muted, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrast(PALETTE.inverse, PALETTE.bar)).toBeGreaterThanOrEqual(4.5);
  });
});

describe('renderSvg(model, options)', () => {
  const hostile = finding('balken', [row('<script>alert(1)</script>', 40), row('"&<>\'', 20)], 'anteil', { titel: 'A & B <img src=x onerror=alert(1)>' });

  it('escapes every text from CSV and front matter', () => {
    const svg = renderSvg(layoutChart(hostile), { standalone: false, idPrefix: 'x' });
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('<img');
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(svg).toContain('&quot;&amp;&lt;&gt;&#39;');
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });

  it('names the chart for assistive technology and has nothing focusable inside', () => {
    const svg = renderSvg(layoutChart(hostile), { standalone: false, idPrefix: 'befund 1' });
    expect(svg).toMatch(/^<svg role="img" aria-labelledby="befund-1-title befund-1-desc"/);
    expect(svg).toContain('<title id="befund-1-title">');
    expect(svg).toContain('<desc id="befund-1-desc">');
    expect(svg).not.toMatch(/tabindex|<a |<script|style="/);
  });

  it('writes a standalone file with XML declaration, namespace and white background', () => {
    const svg = renderSvg(layoutChart(hostile), { standalone: true, idPrefix: 'x' });
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('<rect width="100%" height="100%" fill="#ffffff"/>');
  });
});

const snapshotCases: Array<[ChartKind, Parameters<typeof finding>[1], Parameters<typeof finding>[2]]> = [
  ['balken', [row('Schule, Ausbildung, Studium', 79), row('Sprache', 67), row('Familien', 48), row('Arbeit und Beruf', 48), row('Stiftungen', null)], 'anteil'],
  ['gruppen', [row('Sprachkurse', 40, { gruppe: 'Bildungseinrichtungen' }), row('Sprachkurse', 55, { gruppe: 'Weitere Akteure' })], 'anteil'],
  ['teil-ganzes', [row('Bildungseinrichtung', 53), row('Weitere Akteure', 47, { herkunft: 'Differenz zu 100' })], 'anteil'],
  ['einzelwert', [row('Zusammenarbeit mit dem Ehrenamt', 80, { genauigkeit: 'etwa' }), row('Keine Zusammenarbeit genannt', 20, { genauigkeit: 'etwa', herkunft: 'Differenz zu 100' })], 'anteil'],
  ['skala', [row('Wohnungsvermittlung', null, { gruppe: 'Bildungseinrichtungen', aussage: 'sehr niedrig' }), row('Wohnungsvermittlung', 2.4, { gruppe: 'Weitere Akteure' })], 'mittelwert'],
  ['kategorien', [row('Spracherwerb', null, { aussage: 'Großteil der Angebote' }), row('Gesundheitsförderung', null, { aussage: 'geringer Anteil' })], 'anteil'],
  ['kennzahl', [row('Ausgewertete Fragebögen', 98)], 'anzahl'],
];

describe('SVG snapshots per chart kind', () => {
  it.each(snapshotCases)('%s', async (kind, rows, unit) => {
    const svg = renderSvg(layoutChart(finding(kind, rows, unit)), { standalone: true, idPrefix: kind });
    await expect(svg).toMatchFileSnapshot(`./__snapshots__/${kind}.svg`);
  });
});

describe('summarizeFinding(finding)', () => {
  it.each([
    [finding('balken', [row('Sprache', 67), row('Schule, Ausbildung, Studium', 79), row('Familien', 48)]), 'Den höchsten Wert hat „Schule, Ausbildung, Studium“ mit 79\u00a0%, gefolgt von „Sprache“ mit 67\u00a0% (3 Werte).'],
    [finding('balken', [row('A', 48), row('B', 48), row('C', 10)]), 'Den höchsten Wert haben „A“ und „B“ mit je 48\u00a0%, gefolgt von „C“ mit 10\u00a0% (3 Werte).'],
    [finding('balken', [row('Jugendmigrationsdienst', 10), row('Stiftungen', null), row('Unternehmen', null)]), 'Der Bericht nennt nur für „Jugendmigrationsdienst“ einen Wert: 10\u00a0%. Für 2 Kategorien nennt der Bericht keinen Wert.'],
    [finding('einzelwert', [row('Ehrenamt', 80, { genauigkeit: 'etwa' }), row('Rest', 20, { genauigkeit: 'etwa', herkunft: 'Differenz zu 100' })]), 'etwa\u00a080\u00a0% für „Ehrenamt“; etwa\u00a020\u00a0% ergeben sich als Differenz zu 100 für „Rest“.'],
    [finding('kategorien', [row('A', null), row('B', null)]), 'Der Bericht nennt 2 Kategorien; Werte sind dazu nicht erhalten.'],
    [finding('skala', [row('A', null, { gruppe: 'X' }), row('A', null, { gruppe: 'Y' }), row('B', null, { gruppe: 'X' })], 'mittelwert'), 'Die Mittelwerte auf der Skala von 1 bis 5 für 2 Bereiche sind nicht erhalten; der Bericht beschreibt sie in Worten.'],
    [finding('kennzahl', [row('Ausgewertete Fragebögen', 98)], 'anzahl'), 'Ausgewertete Fragebögen: 98.'],
  ])('%#: %s', (f, sentence) => {
    expect(summarizeFinding(f)).toBe(sentence);
  });

  it('describes every value, also the missing ones', () => {
    expect(describeValues(finding('balken', [row('A', 2.5), row('B', null, { gruppe: 'G' })]))).toBe('A: 2,5\u00a0%; B (G): kein Wert im Bericht');
  });
});

describe('surveyContext(finding)', () => {
  it('states base, multiple answers, period, complement, lost values and source', () => {
    const lines = surveyContext(finding('einzelwert', [row('A', 56), row('B', 44, { herkunft: 'Differenz zu 100' }), row('C', null)], 'anteil', { basis: 'antwortende', frage: 'Wirken Sie mit?', abschnitt: 'Mitwirkung' }));
    expect(lines).toEqual([
      'Frage: „Wirken Sie mit?“',
      'Basis: Akteure, die diese Frage beantwortet haben.',
      'Mehrfachnennungen: im Bericht nicht angegeben.',
      'Befragungszeitraum: 19.06.–31.07.2018; die Befragung war nicht repräsentativ angelegt.',
      '„Differenz zu 100“: Dieser Wert steht nicht im Bericht, er ergibt sich aus dem genannten Anteil.',
      'Die Grafik des Berichts ist nicht erhalten: Werte, die nur in ihr standen, fehlen hier und werden nicht geschätzt.',
      'Quelle: Kreis Kleve, Evaluation des Fragebogens zur Bedarfs- und Bestandsanalyse der Integrationsarbeit im Kreis Kleve (2018), Abschnitt „Mitwirkung“.',
    ]);
  });
});
