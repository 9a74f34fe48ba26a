/**
 * Honest takeaways: every share an editor writes into `kernaussage` ("79 %") must be a value of
 * the finding's own rows, so the sentence under a chart can never say another number than the chart.
 */
import type { Finding } from '../types';

// "79 %", "79%", "79 %" (no-break spaces), "12,5 %".
const SHARE = /(\d+(?:,\d+)?)[\s\u00a0\u202f]?%/g;

/** The shares written in the takeaway ("79 %") that no row of the finding holds, in order. */
export function takeawaySharesNotInData(f: Pick<Finding, 'kernaussage' | 'rows'>): string[] {
  if (!f.kernaussage) return [];
  const values = new Set(f.rows.flatMap((r) => (r.wert === null ? [] : [r.wert])));
  return [...f.kernaussage.matchAll(SHARE)]
    .map((m) => m[1]!)
    .filter((n) => !values.has(Number(n.replace(',', '.'))))
    .map((n) => `${n} %`);
}
