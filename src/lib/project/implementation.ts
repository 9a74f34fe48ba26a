/** „Stand der Umsetzung“: every action per field with origin, lead, dated status, next milestone, indicators. */
import { UNKNOWN } from '../content/schemas';
import { progressOf, summarizeIndicator } from './indicator-view';
import type { Verdict } from '../indicators/progress';
import { nextMilestone, statusEvidence } from './action-status';
import { matches, type FacetKey } from './filters';
import type { Action, Project } from './model';

/** The facets the implementation page filters by (no audience: the council asks by field, origin, status). */
export const IMPLEMENTATION_FACETS: readonly FacetKey[] = ['handlungsfeld', 'herkunft', 'status'];

/** One action as the page lists it; every unknown part already reads „noch nicht festgelegt“. */
export interface ImplementationRow {
  id: string;
  titel: string;
  herkunft: Action['herkunft'];
  federfuehrung: string;
  status: string;
  /** "laut Bericht (Resümee), 2018", or undefined without status. */
  beleg?: string;
  naechsterMeilenstein: string;
  kennzahlen: Array<{ id: string; titel: string; verdict: Verdict; summary: string }>;
}

/** A field (or „übergreifend“) with its actions. */
export interface ImplementationGroup {
  /** Field id, or "uebergreifend". */
  id: string;
  titel: string;
  rows: ImplementationRow[];
}

function row(project: Project, a: Action): ImplementationRow {
  const milestone = nextMilestone(a);
  const ids = [...new Set(a.ziele.flatMap((g) => g.kennzahlen))];
  return {
    id: a.id,
    titel: a.titel,
    herkunft: a.herkunft,
    federfuehrung: a.federfuehrung ?? UNKNOWN,
    status: a.status,
    beleg: statusEvidence(a),
    naechsterMeilenstein: milestone ? `${milestone.datumText}: ${milestone.text}` : UNKNOWN,
    kennzahlen: ids.flatMap((id) => project.indicators.filter((i) => i.id === id)).map((i) => ({
      id: i.id, titel: i.titel, verdict: progressOf(i).verdict, summary: summarizeIndicator(i),
    })),
  };
}

/**
 * The actions grouped by field in rank order, then „übergreifend“; an action in two fields is listed
 * under both. With a filter, only matching actions, and only groups that keep at least one.
 */
export function implementationGroups(project: Project, filter?: { key: FacetKey; slug: string }): ImplementationGroup[] {
  const selected = project.actions.filter((a) => !filter || matches(a, filter.key, filter.slug));
  const groups = [
    ...project.fields.map((f) => ({ id: f.id, titel: f.titel, actions: selected.filter((a) => a.handlungsfelder.includes(f.id)) })),
    { id: 'uebergreifend', titel: 'Übergreifend (ohne Handlungsfeld)', actions: selected.filter((a) => a.handlungsfelder.length === 0) },
  ];
  return groups.filter((g) => g.actions.length > 0).map((g) => ({ id: g.id, titel: g.titel, rows: g.actions.map((a) => row(project, a)) }));
}
