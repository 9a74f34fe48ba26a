import { describe, expect, it } from 'vitest';
import { formatMean, formatNumber, formatShare, formatTick, formatValue } from '../../../src/lib/format';
import type { Precision, Unit } from '../../../src/lib/types';

const nb = (s: string) => s.replace(/ /g, '\u00a0');

describe('formatNumber(value)', () => {
  it.each([
    [0, '0'], [79, '79'], [2.4, '2,4'], [2.45, '2,45'], [1234, '1.234'], [1234567, '1.234.567'], [12.5, '12,5'], [0.1 + 0.2, '0,3'],
  ])('formatNumber(%d) is %s', (v, text) => expect(formatNumber(v)).toBe(text));
});

describe('formatShare(value, precision)', () => {
  it.each<[number, Precision, string]>([
    [79, '', '79 %'], [80, 'etwa', 'etwa 80 %'], [31, 'über', 'über 31 %'], [5, 'unter', 'unter 5 %'], [0, '', '0 %'], [100, '', '100 %'], [12.5, '', '12,5 %'],
  ])('formatShare(%d, %j) is %j with no-break spaces', (v, p, text) => expect(formatShare(v, p)).toBe(nb(text)));

  it('never leaves a breakable space in a value', () => {
    expect(formatShare(80, 'etwa')).not.toMatch(/ /);
  });
});

describe('formatValue(value, unit, precision)', () => {
  it.each<[number, Unit, Precision, string]>([
    [79, 'anteil', '', '79 %'], [80, 'anteil', 'etwa', 'etwa 80 %'], [31, 'anteil', 'über', 'über 31 %'],
    [2.4, 'mittelwert', '', '2,4'], [3, 'mittelwert', '', '3,0'], [2.45, 'mittelwert', '', '2,45'], [2.4, 'mittelwert', 'etwa', 'etwa 2,4'],
    [98, 'anzahl', '', '98'], [1500, 'anzahl', 'über', 'über 1.500'], [3, 'rangfolge', '', '3.'],
  ])('formatValue(%d, %s, %j) is %j', (v, unit, p, text) => expect(formatValue(v, unit, p)).toBe(nb(text)));
});

describe('formatMean(value) and formatTick(value, unit)', () => {
  it('gives means at least one decimal, ticks none', () => {
    expect(formatMean(2)).toBe('2,0');
    expect(formatTick(2, 'mittelwert')).toBe('2');
    expect(formatTick(50, 'anteil')).toBe('50\u00a0%');
    expect(formatTick(1000, 'anzahl')).toBe('1.000');
  });
});
