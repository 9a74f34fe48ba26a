/** German one-sentence summaries generated from a finding's data; true for any data. */
import { formatValue } from '../format';
import type { Finding } from '../types';
import { distinct, focusRow, hasValue, rowName, rowValue, sortRows, tiers, type ValuedRow } from './rows';
import { shareInWords } from './share-words';

const q = (s: string): string => `„${s}“`;
const and = (items: readonly string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} und ${items.at(-1)}`;
const capitalise = (s: string): string => s.charAt(0).toLocaleUpperCase('de-DE') + s.slice(1);
const lower = (s: string): string => s.charAt(0).toLocaleLowerCase('de-DE') + s.slice(1);
const count = (n: number, one: string, many: string): string => (n === 1 ? `1 ${one}` : `${n} ${many}`);
const value = (f: Finding, r: ValuedRow): string => formatValue(r.wert, f.einheit, r.genauigkeit);

/** "„A“ mit 79 %" or, for a tie, "„A“ und „B“ mit je 48 %"; `name` decides how a row is named. */
function tierPhrase(f: Finding, tier: readonly ValuedRow[], name: (r: ValuedRow) => string = (r) => q(r.kategorie)): string {
  return `${and(tier.map(name))} mit ${tier.length > 1 ? 'je ' : ''}${value(f, tier[0]!)}`;
}

/** "; für eine weitere Kategorie / 2 weitere Kategorien nennt der Bericht keinen Wert" or "". */
function missingClause(n: number, [one, many] = ['weitere Kategorie', 'weitere Kategorien']): string {
  if (n === 0) return '';
  return `; für ${n === 1 ? `eine ${one}` : `${n} ${many}`} nennt der Bericht keinen Wert`;
}

/** "Fast vier von fünf Befragten (79 %)" for a share of people, else undefined. */
function people(f: Finding, r: ValuedRow): { text: string; plural: boolean } | undefined {
  if (f.einheit !== 'anteil') return undefined;
  const words = shareInWords(r.wert, r.genauigkeit, f.basis === 'alle' ? 'Befragten' : 'Antwortenden');
  return words && { text: `${words.text} (${value(f, r)})`, plural: words.plural };
}

function summarizeCategories(f: Finding): string {
  const n = distinct(f.rows.map((r) => r.kategorie)).length;
  const { valued } = sortRows(f.rows, f.einheit);
  if (valued.length === 0) return `Der Bericht nennt ${count(n, 'Kategorie', 'Kategorien')}; Werte sind nicht erhalten.`;
  if (f.einheit === 'rangfolge') {
    const first = tiers(valued, f.einheit)[0]!;
    const verb = first.length > 1 ? 'stehen' : 'steht';
    return `Auf Rang ${value(f, first[0]!).replace(/\.$/, '')} ${verb} ${and(first.map((r) => q(r.kategorie)))}; der Bericht nennt ${count(n, 'Kategorie', 'Kategorien')}.`;
  }
  return `Der Bericht nennt ${count(n, 'Kategorie', 'Kategorien')}, für ${valued.length} davon mit Wert.`;
}

function summarizeBars(f: Finding): string {
  const { valued, missing } = sortRows(f.rows, f.einheit);
  if (valued.length === 0 || f.einheit === 'rangfolge') return summarizeCategories(f);
  const rest = missingClause(missing.length);
  const first = valued[0]!;
  if (valued.length === 1) {
    return missing.length === 0 ? `${q(first.kategorie)}: ${value(f, first)}.` : `Der Bericht nennt nur für ${q(first.kategorie)} einen Wert (${value(f, first)})${rest}.`;
  }
  const ts = tiers(valued, f.einheit);
  const k = valued.length;
  const withValue = missing.length > 0 ? ' mit Wert' : '';
  if (ts.length === 1) return `${k === 2 ? 'Beide Kategorien' : `Alle ${k} Kategorien`}${withValue} haben denselben Wert, je ${value(f, first)}${rest}.`;
  const who = people(f, first);
  if (who) {
    const names = (tier: readonly ValuedRow[]) => and(tier.map((r) => q(r.kategorie)));
    const nextWho = people(f, ts[1]![0]!);
    const next = nextWho ? `${lower(nextWho.text)} ${names(ts[1]!)}` : `es folgt ${tierPhrase(f, ts[1]!)}`;
    return `${who.text} ${who.plural ? 'nennen' : 'nennt'} ${names(ts[0]!)}, ${next}${rest}.`;
  }
  const of = missing.length > 0 ? `der ${k} Kategorien mit Wert` : `von ${k} Kategorien`;
  const verb = ts[0]!.length > 1 ? 'haben' : 'hat';
  return `Den höchsten Wert ${of} ${verb} ${tierPhrase(f, ts[0]!)}, gefolgt von ${tierPhrase(f, ts[1]!)}${rest}.`;
}

function summarizeGroups(f: Finding): string {
  if (f.rows.every((r) => !hasValue(r))) return summarizeCategories(f);
  const groups = distinct(f.rows.map((r) => r.gruppe));
  const categories = distinct(f.rows.map((r) => r.kategorie));
  const missing = f.rows.filter((r) => !hasValue(r)).length;
  if (categories.length === 1) {
    const parts = f.rows.map((r) => `${rowValue(r, f.einheit)} bei ${q(r.gruppe)}`);
    return `${q(categories[0]!)}: ${and(parts)}.`;
  }
  const parts = groups.map((g) => {
    const { valued } = sortRows(f.rows.filter((r) => r.gruppe === g), f.einheit);
    return `bei ${q(g)}: ${valued.length > 0 ? tierPhrase(f, tiers(valued, f.einheit)[0]!) : 'kein Wert im Bericht'}`;
  });
  return `Höchster Wert ${parts.join('; ')}${missingClause(missing, ['Angabe', 'Angaben'])}.`;
}

function summarizeParts(f: Finding): string {
  const parts = f.rows.filter(hasValue);
  if (parts.length === 0) return summarizeCategories(f);
  const derived = (r: ValuedRow): string => (r.herkunft === 'Differenz zu 100' ? ' (Differenz zu 100)' : '');
  const [first, ...others] = parts as [ValuedRow, ...ValuedRow[]];
  const rest = missingClause(f.rows.length - parts.length);
  const who = people(f, first);
  if (who) {
    // "Gut die Hälfte der Befragten (53 %) gehört zu „A“, 47 % zu „B“."
    const more = others.map((r) => `${value(f, r)}${derived(r)} zu ${q(r.kategorie)}`);
    return `${who.text}${derived(first)} ${who.plural ? 'gehören' : 'gehört'} zu ${q(first.kategorie)}${more.length > 0 ? `, ${and(more)}` : ''}${rest}.`;
  }
  // "Auf „A“ entfallen 12 Nennungen, auf „B“ 8."
  const items = others.map((r) => `auf ${q(r.kategorie)} ${value(f, r)}${derived(r)}`);
  return `Auf ${q(first.kategorie)} entfallen ${value(f, first)}${derived(first)}${items.length > 0 ? `, ${and(items)}` : ''}${rest}.`;
}

function summarizeSingle(f: Finding): string {
  const focus = focusRow(f.rows);
  if (!focus) return f.rows[0] ? `Für ${q(f.rows[0].kategorie)} nennt der Bericht keinen Wert.` : 'Der Bericht nennt keinen Wert.';
  const who = people(f, focus);
  if (who) return `${who.text}: ${focus.kategorie}.`;
  return `${capitalise(value(f, focus))} entfallen auf ${q(focus.kategorie)}.`;
}

function summarizeScale(f: Finding): string {
  const areas = distinct(f.rows.map((r) => r.kategorie)).length;
  const { valued, missing } = sortRows(f.rows, f.einheit);
  if (valued.length === 0) {
    const words = f.rows.some((r) => r.aussage !== '') ? '; der Bericht beschreibt sie in Worten' : '';
    return `Die Mittelwerte für ${count(areas, 'Bereich', 'Bereiche')} sind nicht erhalten${words}.`;
  }
  const name = (r: ValuedRow) => (r.gruppe ? `${q(r.kategorie)} (${r.gruppe})` : q(r.kategorie));
  const rest = missingClause(missing.length, ['weitere Angabe', 'weitere Angaben']);
  if (valued.length === 1) return `Nur für ${name(valued[0]!)} ist ein Mittelwert erhalten: ${value(f, valued[0]!)}${rest}.`;
  const ts = tiers(valued, f.einheit);
  if (ts.length === 1) return `Alle ${valued.length} Mittelwerte sind gleich: je ${value(f, valued[0]!)}${rest}.`;
  return `Höchster Mittelwert: ${tierPhrase(f, ts[0]!, name)}; niedrigster: ${tierPhrase(f, ts.at(-1)!, name)}${rest}.`;
}

function summarizeKeyFigure(f: Finding): string {
  return `${and(f.rows.map((r) => `${r.kategorie}: ${rowValue(r, f.einheit)}`))}.`;
}

/** The takeaway shown with a finding: the editor's `kernaussage`, else the generated summary. */
export function takeaway(f: Finding): string {
  return f.kernaussage ?? summarizeFinding(f);
}

/** The finding's key message in one German sentence, generated from its rows. */
export function summarizeFinding(f: Finding): string {
  switch (f.diagramm) {
    case 'balken':
      return summarizeBars(f);
    case 'gruppen':
      return summarizeGroups(f);
    case 'teil-ganzes':
      return summarizeParts(f);
    case 'einzelwert':
      return summarizeSingle(f);
    case 'skala':
      return summarizeScale(f);
    case 'kategorien':
      return summarizeCategories(f);
    case 'kennzahl':
      return summarizeKeyFigure(f);
  }
}

/** Every value in words, for the SVG's description: "Werte: A: 79 %; B: kein Wert im Bericht." */
export function describeValues(f: Finding): string {
  if (f.rows.every((r) => !hasValue(r))) return `Genannt, ohne Werte: ${f.rows.map(rowName).join('; ')}.`;
  return `Werte: ${f.rows.map((r) => `${rowName(r)}: ${rowValue(r, f.einheit)}`).join('; ')}.`;
}
