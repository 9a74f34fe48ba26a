/** Date rules of actions: the status history in date order, nothing done dated in the future. */
import { firstDay, isInFuture } from '../dates';
import { msg } from '../errors/messages';
import type { Message } from '../errors/problem';
import type { Action } from './model';

type Report = (file: string, path: Array<string | number>, m: Message) => void;

/** Checks the status history and decision date of every action against `today` (YYYY-MM-DD). */
export function checkActionDates(actions: readonly Action[], today: string, report: Report): void {
  for (const a of actions) {
    a.verlauf.forEach((entry, i) => {
      const previous = a.verlauf[i - 1];
      if (previous && firstDay(entry.datum) < firstDay(previous.datum))
        report(a.file, ['status', i, 'datum'], msg.statusOutOfOrder(i + 1, entry.datum, previous.datum));
      if (isInFuture(entry.datum, today)) report(a.file, ['status', i, 'datum'], msg.dateInFuture(`status → ${i + 1}. Eintrag → datum`, entry.datum, today));
    });
    const decided = a.beschluss?.datum;
    if (decided && isInFuture(decided, today)) report(a.file, ['beschluss', 'datum'], msg.dateInFuture('beschluss → datum', decided, today));
    a.meilensteine.forEach((m, i) => {
      if (m.erreicht && isInFuture(m.datum, today))
        report(a.file, ['meilensteine', i, 'datum'], msg.dateInFuture(`meilensteine → ${i + 1}. Eintrag → datum`, m.datum, today));
    });
  }
}
