/** Facets of the action catalogue: by field, audience and status, with stable URL slugs. */
import { AUDIENCES, STATUSES } from '../content/schemas';
import { slugify } from '../text/slugify';
import type { Action, Field } from './model';

export type FacetKey = 'handlungsfeld' | 'zielgruppe' | 'status';

export interface FacetValue {
  key: FacetKey;
  /** URL part: /massnahmen/<key>/<slug>/ */
  slug: string;
  label: string;
  /** Number of actions with this value. */
  count: number;
}

/** Ids of the actions that have the facet value. */
export function matches(action: Action, key: FacetKey, slug: string): boolean {
  if (key === 'handlungsfeld') return slug === 'uebergreifend' ? action.handlungsfelder.length === 0 : action.handlungsfelder.includes(slug);
  if (key === 'zielgruppe') return action.zielgruppen.some((z) => slugify(z) === slug);
  return slugify(action.status) === slug;
}

/** Every facet value in a fixed order (fields by rank, then the closed lists), with counts. */
export function facetValues(actions: readonly Action[], fields: readonly Field[]): FacetValue[] {
  const count = (key: FacetKey, slug: string) => actions.filter((a) => matches(a, key, slug)).length;
  const values: FacetValue[] = [
    ...fields.map((f) => ({ key: 'handlungsfeld' as const, slug: f.id, label: f.titel })),
    { key: 'handlungsfeld' as const, slug: 'uebergreifend', label: 'übergreifend (ohne Handlungsfeld)' },
    ...AUDIENCES.map((z) => ({ key: 'zielgruppe' as const, slug: slugify(z), label: z })),
    ...STATUSES.map((s) => ({ key: 'status' as const, slug: slugify(s), label: s })),
  ].map((v) => ({ ...v, count: count(v.key, v.slug) }));
  // "übergreifend" only where such actions exist.
  return values.filter((v) => v.slug !== 'uebergreifend' || v.count > 0);
}

/** German heading of a facet. */
export const FACET_LABELS: Record<FacetKey, string> = {
  handlungsfeld: 'Handlungsfeld',
  zielgruppe: 'Zielgruppe',
  status: 'Status',
};

/** Actions per field and status, for the overview chart: rows of [field, status, count]. */
export function actionsByFieldAndStatus(
  actions: readonly Action[],
  fields: readonly Field[],
): Array<{ field: string; status: string; count: number }> {
  return fields.flatMap((f) =>
    STATUSES.map((s) => ({
      field: f.titel,
      status: s,
      count: actions.filter((a) => a.handlungsfelder.includes(f.id) && a.status === s).length,
    })).filter((r) => r.count > 0),
  );
}
