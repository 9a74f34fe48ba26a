/** What every page says about an action's origin and status: one wording, computed once. */
import { UNKNOWN, type StatusEntry } from '../content/schemas';
import { formatDate, formatPartialDate } from '../dates';
import type { Action } from './model';

/** One entry of the status history, ready to render. */
export interface TimelineEntry extends StatusEntry {
  /** German date, e.g. "2018" or "17. März 2027". */
  datumText: string;
  /** "laut Bericht (Resümee)" or the note. */
  beleg: string;
}

/** "laut …" for a source, else the note. */
const evidence = (e: StatusEntry): string => (e.quelle ? `laut ${e.quelle}` : e.notiz!);

/** The status history in date order (the file's order, which the checks enforce). */
export function timeline(action: Action): TimelineEntry[] {
  return action.verlauf.map((e) => ({ ...e, datumText: formatPartialDate(e.datum), beleg: evidence(e) }));
}

/** Source (or note) and date of the current status: "laut Bericht (Resümee), 2018"; undefined without status. */
export function statusEvidence(action: Action): string | undefined {
  const last = action.verlauf.at(-1);
  return last && `${evidence(last)}, ${formatPartialDate(last.datum)}`;
}

/** The current status with source and date in one line: "im Aufbau – laut Bericht (Resümee), 2018". */
export function statusLine(action: Action): string {
  const more = statusEvidence(action);
  return more ? `${action.status} – ${more}` : action.status;
}

/** The current status with its date only, for cards: "im Aufbau (2018)". */
export function statusShort(action: Action): string {
  const last = action.verlauf.at(-1);
  return last ? `${last.stand} (${formatPartialDate(last.datum)})` : UNKNOWN;
}

/** The origin as a sentence: who proposed or decided the action. */
export function originText(action: Action): string {
  if (action.herkunft === 'Beschluss' && action.beschluss) {
    const b = action.beschluss;
    return `Beschluss: ${b.gremium}, ${formatDate(b.datum!)}, ${b.vorlage}.`;
  }
  if (action.herkunft === 'Vorschlag der Redaktion')
    return `Vorschlag der Redaktion, abgeleitet aus: ${action.abgeleitet_aus}. Der Bericht empfiehlt diese Maßnahme nicht selbst; ein Beschluss dazu ist nicht bekannt.`;
  return 'Empfehlung des Berichts. Ein Beschluss dazu ist nicht bekannt.';
}

/** The next milestone not yet reached, if any. */
export function nextMilestone(action: Action): { datumText: string; text: string } | undefined {
  const next = action.meilensteine.find((m) => !m.erreicht);
  return next && { datumText: formatPartialDate(next.datum), text: next.text };
}

/** Planned time span in German, or „noch nicht festgelegt“. */
export function periodText(action: Action): string {
  const { beginn, ende_geplant: end } = action;
  if (!beginn && !end) return UNKNOWN;
  return `${beginn ? `ab ${formatPartialDate(beginn)}` : `Beginn ${UNKNOWN}`}; ${end ? `geplantes Ende ${formatPartialDate(end)}` : `Ende ${UNKNOWN}`}`;
}

/** How many actions per origin, in German: "9 Empfehlungen des Berichts, 11 Vorschläge der Redaktion". */
export function originCounts(actions: readonly Action[]): string {
  const plural: Record<Action['herkunft'], [string, string]> = {
    'Empfehlung des Berichts': ['Empfehlung des Berichts', 'Empfehlungen des Berichts'],
    'Vorschlag der Redaktion': ['Vorschlag der Redaktion', 'Vorschläge der Redaktion'],
    Beschluss: ['Beschluss', 'Beschlüsse'],
  };
  return (Object.keys(plural) as Array<Action['herkunft']>)
    .map((o) => [o, actions.filter((a) => a.herkunft === o).length] as const)
    .filter(([, n]) => n > 0)
    .map(([o, n]) => `${n} ${plural[o][n === 1 ? 0 : 1]}`)
    .join(', ');
}
