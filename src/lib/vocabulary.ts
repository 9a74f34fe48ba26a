/** The closed vocabularies of the data: each an `as const` array with its union type derived from it. */

/** How precise the report states a value: "etwa 80 %", "über 31 %". */
export const PRECISIONS = ['', 'etwa', 'über', 'unter'] as const;
export type Precision = (typeof PRECISIONS)[number];

/** Where a figure comes from: stated in the report, or its complement to 100. */
export const PROVENANCES = ['Bericht', 'Differenz zu 100'] as const;
export type Provenance = (typeof PROVENANCES)[number];

/** Unit of a finding's values. */
export const UNITS = ['anteil', 'anzahl', 'mittelwert', 'rangfolge'] as const;
export type Unit = (typeof UNITS)[number];

/** Chart kinds, chosen per finding in its front matter. */
export const CHART_KINDS = [
  'balken', // horizontal bars of shares per category, sorted
  'gruppen', // bars for two groups side by side
  'teil-ganzes', // part of a whole, e.g. 53 % / 47 %
  'einzelwert', // a single share against its whole
  'skala', // 1–5 rating by area for two groups, with the report's bands
  'kategorien', // categories known, values not: an honest list
  'kennzahl', // a single count, e.g. 98 questionnaires
] as const;
export type ChartKind = (typeof CHART_KINDS)[number];

/** Base of a finding: all returned questionnaires, or those who answered this question. */
export const BASES = ['alle', 'antwortende'] as const;
export type Base = (typeof BASES)[number];
