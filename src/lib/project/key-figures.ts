/** The start page's key figures, taken from the data (never typed in twice). */
import { formatValue } from '../format';
import { formatPeriod } from '../sources/source';
import { RANKING_DATASET, type Project } from './model';
import { pagePath } from '../page-kinds';

export interface KeyFigure {
  label: string;
  value: string;
  /** Site path of the finding behind it. */
  href?: string;
}

/**
 * Count of questionnaires and the period of its source. The priority fields' shares are not key
 * figures: the field cards right below carry them (fieldShares), so no figure is shown twice.
 */
export function keyFigures(project: Project): KeyFigure[] {
  const figures: KeyFigure[] = [];
  const count = project.findings.find((f) => f.diagramm === 'kennzahl' && f.rows[0]?.wert != null);
  if (count) figures.push({ label: count.rows[0]!.kategorie, value: formatValue(count.rows[0]!.wert!, count.einheit, count.rows[0]!.genauigkeit), href: pagePath('finding', count.id) });
  const period = count && formatPeriod(count.source.zeitraum);
  if (count && period) figures.push({ label: 'Befragungszeitraum', value: period, href: pagePath('source', count.source.id) });
  return figures;
}

/** Each priority field's share from the ranking finding, by field title: "79 % der Befragten". */
export function fieldShares(project: Project): Map<string, { value: string; href: string }> {
  const ranking = project.findings.find((f) => f.datensatz === RANKING_DATASET);
  const shares = new Map<string, { value: string; href: string }>();
  for (const row of ranking?.rows ?? []) {
    if (row.wert !== null) shares.set(row.kategorie, { value: formatValue(row.wert, ranking!.einheit, row.genauigkeit), href: pagePath('finding', ranking!.id) });
  }
  return shares;
}
