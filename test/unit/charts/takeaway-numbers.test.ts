import { describe, expect, it } from 'vitest';
import { takeawaySharesNotInData } from '../../../src/lib/charts/takeaway-numbers';
import { finding, row } from './fixtures';

describe('takeawaySharesNotInData(finding)', () => {
  const rows = [row('Sprache', 67), row('Schule', 79), row('Arbeit', 12.5), row('Wohnen', null)];

  it('accepts every share the rows hold, however the editor spaces it', () => {
    const kernaussage = 'Fast vier von fünf (79 %) nennen Schule, zwei Drittel (67%) Sprache, 12,5\u00a0% Arbeit.';
    expect(takeawaySharesNotInData(finding('balken', rows, 'anteil', { kernaussage }))).toEqual([]);
  });

  it('names each share that is no value of the finding, in order', () => {
    const kernaussage = 'Drei Viertel (75 %) nennen Schule, 67 % Sprache und 40 % Wohnen.';
    expect(takeawaySharesNotInData(finding('balken', rows, 'anteil', { kernaussage }))).toEqual(['75 %', '40 %']);
  });

  it('has nothing to check without a takeaway or without a share in it', () => {
    expect(takeawaySharesNotInData(finding('balken', rows))).toEqual([]);
    expect(takeawaySharesNotInData(finding('balken', rows, 'anteil', { kernaussage: 'Die meisten nennen Schule.' }))).toEqual([]);
  });
});
