import { describe, expect, it } from 'vitest';
import { judgeProgress, VERDICTS, type ProgressInput } from '../../../src/lib/indicators/progress';
import type { Measurement } from '../../../src/lib/data/measurements';

const m = (datum: string, wert: number | null): Measurement => ({ line: 2, datum, wert, quelle: 'Test', anmerkung: '' });
// Rising: 10 on 2020-01-01 to 30 on 2030-01-01, so about 20 is expected at 2025-01-01.
const up = (messungen: Measurement[], zielwert: ProgressInput['zielwert'] = { wert: 30, datum: '2030-01-01' }): ProgressInput =>
  ({ basiswert: { wert: 10, datum: '2020-01-01' }, zielwert, messungen });
// Falling: 50 in 2020 to 20 in 2030 (e.g. waiting days).
const down = (messungen: Measurement[]): ProgressInput => ({ basiswert: { wert: 50, datum: '2020' }, zielwert: { wert: 20, datum: '2030' }, messungen });

describe('judgeProgress(input)', () => {
  it.each([
    ['no measurement yet', up([]), 'noch keine Messung', undefined],
    ['only placeholders ("–")', up([m('2024-01-01', null)]), 'noch keine Messung', undefined],
    ['no target', { basiswert: { wert: 10, datum: '2020' }, messungen: [m('2024-01-01', 15)] }, 'ohne Zielwert', undefined],
    ['a target without a date is no target', up([m('2024-01-01', 15)], { wert: 30 }), 'ohne Zielwert', undefined],
    ['rising, ahead of the path', up([m('2025-01-01', 21)]), 'auf Kurs', 20],
    ['rising, exactly on the path', up([m('2025-01-01', 20)]), 'auf Kurs', 20],
    ['rising, behind the path', up([m('2025-01-01', 19)]), 'im Verzug', 20],
    ['rising, target reached early', up([m('2025-01-01', 31)]), 'Ziel erreicht', undefined],
    ['rising, target date passed without reaching it', up([m('2031-01-01', 29)]), 'im Verzug', 30],
    ['the newest measurement counts, not the best', up([m('2024-01-01', 40), m('2025-01-01', 12)]), 'im Verzug', 20],
    ['a newer placeholder is skipped', up([m('2025-01-01', 21), m('2026-01-01', null)]), 'auf Kurs', 20],
    ['falling, ahead', down([m('2025', 34)]), 'auf Kurs', 35],
    ['falling, behind', down([m('2025', 36)]), 'im Verzug', 35],
    ['falling, reached', down([m('2025', 20)]), 'Ziel erreicht', undefined],
    ['measured before the baseline date: the path expects the baseline', up([m('2019-01-01', 10)]), 'auf Kurs', 10],
  ] as const)('%s → %s', (_, input, verdict, expected) => {
    const result = judgeProgress(input);
    expect(result.verdict).toBe(verdict);
    expect(result.expected).toBe(expected);
  });

  it('covers every verdict and does not mutate its input', () => {
    const input = up([m('2025-01-01', 21), m('2024-01-01', 15)]);
    const before = structuredClone(input);
    judgeProgress(input);
    expect(input).toEqual(before);
    expect(VERDICTS).toEqual(['Ziel erreicht', 'auf Kurs', 'im Verzug', 'noch keine Messung', 'ohne Zielwert']);
  });
});
