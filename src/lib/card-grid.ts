/**
 * Card grids without orphans. A grid has room for at most 2, 3 or 4 columns of cards (16rem each,
 * decided by CSS container queries on the width it sits in); for each, the number of columns is
 * chosen from the number of cards here, at build time, and written as a data attribute that the
 * CSS reads (`.cards[data-grid~="w4-c3"]`). No script.
 */

/** Widths classes of a grid: room for at most this many columns (1 column needs no choice). */
export const GRID_ROOM = [2, 3, 4] as const;

export interface GridChoice {
  columns: number;
  /** No column count avoids a lonely last card: the last card spans the whole row. */
  wideLast: boolean;
}

/**
 * The rule: the last row holds at least two cards and at least half a full row (or is full);
 * among the column counts (2 up to `room`) that keep it, the one with the fewest rows, then the
 * fewest empty places. Cards that fit into one row keep the full count of columns (normal width).
 * Where no count keeps the rule (5 cards in 2 columns), the last card spans the row.
 */
export function gridColumns(count: number, room: number): GridChoice {
  if (count <= room) return { columns: room, wideLast: false };
  let best: { columns: number; rows: number; empty: number } | undefined;
  for (let columns = 2; columns <= room; columns++) {
    const rest = count % columns;
    if (rest !== 0 && (rest < 2 || rest * 2 < columns)) continue;
    const rows = Math.ceil(count / columns);
    const empty = rows * columns - count;
    if (!best || rows < best.rows || (rows === best.rows && empty < best.empty)) best = { columns, rows, empty };
  }
  return best ? { columns: best.columns, wideLast: false } : { columns: room, wideLast: true };
}

/**
 * The value of a card grid's `data-grid` attribute: one word per width class whose choice differs
 * from the default (as many columns as there is room for), e.g. "w2-wide w4-c3" for 5 cards.
 */
export function gridAttribute(count: number): string {
  return GRID_ROOM.flatMap((room) => {
    const { columns, wideLast } = gridColumns(count, room);
    return [...(columns !== room ? [`w${room}-c${columns}`] : []), ...(wideLast ? [`w${room}-wide`] : [])];
  }).join(' ');
}
