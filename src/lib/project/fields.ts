/** A priority field with everything its page shows, resolved from the project. */
import type { DataRow } from '../types';
import { actionCards, byId, goalViews, type ActionCard, type GoalView } from './views';
import { RANKING_DATASET, type Action, type Field, type Project, type SourcedFinding } from './model';

export interface FieldView {
  field: Field;
  /** The field's row in the ranking dataset (its share), if present. */
  share: DataRow | undefined;
  /** Rank by share, 1 = highest; ties share a rank. */
  rank: number | undefined;
  ranking: SourcedFinding | undefined;
  findings: SourcedFinding[];
  actions: Action[];
  /** The field's actions as cards (they name all their fields). */
  actionCards: ActionCard[];
  goals: GoalView[];
  /** Whether the field has a page in Leichte Sprache. */
  inEasyLanguage: boolean;
}

/** Resolves a field's share, rank, findings, actions and goals. */
export function fieldView(project: Project, id: string | undefined): FieldView {
  const field = byId(project.fields, id, 'field');
  const ranking = project.findings.find((f) => f.datensatz === RANKING_DATASET);
  const share = ranking?.rows.find((r) => r.kategorie === field.titel);
  const higher = ranking?.rows.filter((r) => r.wert !== null && share?.wert != null && r.wert > share.wert).length;
  const actions = project.actions.filter((a) => a.handlungsfelder.includes(field.id));
  return {
    field,
    share,
    rank: share?.wert != null && higher !== undefined ? higher + 1 : undefined,
    ranking,
    findings: project.findings.filter((f) => f.handlungsfelder.includes(field.id)),
    actions,
    actionCards: actionCards(actions, project.fields),
    goals: goalViews(project, field.ziele),
    inEasyLanguage: project.easyLanguage.fields.some((e) => e.id === field.id),
  };
}
