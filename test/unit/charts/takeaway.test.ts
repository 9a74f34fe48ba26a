import { describe, expect, it } from 'vitest';
import { isListFinding, layoutList, listedInText } from '../../../src/lib/charts/list-view';
import { shareInWords } from '../../../src/lib/charts/share-words';
import { summarizeFinding, takeaway } from '../../../src/lib/charts/summary';
import type { Precision } from '../../../src/lib/types';
import { B, W, finding, row } from './fixtures';

describe('shareInWords(percent, precision)', () => {
  it.each<[number, Precision, string | undefined]>([
    [79, '', 'Fast vier von fünf Befragten'],
    [80, '', 'Vier von fünf Befragten'],
    [80, 'etwa', 'Etwa vier von fünf Befragten'],
    [67, '', 'Zwei Drittel der Befragten'],
    [66, '', 'Knapp zwei Drittel der Befragten'],
    [51, '', 'Etwas mehr als die Hälfte der Befragten'],
    [53, '', 'Gut die Hälfte der Befragten'],
    [48, '', 'Knapp die Hälfte der Befragten'],
    [50, '', 'Die Hälfte der Befragten'],
    [70, '', 'Sieben von zehn Befragten'],
    [10, '', 'Einer von zehn Befragten'],
    [31, 'über', 'Mehr als drei von zehn Befragten'],
    [100, '', 'Alle Befragten'],
    [15, '', undefined],
    [0, '', undefined],
  ])('shareInWords(%d, %j) is %j', (p, precision, text) => expect(shareInWords(p, precision)?.text).toBe(text));

  it('names other people and tells the verb number', () => {
    expect(shareInWords(56, '', 'Antwortenden')).toEqual({ text: 'Fast drei von fünf Antwortenden', plural: true });
    expect(shareInWords(48, '')!.plural).toBe(false);
  });
});

describe('takeaway(finding)', () => {
  it('is the editor\'s kernaussage when there is one', () => {
    const f = finding('balken', [row('A', 79), row('B', 10)], 'anteil', { kernaussage: 'Fast alle wollen A.' });
    expect(takeaway(f)).toBe('Fast alle wollen A.');
  });

  it('is the generated summary otherwise, in words a person uses', () => {
    const f = finding('balken', [row('Sprache', 67), row('Schule, Ausbildung, Studium', 79)]);
    expect(takeaway(f)).toBe(summarizeFinding(f));
    expect(takeaway(f)).toMatch(/^Fast vier von fünf Befragten \(79\u00a0%\) nennen „Schule, Ausbildung, Studium“/);
  });

  it('says "Antwortende" when the base is those who answered', () => {
    expect(takeaway(finding('einzelwert', [row('Bereitschaft', 56)], 'anteil', { basis: 'antwortende' }))).toBe('Fast drei von fünf Antwortenden (56\u00a0%): Bereitschaft.');
  });
});

describe('layoutList(finding)', () => {
  const partners = finding('kategorien', [
    row('Schulen', null, { aussage: 'Partner einer Zusammenarbeit' }),
    row('Sozialarbeit', null, { aussage: 'Partner einer Zusammenarbeit' }),
    row('Jugendmigrationsdienst', 10, { aussage: 'nur 10 % der Befragten' }),
    row('Stiftungen', null, { aussage: 'noch ausbaufähige Potenziale' }),
  ]);

  it('groups consecutive categories by the report\'s words and keeps the one stated value', () => {
    expect(layoutList(partners).groups).toEqual([
      { statement: 'Partner einer Zusammenarbeit', items: [{ label: 'Schulen' }, { label: 'Sozialarbeit' }] },
      { statement: 'nur 10 % der Befragten', items: [{ label: 'Jugendmigrationsdienst', value: '10\u00a0%' }] },
      { statement: 'noch ausbaufähige Potenziale', items: [{ label: 'Stiftungen' }] },
    ]);
    expect(layoutList(partners).note).toMatch(/nennt nur einen Wert/);
  });

  it('names a category once when all its groups share the words, else per group', () => {
    const f = finding('skala', [
      row('Sprachkurse', null, { gruppe: B, aussage: 'gut informiert' }),
      row('Sprachkurse', null, { gruppe: W, aussage: 'gut informiert' }),
      row('Beratung', null, { gruppe: B, aussage: 'geringer informiert' }),
      row('Beratung', null, { gruppe: W }),
    ], 'mittelwert');
    expect(isListFinding(f)).toBe(true);
    expect(layoutList(f).groups.map((g) => g.items.map((i) => i.label))).toEqual([['Sprachkurse'], [`Beratung (${B})`], [`Beratung (${W})`]]);
    // The generated takeaway already says the values are lost: no second sentence.
    expect(layoutList(f).note).toBeUndefined();
  });

  it('a chart with values is no list', () => {
    expect(isListFinding(finding('balken', [row('A', 3), row('B', null)]))).toBe(false);
  });
});

describe('listedInText(finding, chapterSource)', () => {
  const f = finding('kategorien', [row('Kitaplätze', null), row('niedrigschwellige Angebote (z.B. Beratung)', null)]);
  it.each([
    ['- Kitaplätze\n- niedrigschwellige  Angebote (z.B. Beratung)\n', true],
    ['* Kitaplätze\n* niedrigschwellige Angebote (z.B. Beratung)', true],
    ['- Kitaplätze\n\nNiedrigschwellige Angebote (z.B. Beratung) fehlen.', false],
    ['', false],
  ])('%j → %s', (source, expected) => expect(listedInText(f, source)).toBe(expected));
});
