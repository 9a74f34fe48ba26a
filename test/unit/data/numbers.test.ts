import { describe, expect, it } from 'vitest';
import { parseGermanNumber } from '../../../src/lib/data/numbers';

describe('parseGermanNumber(cell)', () => {
  it.each([
    ['79', 79],
    ['2,4', 2.4],
    ['1.234', 1234],
    ['1.234,5', 1234.5],
    [' 12,5 ', 12.5],
    ['\u00a012,5\u00a0', 12.5],
    ['0', 0],
    ['-3', -3],
  ])('reads %j as %d', (cell, value) => {
    expect(parseGermanNumber(cell)).toEqual({ kind: 'number', value });
  });

  it.each(['', '  ', '–', '-', '.', '/', 'x', '...', '…'])('reads %j as missing, never as 0', (cell) => {
    expect(parseGermanNumber(cell)).toEqual({ kind: 'missing' });
  });

  it.each(['12.5 %', '12,5%', 'viel', '1.23', '12.5', '1,2,3', '3 Stück'])('rejects %j', (cell) => {
    expect(parseGermanNumber(cell)).toEqual({ kind: 'invalid' });
  });
});
