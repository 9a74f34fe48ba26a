/** Reads and validates every editor file of a site; collects all problems before anyone fails. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { splitFrontMatter, parseYaml, type YamlSource } from '../content/front-matter';
import { actionSchema, chapterSchema, fieldSchema, findingSchema, indicatorSchema, searchTermsSchema, sourceSchema, UNKNOWN } from '../content/schemas';
import { MEASUREMENT_DIR, withMeasurements } from './indicators';
import { pagePath } from '../page-kinds';
import { todayIso } from '../dates';
import { searchKeywords, type SearchTerms } from '../search/keywords';
import { isPlaceholder, settingsSchema } from '../content/settings';
import { validateYaml } from '../content/zod-issues';
import { readDataset } from '../data/dataset';
import { msg } from '../errors/messages';
import { problemAt, type Problem } from '../errors/problem';
import { checkProject } from './cross-checks';
import { findEmbeds, type Embed } from './embeds';
import type { Source } from '../sources/source';
import { checkDates } from './date-checks';
import { siteStand } from '../changes/changes';
import type { Action, Chapter, Field, Indicator, Project, SourcedFinding } from './model';
import { readEditorFiles, readText, type EditorFile } from './read-files';
import { checkMarkdownBody, checkMdxBody } from './check-bodies';
import type { CleanCache } from './clean-cache';
import { readTranslations } from './translations';
import { readEasyLanguage } from './easy-language';

export const CONTENT_DIR = 'src/content';
export const DATA_DIR = 'data';
export const SETTINGS_FILE = `${CONTENT_DIR}/einstellungen.yaml`;
/** The county's look: design tokens and logo (see src/content/theme.css). */
export const THEME_FILES = [`${CONTENT_DIR}/theme.css`, `${CONTENT_DIR}/logo.svg`] as const;
export const SEARCH_TERMS_FILE = `${CONTENT_DIR}/suchbegriffe.yaml`;

export interface LoadResult {
  /** Complete only when there is no problem of severity "error". */
  project: Project;
  problems: Problem[];
}

function schemaKeys(schema: z.ZodTypeAny): string[] {
  let s: z.ZodTypeAny = schema;
  while ('innerType' in s._def || 'schema' in s._def) s = s._def.innerType ?? s._def.schema;
  return 'shape' in s ? Object.keys((s as z.AnyZodObject).shape) : [];
}

/** Parses front matter (md/mdx) or whole-file YAML and validates it; keeps the source for positions. */
function readEntry<S extends z.ZodTypeAny>(
  f: EditorFile,
  schema: S,
  frontMatter: boolean,
  problems: Problem[],
): { data?: z.output<S>; source?: YamlSource; body: string; bodyLine: number } {
  const text = readText(f.file, f.bytes, problems);
  if (!frontMatter) {
    const source = parseYaml(text);
    return { ...validate(f.file, source, schema, problems), source, body: '', bodyLine: 1 };
  }
  const split = splitFrontMatter(text);
  if (!split.frontMatter) {
    problems.push(problemAt(f.file, 1, 1, msg.missingFrontMatter()));
    return { body: split.body, bodyLine: split.bodyLine };
  }
  return { ...validate(f.file, split.frontMatter, schema, problems), source: split.frontMatter, body: split.body, bodyLine: split.bodyLine };
}

function validate<S extends z.ZodTypeAny>(file: string, source: YamlSource, schema: S, problems: Problem[]): { data?: z.output<S> } {
  const result = validateYaml(file, source, schema, schemaKeys(schema));
  problems.push(...result.problems);
  return { data: result.data };
}

type Kind = 'chapters' | 'findings' | 'fields' | 'actions' | 'sources' | 'indicators';

/**
 * Reads every file of one kind: remembers ids and positions for the cross-checks, marks the kind
 * incomplete when an entry is invalid, and builds the valid ones with `build`.
 */
function readKind<S extends z.ZodTypeAny, T>(
  ctx: { root: string; problems: Problem[]; files: Record<Kind, string[]>; incomplete: Set<Kind>; positions: Map<string, YamlSource> },
  kind: Kind,
  dir: string,
  ext: string,
  schema: S,
  build: (f: EditorFile, data: z.output<S>, body: string, bodyLine: number) => T,
): T[] {
  const out: T[] = [];
  for (const f of readEditorFiles(ctx.root, dir, ext, ctx.problems)) {
    ctx.files[kind].push(f.id);
    const entry = readEntry(f, schema, ext !== 'yaml', ctx.problems);
    if (entry.source) ctx.positions.set(f.file, entry.source);
    if (entry.data === undefined) ctx.incomplete.add(kind);
    else out.push(build(f, entry.data, entry.body, entry.bodyLine));
  }
  return out;
}

export interface LoadOptions {
  /** The date (YYYY-MM-DD) against which "in the future" is judged; defaults to today (UTC). */
  today?: string;
  /** Release mode (`npm run build -- --release`, RELEASE=1): placeholders are errors, not to-dos. */
  release?: boolean;
  /** Chapters known to compile cleanly (src/lib/project/clean-cache.ts); saved at the end. */
  cleanCache?: CleanCache;
}

/** Loads the site below `root` (the folder with src/content and data). */
export function loadProject(root: string, options: LoadOptions = {}): LoadResult {
  const release = options.release ?? process.env.RELEASE === '1';
  const problems: Problem[] = [];
  const { terms, source: searchTermsSource } = readSearchTerms(root, problems);
  const keywords = (own: readonly string[], ...texts: string[]) => searchKeywords(own, texts.join(' '), terms);
  const ctx = {
    root,
    problems,
    files: { chapters: [], findings: [], fields: [], actions: [], sources: [], indicators: [] } as Record<Kind, string[]>,
    incomplete: new Set<Kind>(),
    positions: new Map<string, YamlSource>(),
  };

  const embedsByChapter = new Map<string, Embed[]>();
  const chapters = readKind(ctx, 'chapters', `${CONTENT_DIR}/kapitel`, 'mdx', chapterSchema, (f, data, body, bodyLine): Chapter => {
    // A chapter the compiler rejects is incomplete: its embeds are not trusted for cross-checks.
    if (!checkMdxBody(root, f.file, body, bodyLine, problems, options.cleanCache)) ctx.incomplete.add('chapters');
    const embeds = findEmbeds(f.file, body, bodyLine, problems);
    embedsByChapter.set(f.id, embeds);
    const suchbegriffe = keywords(data.schlagwoerter, data.titel, body);
    return { ...data, id: f.id, file: f.file, body, bodyLine, befunde: embeds.map((e) => e.id), suchbegriffe };
  });

  const fields = readKind(ctx, 'fields', `${CONTENT_DIR}/handlungsfelder`, 'md', fieldSchema, (f, data, body, bodyLine): Field => {
    checkMarkdownBody(f.file, body, bodyLine, problems);
    const suchbegriffe = keywords(data.schlagwoerter, data.titel, data.kurz, data.bedarfe.join(' '), body);
    return { ...data, id: f.id, file: f.file, body, bodyLine, suchbegriffe };
  });

  const actions = readKind(ctx, 'actions', `${CONTENT_DIR}/massnahmen`, 'md', actionSchema, (f, data, body, bodyLine): Action => {
    checkMarkdownBody(f.file, body, bodyLine, problems);
    const suchbegriffe = keywords(data.schlagwoerter, data.titel, data.federfuehrung ?? '', data.partner.join(' '), body);
    const { status: verlauf, ...rest } = data;
    return { ...rest, verlauf, status: verlauf.at(-1)?.stand ?? UNKNOWN, id: f.id, file: f.file, body, bodyLine, suchbegriffe };
  });

  const sources = readKind(ctx, 'sources', `${CONTENT_DIR}/quellen`, 'yaml', sourceSchema, (f, data): Source => ({ ...data, id: f.id, file: f.file }));
  const sourceById = new Map(sources.map((s) => [s.id, s]));

  const brokenDatasets = new Set<string>();
  const datasetFiles = new Map(readEditorFiles(root, DATA_DIR, 'csv', problems, [MEASUREMENT_DIR.slice(DATA_DIR.length + 1)]).map((f) => [f.id, f]));
  const findings = readKind(ctx, 'findings', `${CONTENT_DIR}/befunde`, 'yaml', findingSchema, (f, d): SourcedFinding => {
    const csv = datasetFiles.get(d.datensatz);
    const dataset = csv ? readDataset(csv.file, csv.bytes, { unit: d.einheit, kind: d.diagramm }) : { rows: [], problems: [] };
    problems.push(...dataset.problems);
    if (dataset.problems.some((p) => p.severity === 'error')) brokenDatasets.add(d.datensatz);
    const missing = dataset.rows.filter((r) => r.wert === null && !r.ohneWertMarkiert);
    if (csv && missing.length > 0) problems.push(problemAt(csv.file, missing[0]!.line, 0, msg.todoMissingValues(missing.length), 'warning'));
    const labels = dataset.rows.map((r) => `${r.kategorie} ${r.gruppe} ${r.aussage}`).join(' ');
    const suchbegriffe = keywords(d.schlagwoerter, d.titel, d.frage ?? d.thema ?? '', labels);
    // An unknown source is reported by the cross-checks; the placeholder never reaches a page.
    const source = sourceById.get(d.quelle) ?? { id: d.quelle, titel: d.quelle, herausgeber: '', jahr: 0, methode: '', angaben: [], aenderungen: [] };
    return { ...d, id: f.id, file: f.file, rows: dataset.rows, suchbegriffe, source };
  });

  const today = options.today ?? todayIso();
  const measurementFiles = readEditorFiles(root, MEASUREMENT_DIR, 'csv', problems);
  const indicators = readKind(ctx, 'indicators', `${CONTENT_DIR}/kennzahlen`, 'yaml', indicatorSchema, (f, d): Indicator =>
    withMeasurements({ ...d, id: f.id, file: f.file, suchbegriffe: keywords(d.schlagwoerter, d.titel, d.definition) }, measurementFiles, today, problems),
  );

  const settingsData = readSettings(root, problems, release);
  for (const file of THEME_FILES) if (!existsSync(join(root, file))) problems.push(problemAt(file, 0, 0, msg.missingFile()));
  const project: Project = {
    settings: settingsData as Project['settings'],
    searchTerms: terms,
    chapters: chapters.sort((a, b) => a.reihenfolge - b.reihenfolge),
    findings,
    fields: fields.sort((a, b) => a.reihenfolge - b.reihenfolge),
    actions: actions.sort((a, b) => a.titel.localeCompare(b.titel, 'de')),
    sources: sources.sort((a, b) => b.jahr - a.jahr || a.titel.localeCompare(b.titel, 'de')),
    indicators: indicators.sort((a, b) => a.titel.localeCompare(b.titel, 'de')),
    translations: [],
    easyLanguage: { fields: [], actions: {}, actionsIntro: { intro: [], introLine: 0, sections: [] } },
  };
  const stand = siteStand(project);
  if (settingsData) project.settings = { ...settingsData, stand: stand ?? '' };
  // Only when no source file exists at all: an invalid source is reported on its own.
  if (!stand && ctx.files.sources.length === 0) problems.push(problemAt(`${CONTENT_DIR}/quellen`, 0, 0, msg.noStand()));
  problems.push(...checkDates(project, ctx.positions, today));
  problems.push(...checkProject(project, { datasets: [...datasetFiles.keys()], positions: ctx.positions, embeds: embedsByChapter, files: ctx.files, incomplete: ctx.incomplete, brokenDatasets, today, measurements: measurementFiles.map((m) => m.id) }));
  problems.push(...checkCrossLanguagePages(project, searchTermsSource));
  project.translations = readTranslations(root, project, problems);
  project.easyLanguage = readEasyLanguage(root, project, problems);
  const order = new Map(project.chapters.flatMap((c) => c.befunde.map((id, i) => [id, c.reihenfolge * 1000 + i])));
  project.findings.sort((a, b) => (order.get(a.id) ?? Infinity) - (order.get(b.id) ?? Infinity));
  options.cleanCache?.save();
  return { project, problems };
}

function readSettings(root: string, problems: Problem[], release: boolean): Omit<Project['settings'], 'stand'> | undefined {
  const path = join(root, SETTINGS_FILE);
  if (!existsSync(path)) {
    problems.push(problemAt(SETTINGS_FILE, 0, 0, msg.missingFile()));
    return undefined;
  }
  const source = parseYaml(readText(SETTINGS_FILE, readFileSync(path), problems));
  const result = validateYaml(SETTINGS_FILE, source, settingsSchema, schemaKeys(settingsSchema));
  problems.push(...result.problems);
  for (const [path, value] of leaves(source.data)) {
    if (typeof value === 'string' && isPlaceholder(value)) {
      const at = source.positionOf(path);
      problems.push({ ...problemAt(SETTINGS_FILE, at.line, at.column, msg.placeholderSetting(path.join('.'), release), release ? 'error' : 'warning'), legal: true });
    }
  }
  return result.data;
}

/** Every leaf value of parsed YAML with its path. */
function leaves(value: unknown, path: string[] = []): Array<[string[], unknown]> {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    return Object.entries(value).flatMap(([k, v]) => leaves(v, [...path, k]));
  }
  return [[path, value]];
}

function readSearchTerms(root: string, problems: Problem[]): { terms: SearchTerms; source?: YamlSource } {
  const path = join(root, SEARCH_TERMS_FILE);
  if (!existsSync(path)) return { terms: { synonyme: [], grundwoerter: [] } };
  const source = parseYaml(readText(SEARCH_TERMS_FILE, readFileSync(path), problems));
  const result = validateYaml(SEARCH_TERMS_FILE, source, searchTermsSchema, schemaKeys(searchTermsSchema));
  problems.push(...result.problems);
  return { terms: result.data ?? { synonyme: [], grundwoerter: [] }, source };
}

/** Every page named under „andere_sprachen“ must exist. */
function checkCrossLanguagePages(project: Project, source: YamlSource | undefined): Problem[] {
  const known = [
    ...project.fields.map((f) => pagePath('field', f.id)),
    ...project.actions.map((a) => pagePath('action', a.id)),
    ...project.chapters.map((c) => pagePath('chapter', c.id)),
    ...project.findings.map((f) => pagePath('finding', f.id)),
  ];
  return (project.searchTerms.andere_sprachen ?? []).flatMap((group, g) =>
    group.seiten.flatMap((page, i) => {
      if (known.includes(page)) return [];
      const at = source?.positionOf(['andere_sprachen', g, 'seiten', i]) ?? { line: 0, column: 0 };
      return [problemAt(SEARCH_TERMS_FILE, at.line, at.column, msg.unknownReference('Die Seite', page, known.filter((k) => k.startsWith(page.split('/')[0]!))))];
    }),
  );
}
