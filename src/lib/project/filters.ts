/** Facets of the action catalogue: by field, audience, origin and status, with stable URL slugs. */
import { AUDIENCES, ORIGINS, STATUSES, UNKNOWN } from '../content/schemas';
import { slugify } from '../text/slugify';
import type { Action, Field } from './model';

export type FacetKey = 'handlungsfeld' | 'zielgruppe' | 'herkunft' | 'status';

/** Every status a filter offers: the closed list, then „noch nicht festgelegt“. */
export const STATUS_VALUES = [...STATUSES, UNKNOWN] as const;

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
  if (key === 'herkunft') return slugify(action.herkunft) === slug;
  return slugify(action.status) === slug;
}

/** Every facet value that matches an action, in a fixed order (fields by rank, then the closed lists), with counts. */
export function facetValues(actions: readonly Action[], fields: readonly Field[]): FacetValue[] {
  const count = (key: FacetKey, slug: string) => actions.filter((a) => matches(a, key, slug)).length;
  const values: FacetValue[] = [
    ...fields.map((f) => ({ key: 'handlungsfeld' as const, slug: f.id, label: f.titel })),
    { key: 'handlungsfeld' as const, slug: 'uebergreifend', label: 'übergreifend (ohne Handlungsfeld)' },
    ...AUDIENCES.map((z) => ({ key: 'zielgruppe' as const, slug: slugify(z), label: z })),
    ...ORIGINS.map((o) => ({ key: 'herkunft' as const, slug: slugify(o), label: o })),
    ...STATUS_VALUES.map((s) => ({ key: 'status' as const, slug: slugify(s), label: s })),
  ].map((v) => ({ ...v, count: count(v.key, v.slug) }));
  // A filter is offered (and its page built) only where it finds at least one action.
  return values.filter((v) => v.count > 0);
}

/** Facet keys in the order the filters show them. */
export const FACET_KEYS: readonly FacetKey[] = ['handlungsfeld', 'zielgruppe', 'herkunft', 'status'];

/** German heading of a facet. */
export const FACET_LABELS: Record<FacetKey, string> = {
  handlungsfeld: 'Handlungsfeld',
  zielgruppe: 'Zielgruppe',
  herkunft: 'Herkunft',
  status: 'Status',
};

/** The values of one facet, as the filter navigation lists them under its heading. */
export interface FacetGroup {
  key: FacetKey;
  label: string;
  values: FacetValue[];
}

/** The values grouped by facet, in the order of `keys` (a facet without values keeps its heading). */
export const facetGroups = (values: readonly FacetValue[], keys: readonly FacetKey[]): FacetGroup[] =>
  keys.map((key) => ({ key, label: FACET_LABELS[key], values: values.filter((v) => v.key === key) }));

/** Actions per field and status, for the overview chart: rows of [field, status, count]. */
export function actionsByFieldAndStatus(
  actions: readonly Action[],
  fields: readonly Field[],
): Array<{ field: string; status: string; count: number }> {
  return fields.flatMap((f) =>
    STATUS_VALUES.map((s) => ({
      field: f.titel,
      status: s,
      count: actions.filter((a) => a.handlungsfelder.includes(f.id) && a.status === s).length,
    })).filter((r) => r.count > 0),
  );
}
