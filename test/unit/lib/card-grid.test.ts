import { describe, expect, it } from 'vitest';
import { gridAttribute, gridColumns } from '../../../src/lib/card-grid';

/** Cards per row for `count` cards in `columns` columns. */
const rows = (count: number, columns: number) =>
  Array.from({ length: Math.ceil(count / columns) }, (_, i) => Math.min(columns, count - i * columns));

describe('gridColumns(count, room)', () => {
  it.each([
    [5, 4, 3, false], [5, 3, 3, false], [5, 2, 2, true],
    [20, 3, 3, false], [20, 4, 4, false], [18, 4, 4, false], [6, 4, 3, false],
    [4, 3, 2, false], [7, 3, 3, true], [3, 4, 4, false], [1, 2, 2, false],
  ])('%i cards with room for %i columns: %i columns, wide last card %s', (count, room, columns, wideLast) => {
    expect(gridColumns(count, room)).toEqual({ columns, wideLast });
  });

  it('never leaves a last row with one card or with less than half a full row, for 1 to 60 cards', () => {
    for (let count = 1; count <= 60; count++) {
      for (const room of [2, 3, 4]) {
        const { columns, wideLast } = gridColumns(count, room);
        const last = rows(count, columns).at(-1)!;
        if (count <= columns || wideLast) continue;
        expect(last, `${count} in ${columns}`).toBeGreaterThanOrEqual(2);
        expect(last * 2, `${count} in ${columns}`).toBeGreaterThanOrEqual(columns);
      }
    }
  });
});

describe('gridAttribute(count)', () => {
  it('names only the width classes whose choice differs from the default', () => {
    expect(gridAttribute(5)).toBe('w2-wide w4-c3');
    expect(gridAttribute(4)).toBe('w3-c2');
    expect(gridAttribute(12)).toBe('');
  });
});
