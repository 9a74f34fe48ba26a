import { describe, expect, it } from 'vitest';
import { nextMilestone, originText, periodText, statusEvidence, statusLine, statusShort, timeline } from '../../../src/lib/project/action-status';
import { firstDay, formatPartialDate, isInFuture } from '../../../src/lib/dates';
import { makeAction } from './make-action';

const fromReport = makeAction('a', {
  herkunft: 'Empfehlung des Berichts',
  status: 'im Aufbau',
  verlauf: [{ datum: '2018', stand: 'im Aufbau', quelle: 'Bericht (Resümee)' }],
});
const decided = makeAction('b', {
  herkunft: 'Beschluss',
  beschluss: { gremium: 'Kreistag', datum: '2027-03-18', vorlage: 'Drucksache 12/2027' },
  status: 'in Umsetzung',
  verlauf: [
    { datum: '2018', stand: 'vorgeschlagen', quelle: 'Bericht' },
    { datum: '2027-05', stand: 'in Umsetzung', notiz: 'Erste Gruppe tagt' },
  ],
  beginn: '2027-04',
  meilensteine: [{ datum: '2027-05', text: 'Auftakt', erreicht: true }, { datum: '2028', text: 'Bericht', erreicht: false }],
});
const proposal = makeAction('c', { abgeleitet_aus: 'Fehlende Angebote' });

describe('formatPartialDate(iso), firstDay(iso), isInFuture(iso, today)', () => {
  it.each([
    ['2018', '2018', '2018-01-01'],
    ['2018-07', 'Juli 2018', '2018-07-01'],
    ['2018-07-31', '31. Juli 2018', '2018-07-31'],
  ])('%s → %s, first day %s', (iso, text, first) => {
    expect(formatPartialDate(iso)).toBe(text);
    expect(firstDay(iso)).toBe(first);
  });
  it('judges a year or month as future only when it begins after today', () => {
    expect(isInFuture('2026', '2026-11-26')).toBe(false);
    expect(isInFuture('2026-12', '2026-11-26')).toBe(true);
    expect(isInFuture('2026-11-27', '2026-11-26')).toBe(true);
  });
});

describe('status wording', () => {
  it('says current status, source and date in one line, as dated to the report', () => {
    expect(statusLine(fromReport)).toBe('im Aufbau – laut Bericht (Resümee), 2018');
    expect(statusShort(fromReport)).toBe('im Aufbau (2018)');
    expect(statusEvidence(decided)).toBe('Erste Gruppe tagt, Mai 2027');
  });
  it('says „noch nicht festgelegt“ without a history', () => {
    expect(statusLine(proposal)).toBe('noch nicht festgelegt');
    expect(statusShort(proposal)).toBe('noch nicht festgelegt');
    expect(statusEvidence(proposal)).toBeUndefined();
    expect(timeline(proposal)).toEqual([]);
  });
  it('gives the timeline oldest first with German dates', () => {
    expect(timeline(decided).map((e) => `${e.datumText}: ${e.stand} – ${e.beleg}`)).toEqual([
      '2018: vorgeschlagen – laut Bericht',
      'Mai 2027: in Umsetzung – Erste Gruppe tagt',
    ]);
  });
});

describe('origin, period and milestones', () => {
  it.each([
    [fromReport, 'Empfehlung des Berichts. Ein Beschluss dazu ist nicht bekannt.'],
    [decided, 'Beschluss: Kreistag, 18. März 2027, Drucksache 12/2027.'],
    [proposal, 'Vorschlag der Redaktion, abgeleitet aus: Fehlende Angebote. Der Bericht empfiehlt diese Maßnahme nicht selbst; ein Beschluss dazu ist nicht bekannt.'],
  ])('originText(%#)', (action, text) => {
    expect(originText(action)).toBe(text);
  });
  it('names unknown parts of the period as „noch nicht festgelegt“', () => {
    expect(periodText(proposal)).toBe('noch nicht festgelegt');
    expect(periodText(decided)).toBe('ab April 2027; Ende noch nicht festgelegt');
  });
  it('finds the next milestone not yet reached', () => {
    expect(nextMilestone(decided)).toEqual({ datumText: '2028', text: 'Bericht' });
    expect(nextMilestone(proposal)).toBeUndefined();
  });
});
