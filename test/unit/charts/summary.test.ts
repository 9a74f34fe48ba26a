import { describe, expect, it } from 'vitest';
import { surveyContext } from '../../../src/lib/charts/context';
import { describeValues, summarizeFinding } from '../../../src/lib/charts/summary';
import type { Finding } from '../../../src/lib/types';
import { B, SOURCE_2018, W, finding, row } from './fixtures';

const nb = (s: string) => s.replace(/(\d) %/g, '$1\u00a0%').replace(/(etwa|über|unter) (\d)/gi, '$1\u00a0$2');

describe('summarizeFinding(finding)', () => {
  it.each<[string, Finding, string]>([
    ['balken: top and runner-up, count', finding('balken', [row('Sprache', 67), row('Schule, Ausbildung, Studium', 79), row('Familien', 48)]),
      'Fast vier von fünf Befragten (79 %) nennen „Schule, Ausbildung, Studium“, zwei Drittel der Befragten (67 %) „Sprache“.'],
    ['balken: tie at the top', finding('balken', [row('A', 48), row('B', 48), row('C', 10)]),
      'Knapp die Hälfte der Befragten (48 %) nennt „A“ und „B“, einer von zehn Befragten (10 %) „C“.'],
    ['balken: tie in second place', finding('balken', [row('A', 79), row('B', 48), row('C', 48), row('D', 47)]),
      'Fast vier von fünf Befragten (79 %) nennen „A“, knapp die Hälfte der Befragten (48 %) „B“ und „C“.'],
    ['balken: same number, different precision is no tie', finding('balken', [row('A', 48, { genauigkeit: 'etwa' }), row('B', 48)]),
      'Etwa die Hälfte der Befragten (etwa 48 %) nennt „A“, knapp die Hälfte der Befragten (48 %) „B“.'],
    ['balken: all equal', finding('balken', [row('A', 5), row('B', 5)]), 'Beide Kategorien haben denselben Wert, je 5 %.'],
    ['balken: one category', finding('balken', [row('Sprache', 67)]), '„Sprache“: 67 %.'],
    ['balken: one value, the rest lost', finding('balken', [row('Jugendmigrationsdienst', 10), row('Stiftungen', null), row('Unternehmen', null)]),
      'Der Bericht nennt nur für „Jugendmigrationsdienst“ einen Wert (10 %); für 2 weitere Kategorien nennt der Bericht keinen Wert.'],
    ['balken: precision', finding('balken', [row('Netzwerke', 31, { genauigkeit: 'über' }), row('A', 20), row('B', null)]),
      'Mehr als drei von zehn Befragten (über 31 %) nennen „Netzwerke“, einer von fünf Befragten (20 %) „A“; für eine weitere Kategorie nennt der Bericht keinen Wert.'],
    ['balken: nothing', finding('balken', [row('A', null), row('B', null)]), 'Der Bericht nennt 2 Kategorien; Werte sind nicht erhalten.'],
    ['gruppen: one category', finding('gruppen', [row('Sprachkurse', 40, { gruppe: B }), row('Sprachkurse', 55, { gruppe: W })]),
      `„Sprachkurse“: 40 % bei „${B}“ und 55 % bei „${W}“.`],
    ['gruppen: top per group', finding('gruppen', [row('A', 40, { gruppe: B }), row('A', 60, { gruppe: W }), row('C', 40, { gruppe: B }), row('C', null, { gruppe: W })]),
      `Höchster Wert bei „${B}“: „A“ und „C“ mit je 40 %; bei „${W}“: „A“ mit 60 %; für eine Angabe nennt der Bericht keinen Wert.`],
    ['teil-ganzes', finding('teil-ganzes', [row('Bildungseinrichtung', 53), row('Weitere Akteure', 47, { herkunft: 'Differenz zu 100' })]),
      'Gut die Hälfte der Befragten (53 %) gehört zu „Bildungseinrichtung“, 47 % (Differenz zu 100) zu „Weitere Akteure“.'],
    ['teil-ganzes: counts', finding('teil-ganzes', [row('Schulen', 12), row('Vereine', 8), row('Kitas', null)], 'anzahl'),
      'Auf „Schulen“ entfallen 12, auf „Vereine“ 8; für eine weitere Kategorie nennt der Bericht keinen Wert.'],
    ['teil-ganzes: a share near no simple fraction', finding('teil-ganzes', [row('A', 15), row('B', 85, { herkunft: 'Differenz zu 100' })]),
      'Auf „A“ entfallen 15 %, auf „B“ 85 % (Differenz zu 100).'],
    ['einzelwert: etwa, capitalised', finding('einzelwert', [row('Ehrenamt', 80, { genauigkeit: 'etwa' }), row('Rest', 20, { genauigkeit: 'etwa', herkunft: 'Differenz zu 100' })]),
      'Etwa vier von fünf Befragten (etwa 80 %): Ehrenamt.'],
    ['einzelwert: complement first in the file', finding('einzelwert', [row('Rest', 34, { herkunft: 'Differenz zu 100' }), row('Angebote', 66)]),
      'Knapp zwei Drittel der Befragten (66 %): Angebote.'],
    ['einzelwert: lost', finding('einzelwert', [row('Angebote', null)]), 'Für „Angebote“ nennt der Bericht keinen Wert.'],
    ['skala: lost, with statements', finding('skala', [row('A', null, { gruppe: 'X', aussage: 'gut' }), row('A', null, { gruppe: 'Y' }), row('B', null, { gruppe: 'X' })], 'mittelwert'),
      'Die Mittelwerte für 2 Bereiche sind nicht erhalten; der Bericht beschreibt sie in Worten.'],
    ['skala: lost, without statements', finding('skala', [row('A', null, { gruppe: 'X' })], 'mittelwert'), 'Die Mittelwerte für 1 Bereich sind nicht erhalten.'],
    ['skala: highest and lowest', finding('skala', [row('A', 2.4, { gruppe: B }), row('A', 3.1, { gruppe: W }), row('B', 1.9, { gruppe: B })], 'mittelwert'),
      `Höchster Mittelwert: „A“ (${W}) mit 3,1; niedrigster: „B“ (${B}) mit 1,9.`],
    ['skala: one value', finding('skala', [row('A', null, { gruppe: B }), row('A', 2.4, { gruppe: W })], 'mittelwert'),
      `Nur für „A“ (${W}) ist ein Mittelwert erhalten: 2,4; für eine weitere Angabe nennt der Bericht keinen Wert.`],
    ['kategorien', finding('kategorien', Array.from({ length: 13 }, (_, i) => row(`K${i}`, null))), 'Der Bericht nennt 13 Kategorien; Werte sind nicht erhalten.'],
    ['kategorien: one', finding('kategorien', [row('Kitaplätze', null)]), 'Der Bericht nennt 1 Kategorie; Werte sind nicht erhalten.'],
    ['kategorien: ranks', finding('kategorien', [row('B', 2), row('A', 1)], 'rangfolge'), 'Auf Rang 1 steht „A“; der Bericht nennt 2 Kategorien.'],
    ['kennzahl', finding('kennzahl', [row('Ausgewertete Fragebögen', 98)], 'anzahl'), 'Ausgewertete Fragebögen: 98.'],
  ])('%s', (_name, f, sentence) => {
    expect(summarizeFinding(f)).toBe(nb(sentence));
  });

  it('is one sentence: one final full stop, no line breaks, starts with a capital or a quote', () => {
    const s = summarizeFinding(finding('einzelwert', [row('A', 80, { genauigkeit: 'über' })]));
    expect(s).toMatch(/^[A-ZÄÖÜ„\d]/);
    expect(s).toMatch(/\.$/);
    expect(s).not.toMatch(/\n/);
  });
});

describe('describeValues(finding)', () => {
  it.each<[Finding, string]>([
    [finding('balken', [row('A', 2.5), row('B', null, { gruppe: 'G' })]), 'Werte: A: 2,5 %; B (G): kein Wert im Bericht.'],
    [finding('kategorien', [row('A', null), row('B', null)]), 'Genannt, ohne Werte: A; B.'],
  ])('%#', (f, text) => expect(describeValues(f)).toBe(nb(text)));
});

describe('surveyContext(finding)', () => {
  it('states question, base with n, multiple answers, period, complement, lost values, note and source', () => {
    const f = finding('einzelwert', [row('A', 56), row('B', 44, { herkunft: 'Differenz zu 100' }), row('C', null)], 'anteil', {
      basis: 'antwortende', n: 61, frage: 'Wirken Sie mit?', abschnitt: 'Mitwirkung', hinweis: 'Nur ein Teil.', mehrfachnennung: false,
    });
    expect(surveyContext(f)).toEqual([
      'Frage: „Wirken Sie mit?“',
      'Basis: Befragte, die diese Frage beantwortet haben (n = 61).',
      'Keine Mehrfachnennungen.',
      'Befragungszeitraum: 19.06.–31.07.2018.',
      'Methode: Fragebogen.',
      'Repräsentativität: nicht repräsentativ angelegt.',
      '„Differenz zu 100“: Dieser Wert steht nicht in der Quelle, er ergibt sich aus dem genannten Anteil.',
      'Die Grafik der Quelle ist nicht erhalten: Werte, die nur in ihr standen, sind hier nicht verfügbar. Sie werden weder geschätzt noch als 0 gezeigt.',
      'Hinweis: Nur ein Teil.',
      'Quelle: Kreis Kleve: Evaluation des Fragebogens (2018), Abschnitt „Mitwirkung“.',
    ]);
  });

  it.each<[Partial<Finding>, string, string]>([
    [{ basis: 'alle' }, 'Basis: 98 Fragebögen (alle ausgewerteten).', 'Mehrfachnennungen: in der Quelle nicht angegeben.'],
    [{ basis: 'alle', source: { ...SOURCE_2018, auswertung: undefined } }, 'Basis: alle ausgewerteten Antworten; wie viele, nennt die Quelle nicht.',
      'Mehrfachnennungen: in der Quelle nicht angegeben.'],
    [{ basis: 'antwortende', mehrfachnennung: true }, 'Basis: Befragte, die diese Frage beantwortet haben; wie viele das waren, nennt die Quelle nicht.',
      'Mehrfachnennungen möglich: Die Anteile können zusammen mehr als 100 % ergeben.'],
  ])('base and multiple answers for %j', (over, base, multiple) => {
    const lines = surveyContext(finding('balken', [row('A', 1)], 'anteil', over));
    expect(lines).toContain(base);
    expect(lines).toContain(multiple);
    expect(lines.join(' ')).not.toMatch(/nicht erhalten/);
  });
});
