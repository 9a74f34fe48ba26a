/**
 * The progress verdict of an indicator, by one stated rule: the path from baseline to target is a
 * straight line over time; the latest measurement is compared with the value that line expects at
 * the measurement's date.
 */
import { dayNumber } from '../dates';
import type { Measurement } from '../data/measurements';

export const VERDICTS = ['Ziel erreicht', 'auf Kurs', 'im Verzug', 'noch keine Messung', 'ohne Zielwert'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** What the rule needs: baseline, optional target, measurements in date order. */
export interface ProgressInput {
  basiswert: { wert: number; datum: string };
  zielwert?: { wert: number; datum?: string };
  messungen: readonly Measurement[];
}

export interface Progress {
  verdict: Verdict;
  /** The newest measurement with a value. */
  latest?: Measurement;
  /** The value the straight path expects at the latest measurement's date (rounded to 2 decimals). */
  expected?: number;
}

/** The rule in German, as the indicator pages state it. */
export const PROGRESS_RULE =
  'So wird der Fortschritt beurteilt: Vom Basiswert zum Zielwert wird eine gerade Linie über die Zeit gezogen. ' +
  'Die neueste Messung wird mit dem Wert verglichen, den diese Linie an ihrem Datum erwarten lässt. ' +
  '„Ziel erreicht“: Die neueste Messung erreicht den Zielwert oder übertrifft ihn. ' +
  '„auf Kurs“: Sie liegt mindestens so weit in Richtung Ziel wie der erwartete Wert. ' +
  '„im Verzug“: Sie liegt dahinter, oder das Zieldatum ist vorbei, ohne dass das Ziel erreicht ist. ' +
  '„noch keine Messung“: Es gibt noch keinen gemessenen Wert. „ohne Zielwert“: Es ist kein Ziel festgelegt, also gibt es kein Urteil.';


/** Judges an indicator by PROGRESS_RULE. Pure: same input, same verdict, no clock. */
export function judgeProgress(input: ProgressInput): Progress {
  const latest = [...input.messungen].reverse().find((m) => m.wert !== null);
  const target = input.zielwert;
  if (!latest) return { verdict: 'noch keine Messung' };
  if (!target?.datum) return { verdict: 'ohne Zielwert', latest };
  const base = input.basiswert;
  const up = target.wert >= base.wert;
  const value = latest.wert!;
  if (up ? value >= target.wert : value <= target.wert) return { verdict: 'Ziel erreicht', latest };
  const span = dayNumber(target.datum) - dayNumber(base.datum);
  const share = span <= 0 ? 1 : Math.min(1, Math.max(0, (dayNumber(latest.datum) - dayNumber(base.datum)) / span));
  const expected = Math.round((base.wert + (target.wert - base.wert) * share) * 100) / 100;
  const onCourse = share < 1 && (up ? value >= expected : value <= expected);
  return { verdict: onCourse ? 'auf Kurs' : 'im Verzug', latest, expected };
}
