/** A Frictionless Data Package (datapackage.json) describing every published CSV. */
import type { Settings } from '../content/settings';
import type { Indicator, SourcedFinding } from './model';
import { baseLine } from '../charts/context';
import { citeSource, formatPeriod } from '../sources/source';
import type { Finding } from '../types';
import { COLUMNS, MEASUREMENT_COLUMNS, type CsvColumn } from '../data/columns';
import { MISSING_MARKERS } from '../data/numbers';
import { slugify } from '../text/slugify';
import { dataFiles, PAGE_KINDS } from '../page-kinds';

/** A Table Schema field from a column descriptor; the value column is described by the unit of the file. */
function tableSchemaField<Row>(c: CsvColumn<Row>, unit: Finding['einheit']): Record<string, unknown> {
  const constraints = {
    ...(c.required === true ? { required: true } : {}),
    ...(c.enum ? { enum: [...c.enum] } : {}),
    ...(c.pattern ? { pattern: c.pattern } : {}),
  };
  return {
    name: c.name,
    type: c.type,
    description: c.type === 'number' ? UNIT_DESCRIPTIONS[unit] : c.description,
    ...(c.type === 'number' ? { decimalChar: ',' } : {}),
    ...(Object.keys(constraints).length > 0 ? { constraints } : {}),
  };
}

export interface DataPackageOptions {
  /** Absolute URL of the data page, used as the package's homepage. */
  homepage: string;
}

/** What the package describes: the findings' datasets and the indicators' measurements. */
export interface PackageContent {
  findings: readonly SourcedFinding[];
  indicators: readonly Indicator[];
}

const DIALECT = { delimiter: ';', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true };
const MISSING_VALUES = ['', ...MISSING_MARKERS.filter((m) => m !== '-')];

/** The indicators that publish measurements (a file named by `datensatz`). */
export const measuredIndicators = (indicators: readonly Indicator[]): Indicator[] => indicators.filter((i) => i.datei);

const UNIT_DESCRIPTIONS: Record<SourcedFinding['einheit'], string> = {
  anteil: 'Anteil in Prozent (0 bis 100)',
  anzahl: 'Anzahl',
  mittelwert: 'Mittelwert auf der Skala von 1 (sehr niedrig) bis 5 (sehr gut)',
  rangfolge: 'Rangplatz',
};

/** A Frictionless source entry: the citation, the period where known, and the address where known. */
function frictionlessSource(source: Finding['source'], section?: string) {
  const period = formatPeriod(source.zeitraum);
  const title = `${citeSource(source)}${period ? `, Befragungszeitraum ${period}` : ''}${section ? `, Abschnitt „${section}“` : ''}`;
  return source.url ? { title, path: source.url } : { title };
}

/** The package as a plain object (serialise with JSON.stringify). Paths are relative to the package. */
export function dataPackage({ findings, indicators }: PackageContent, settings: Settings, options: DataPackageOptions) {
  const measured = measuredIndicators(indicators);
  return {
    profile: 'tabular-data-package',
    name: `${slugify(settings.titel)}-daten`,
    title: `${settings.titel}: Daten der Befunde${measured.length > 0 ? ' und Kennzahlen' : ''}`,
    description: `${settings.untertitel}. Jede Datei nennt ihre Quelle. Werte, deren Grafik in der Quelle nicht erhalten ist, sind leer.`,
    homepage: options.homepage,
    version: settings.stand,
    created: `${settings.stand}T00:00:00Z`,
    licenses: [{ name: settings.lizenz.spdx, path: settings.lizenz.url, title: settings.lizenz.name }],
    sources: [
      ...[...new Map(findings.map((f) => [f.source.id, f.source])).values()].map((source) => frictionlessSource(source)),
      ...[...new Set(measured.map((i) => i.quelle))].map((title) => ({ title })),
    ],
    contributors: [{ title: settings.herausgeber, role: 'publisher' }],
    keywords: ['Integration', settings.anbieter.name, 'Befragung', 'Integrationskonzept'],
    resources: [
      ...findings.map((f) => ({
        profile: 'tabular-data-resource',
        name: f.datensatz,
        path: dataFiles.csv(f.datensatz),
        title: f.titel,
        description: `${UNIT_DESCRIPTIONS[f.einheit]}. ${baseLine(f)} Quelle: ${citeSource(f.source)}, Abschnitt „${f.abschnitt}“.`,
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        dialect: DIALECT,
        schema: {
          fields: COLUMNS.map((c) => tableSchemaField(c, f.einheit)),
          missingValues: MISSING_VALUES,
        },
        sources: [frictionlessSource(f.source, f.abschnitt)],
      })),
      ...measured.map((i) => ({
        profile: 'tabular-data-resource',
        name: `kennzahl-${i.id}`,
        path: dataFiles.indicatorCsv(i.id),
        title: `${PAGE_KINDS.indicator.label}: ${i.titel}`,
        description: `${UNIT_DESCRIPTIONS[i.einheit]}. ${i.definition.replace(/\.?$/, '.')} Quelle der Messwerte: ${i.quelle}.`,
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        dialect: DIALECT,
        schema: {
          fields: MEASUREMENT_COLUMNS.map((c) => tableSchemaField(c, i.einheit)),
          missingValues: MISSING_VALUES,
        },
        sources: [{ title: i.quelle }],
      })),
    ],
  };
}
