/** German date formatting without the build clock or time zones. */

const MONTHS = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];

/** "2018-08-17" → "17. August 2018". */
export function formatDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`Not an ISO date: ${iso}`);
  return `${Number(m[3])}. ${MONTHS[Number(m[2]) - 1]} ${m[1]}`;
}

/** "2018" → "2018", "2018-07" → "Juli 2018", "2018-07-31" → "31. Juli 2018". */
export function formatPartialDate(iso: string): string {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(iso);
  if (!m) throw new Error(`Not an ISO date: ${iso}`);
  if (m[3]) return formatDate(iso);
  return m[2] ? `${MONTHS[Number(m[2]) - 1]} ${m[1]}` : m[1]!;
}

/** The first day a date of year, month or day precision stands for ("2018" → "2018-01-01"). */
export function firstDay(iso: string): string {
  return `${iso}-01-01`.slice(0, 10);
}

/** True when the date (of any precision) begins after `today` (YYYY-MM-DD). */
/** Days since 1970-01-01 of a full or partial date (a year counts from its first day): for spans and time axes. */
export const dayNumber = (iso: string): number => Date.parse(`${firstDay(iso)}T00:00:00Z`) / 86_400_000;

export function isInFuture(iso: string, today: string): boolean {
  return firstDay(iso) > today;
}

/** Today's date in UTC as YYYY-MM-DD: the default "today" for date checks. */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
