/** The validated project: everything pages render, with cross-references resolved. */
import type { ActionData, ChapterData, FieldData, IndicatorData, StatusEntry, STATUSES, UNKNOWN } from '../content/schemas';
import type { Measurement } from '../data/measurements';
import type { Settings } from '../content/settings';
import type { Finding } from '../types';
import type { SearchTerms } from '../search/keywords';
import type { Source } from '../sources/source';
import type { Translation } from './translations';
import type { EasyLanguage } from './easy-language';

/** Where an entry came from, for messages, and what search should find it by. */
interface Sourced {
  id: string;
  /** Path relative to the project root. */
  file: string;
  /** Keywords for search: own ones, synonyms and compound head words (src/lib/search). */
  suchbegriffe: string[];
}

/** The Markdown or MDX text after the front matter (for the PDF), and the file line it starts on. */
interface WithBody {
  body: string;
  bodyLine: number;
}

export interface Chapter extends ChapterData, Sourced, WithBody {
  /** Finding ids in the order the chapter embeds them. */
  befunde: string[];
}

export type Field = FieldData & Sourced & WithBody;

/** A status value, or „noch nicht festgelegt“ when the history is empty. */
export type ActionStatus = (typeof STATUSES)[number] | typeof UNKNOWN;

export interface Action extends Omit<ActionData, 'status'>, Sourced, WithBody {
  /** The status history as written in the file's „status“ list, oldest first. */
  verlauf: StatusEntry[];
  /** The current status: the newest entry's, or „noch nicht festgelegt“. */
  status: ActionStatus;
}

/** An indicator with its measurements (oldest first); empty when it has no file or no row yet. */
export interface Indicator extends IndicatorData, Sourced {
  messungen: Measurement[];
  /** Path of the measurement file, if the indicator names one. */
  datei?: string;
}

export interface SourcedFinding extends Finding {
  file: string;
  suchbegriffe: string[];
}

export interface Project {
  settings: Settings;
  searchTerms: SearchTerms;
  /** Sorted by `reihenfolge`. */
  chapters: Chapter[];
  /** Sorted by chapter, then by their place in the chapter. */
  findings: SourcedFinding[];
  /** Sorted by `reihenfolge`. */
  fields: Field[];
  /** Sorted by title. */
  actions: Action[];
  /** Sources (surveys, reports), newest year first. */
  sources: Source[];
  /** Sorted by title. */
  indicators: Indicator[];
  /** Translated summaries, in switcher order (src/content/uebersetzungen). */
  translations: Translation[];
  /** Leichte Sprache pages (src/content/leichte-sprache). */
  easyLanguage: EasyLanguage;
}

/** The dataset whose categories are the priority fields' titles and shares. */
export const RANKING_DATASET = 'handlungsfelder-prioritaet';

/** Components an MDX chapter may use without importing them. */
export const MDX_COMPONENTS = ['Befund', 'Redaktion'] as const;
