import { describe, expect, it } from 'vitest';
import { layoutChart } from '../../../src/lib/charts/layout-chart';
import { CHART_LAYOUTS, maxChars } from '../../../src/lib/charts/model';
import { renderSvg } from '../../../src/lib/charts/render-svg';
import { WRAP_HYPHEN, wrapLabel } from '../../../src/lib/charts/wrap';
import { syllables } from '../../../src/lib/text/hyphenate';
import { LONG, finding, row, texts } from './fixtures';

// Lines joined again: whitespace and hyphens dropped (the wrap adds hyphens, the text has some).
const squash = (s: string) => s.replace(/[\s-]/g, '');

describe('wrapLabel(text, max)', () => {
  it.each([
    [LONG, 36], [LONG, 20], ['Kultur-, Sport- und Freizeiteinrichtungen', 12], ['(Schul-) Sozialarbeit', 8],
    ['Unternehmen / Wirtschaft', 10], ['Netzwerkstrukturen bzw. themenspezifische Arbeitskreise', 30],
  ])('wraps %j at %d characters without losing or cutting anything', (text, max) => {
    const lines = wrapLabel(text, max);
    expect(squash(lines.join(''))).toBe(squash(text));
    for (const l of lines) {
      if (/\s/.test(l)) expect(l.length, l).toBeLessThanOrEqual(max);
      expect(l).toBe(l.trim());
      expect(l).not.toMatch(/…|\.\.\.$/);
    }
  });

  it('breaks after word-part hyphens, not before commas or brackets', () => {
    expect(wrapLabel('Praktikums- und Ausbildungsplätze', 18)).toEqual(['Praktikums- und', 'Ausbildungsplätze']);
    expect(wrapLabel('Kultur-, Sport- und Freizeit', 9)).toEqual(['Kultur-,', 'Sport-', 'und', 'Freizeit']);
    expect(wrapLabel('(Schul-) Sozialarbeit', 12)).toEqual(['(Schul-)', 'Sozialarbeit']);
    expect(wrapLabel('Sprach-/Kulturmittler', 14)).toEqual(['Sprach-/', 'Kulturmittler']);
  });

  it('collapses whitespace, returns one line for empty text', () => {
    expect(wrapLabel('  A \n  B  ', 10)).toEqual(['A B']);
    expect(wrapLabel('', 10)).toEqual(['']);
  });
});

describe('wrapLabel(text, max) with words longer than a line', () => {
  it('hyphenates them at German syllable points with a visible hyphen, filling the line they start on', () => {
    expect(wrapLabel('Donaudampfschifffahrtsgesellschaftskapitän', 12)).toEqual(['Donaudampf-', 'schiff-', 'fahrtsge-', 'sellschafts-', 'kapitän']);
    expect(wrapLabel('Zusammenarbeit mit Bildungseinrichtungen, Kitas', 16)).toEqual(['Zusammenarbeit', 'mit Bildungsein-', 'richtungen,', 'Kitas']);
    expect(wrapLabel('Wohnungsvermittlung', 8)).toEqual(['Woh-', 'nungs-', 'vermitt-', 'lung']);
    // A word that fits on a line of its own moves there whole.
    expect(wrapLabel('Hilfe bei Wohnungsvermittlung', 20)).toEqual(['Hilfe bei', 'Wohnungsvermittlung']);
  });

  it('breaks only where the German patterns allow and keeps every line within the length', () => {
    for (const max of [8, 12, 20]) {
      const lines = wrapLabel('Migrantenselbstorganisationen und Flüchtlingsberatungsstellen', max);
      for (const l of lines) expect(l.length, l).toBeLessThanOrEqual(max);
      const points = new Set<string>();
      for (const word of ['Migrantenselbstorganisationen', 'Flüchtlingsberatungsstellen']) {
        const parts = syllables(word);
        parts.slice(1).forEach((_, i) => points.add(parts.slice(0, i + 1).join('')));
      }
      for (const l of lines.filter((x) => x.endsWith(WRAP_HYPHEN))) {
        const head = l.slice(0, -1).split(' ').at(-1)!;
        expect([...points].some((p) => p.endsWith(head)), l).toBe(true);
      }
    }
  });

  it('keeps a syllable or a word without syllable points whole, even when longer than the line', () => {
    expect(wrapLabel('Sprach', 4)).toEqual(['Sprach']);
    expect(wrapLabel('https://www.kreis-kleve.de/', 10).join('')).toBe('https://www.kreis-kleve.de/');
  });
});

describe('chart labels with long words at every layout width', () => {
  // A compound longer than a line at each layout width (the label's line is the full width).
  const long = (width: number) => {
    let word = 'Integrationskurs';
    while (word.length <= maxChars(width)) word += 'trägerinnenvertretungs';
    return `${word}versammlung`;
  };

  it.each(CHART_LAYOUTS.map((l) => l.width))('at %i: the word is hyphenated in the drawing and whole in its text alternative and title', (width) => {
    const label = long(width);
    const f = finding('balken', [row(label, 40), row('Sprache', 60)], 'anteil', { titel: `Test ${label}` });
    const model = layoutChart(f, { width });
    const lines = texts(model);
    expect(lines.filter((l) => l.endsWith(WRAP_HYPHEN)).length).toBeGreaterThan(0);
    for (const l of lines) expect(l.length, l).toBeLessThanOrEqual(maxChars(width));
    expect(squash(lines.join(''))).toContain(label);
    expect(model.desc).toContain(label);
    const svg = renderSvg(model, { standalone: false, idPrefix: 'x' });
    expect(svg.match(/<title[^>]*>([^<]*)<\/title>/)![1]).toContain(label);
    expect(svg.match(/<desc[^>]*>([^<]*)<\/desc>/)![1]).toContain(label);
  });
});

describe('wrapLabel(text, max) with no-break spaces', () => {
  it('keeps "etwa 80 %" together and its no-break spaces intact', () => {
    const lines = wrapLabel('Weitere Akteure: etwa\u00a080\u00a0%', 20);
    expect(lines).toEqual(['Weitere Akteure:', 'etwa\u00a080\u00a0%']);
  });
});
