/** A Frictionless Data Package (datapackage.json) describing every published CSV. */
import type { Settings } from '../content/settings';
import type { SourcedFinding } from './model';
import { baseLine } from '../charts/context';
import { citeSource, formatPeriod } from '../sources/source';
import type { Finding } from '../types';
import { COLUMNS, type ColumnDescriptor } from '../data/columns';
import { MISSING_MARKERS } from '../data/numbers';
import { slugify } from '../text/slugify';

/** A Table Schema field from a column descriptor; the value column is described by the finding's unit. */
function tableSchemaField(c: ColumnDescriptor, unit: Finding['einheit']): Record<string, unknown> {
  const constraints = {
    ...('required' in c && c.required === true ? { required: true } : {}),
    ...('enum' in c ? { enum: [...c.enum] } : {}),
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
  /** Absolute URL of a dataset's CSV. */
  csvUrl: (dataset: string) => string;
}

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
export function dataPackage(findings: readonly SourcedFinding[], settings: Settings, options: DataPackageOptions) {
  return {
    profile: 'tabular-data-package',
    name: `${slugify(settings.titel)}-daten`,
    title: `${settings.titel}: Daten der Befunde`,
    description: `${settings.untertitel}. Jede Datei nennt ihre Quelle. Werte, deren Grafik in der Quelle nicht erhalten ist, sind leer.`,
    homepage: options.homepage,
    version: settings.stand,
    created: `${settings.stand}T00:00:00Z`,
    licenses: [{ name: settings.lizenz.spdx, path: settings.lizenz.url, title: settings.lizenz.name }],
    sources: [...new Map(findings.map((f) => [f.source.id, f.source])).values()].map((source) => frictionlessSource(source)),
    contributors: [{ title: settings.herausgeber, role: 'publisher' }],
    keywords: ['Integration', settings.anbieter.name, 'Befragung', 'Integrationskonzept'],
    resources: findings.map((f) => ({
      profile: 'tabular-data-resource',
      name: f.datensatz,
      path: `${f.datensatz}.csv`,
      title: f.titel,
      description: `${UNIT_DESCRIPTIONS[f.einheit]}. ${baseLine(f)} Quelle: ${citeSource(f.source)}, Abschnitt „${f.abschnitt}“.`,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      dialect: { delimiter: ';', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
      schema: {
        fields: COLUMNS.map((c) => tableSchemaField(c, f.einheit)),
        missingValues: ['', ...MISSING_MARKERS.filter((m) => m !== '-')],
      },
      sources: [frictionlessSource(f.source, f.abschnitt)],
    })),
  };
}
