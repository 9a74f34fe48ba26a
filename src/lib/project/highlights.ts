/** The actions the start page shows first: those under way, then those the report itself recommends. */
import { ORIGINS, STATUSES } from '../content/schemas';
import type { Action } from './model';

/** Up to `count` actions: furthest status first, then decided, then recommended by the report, then by title. */
export function highlightedActions(actions: readonly Action[], count = 5): Action[] {
  const progress = (a: Action) => STATUSES.indexOf(a.status as (typeof STATUSES)[number]);
  // ORIGINS is ordered report, editors, decision: rank decision first, editors last.
  const weight = (a: Action) => [1, 0, 2][ORIGINS.indexOf(a.herkunft)]!;
  return [...actions]
    .sort(
      (a, b) =>
        progress(b) - progress(a) ||
        weight(b) - weight(a) ||
        a.titel.localeCompare(b.titel, 'de'),
    )
    .slice(0, count);
}
