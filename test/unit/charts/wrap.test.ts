import { describe, expect, it } from 'vitest';
import { wrapLabel } from '../../../src/lib/charts/wrap';
import { LONG } from './fixtures';

const squash = (s: string) => s.replace(/\s/g, '');

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
    expect(wrapLabel('Praktikums- und Ausbildungsplätze', 12)).toEqual(['Praktikums-', 'und', 'Ausbildungsplätze']);
    expect(wrapLabel('Kultur-, Sport- und Freizeit', 9)).toEqual(['Kultur-,', 'Sport-', 'und', 'Freizeit']);
    expect(wrapLabel('(Schul-) Sozialarbeit', 8)).toEqual(['(Schul-)', 'Sozialarbeit']);
    expect(wrapLabel('Sprach-/Kulturmittler', 10)).toEqual(['Sprach-/', 'Kulturmittler']);
  });

  it('keeps a word longer than the line whole, collapses whitespace, returns one line for empty text', () => {
    expect(wrapLabel('Donaudampfschifffahrtsgesellschaftskapitän', 10)).toEqual(['Donaudampfschifffahrtsgesellschaftskapitän']);
    expect(wrapLabel('  A \n  B  ', 10)).toEqual(['A B']);
    expect(wrapLabel('', 10)).toEqual(['']);
  });
});

describe('wrapLabel(text, max) with no-break spaces', () => {
  it('keeps "etwa 80 %" together and its no-break spaces intact', () => {
    const lines = wrapLabel('Weitere Akteure: etwa\u00a080\u00a0%', 20);
    expect(lines).toEqual(['Weitere Akteure:', 'etwa\u00a080\u00a0%']);
  });
});
