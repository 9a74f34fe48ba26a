/** Sources (Quellen): what a finding rests on, and every survey fact shown with it. */
import type { SourceData } from '../content/schemas';

/** A validated source with its id and file. */
export interface Source extends SourceData {
  id: string;
  /** Path relative to the project root. */
  file: string;
}

const dmy = (iso: string): [string, string, string] => {
  const [y, m, d] = iso.split('-') as [string, string, string];
  return [d, m, y];
};

/** "19.06.–31.07.2018", "ab 01.03.2024", "bis 31.07.2018"; undefined without a period. */
export function formatPeriod(period: SourceData['zeitraum']): string | undefined {
  if (!period || (!period.von && !period.bis)) return undefined;
  const full = (iso: string) => dmy(iso).join('.');
  if (!period.bis) return `ab ${full(period.von!)}`;
  if (!period.von) return `bis ${full(period.bis)}`;
  const [d1, m1, y1] = dmy(period.von);
  return y1 === dmy(period.bis)[2] ? `${d1}.${m1}.–${full(period.bis)}` : `${full(period.von)}–${full(period.bis)}`;
}

/** The source as cited: "Herausgeber: Titel (Jahr)". */
export function citeSource(source: Pick<SourceData, 'herausgeber' | 'titel' | 'jahr'>): string {
  return `${source.herausgeber}: ${source.titel} (${source.jahr})`;
}

/** The latest date a source names (end of its period, else its start, else 31 December of its year). */
export function sourceDate(source: Pick<SourceData, 'zeitraum' | 'jahr'>): string {
  return source.zeitraum?.bis ?? source.zeitraum?.von ?? `${source.jahr}-12-31`;
}

/** One line on how the survey was done: period, method, representativeness (each only where stated). */
export function surveyFacts(source: SourceData): string[] {
  const lines: string[] = [];
  const period = formatPeriod(source.zeitraum);
  if (period) lines.push(`Befragungszeitraum: ${period}.`);
  lines.push(`Methode: ${source.methode}`);
  if (source.repraesentativitaet) lines.push(`Repräsentativität: ${source.repraesentativitaet}`);
  return lines;
}

/** The source page's facts as label/value pairs, in reading order; unknown ones say so. */
export function sourceFactList(source: SourceData): Array<[string, string]> {
  const unknown = 'nicht angegeben';
  return [
    ['Herausgeber', source.herausgeber],
    ['Jahr', String(source.jahr)],
    ['Befragungszeitraum', formatPeriod(source.zeitraum) ?? unknown],
    ['Methode', source.methode],
    ['Befragte (Grundgesamtheit)', source.grundgesamtheit ?? unknown],
    ['Ausgewertet', source.auswertung ? `${source.auswertung.anzahl} ${source.auswertung.einheit}` : unknown],
    ['Stichprobe', source.stichprobe ?? unknown],
    ['Rücklauf', source.ruecklauf ?? unknown],
    ['Repräsentativität', source.repraesentativitaet ?? unknown],
    ['Datei', source.datei ?? unknown],
    ['Lizenz der Quelle', source.lizenz ?? unknown],
    ['Förderung', source.foerderung ?? unknown],
  ];
}

/** The survey the concept's first version rests on: the oldest source (by year, then period). */
export function baseSurvey<T extends Pick<SourceData, 'jahr' | 'zeitraum'>>(sources: readonly T[]): T | undefined {
  return [...sources].sort((a, b) => a.jahr - b.jahr || sourceDate(a).localeCompare(sourceDate(b)))[0];
}
