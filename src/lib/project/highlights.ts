/** The actions the start page shows first: those under way, then those the report itself recommends. */
import { STATUSES } from '../content/schemas';
import type { Action } from './model';

/** Up to `count` actions: furthest status first, then recommended by the report, then by title. */
export function highlightedActions(actions: readonly Action[], count = 5): Action[] {
  const progress = (a: Action) => STATUSES.indexOf(a.status);
  return [...actions]
    .sort(
      (a, b) =>
        progress(b) - progress(a) ||
        Number(b.herkunft === 'Bericht') - Number(a.herkunft === 'Bericht') ||
        a.titel.localeCompare(b.titel, 'de'),
    )
    .slice(0, count);
}
