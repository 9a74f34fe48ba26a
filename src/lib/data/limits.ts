/**
 * How much one finding can show. Measured with layoutChart at the phone width (264): each
 * category adds about 49 units of height to a bar chart, 110 to a two-group or scale chart, 26 to
 * a list; the limits keep every chart under about 1,500 units (three phone screens). A part-of-
 * whole chart stops telling its parts apart beyond 8 colours. docs/entscheidungen.md has the table.
 */
import type { ChartKind } from '../types';

/** Most categories (distinct „Kategorie“ values) a chart kind can show readably. */
export const MAX_CATEGORIES: Partial<Record<ChartKind, number>> = {
  balken: 30,
  gruppen: 12,
  skala: 12,
  kategorien: 50,
  'teil-ganzes': 8,
};

/** Most data rows of one CSV file: a finding's table stays one screenful of pages, not a database. */
export const MAX_ROWS = 500;

/** Largest CSV file read at all (bytes); bigger files are refused before decoding. */
export const MAX_BYTES = 1_000_000;
