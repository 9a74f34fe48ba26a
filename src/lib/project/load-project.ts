/** Reads and validates every editor file of a site; collects all problems before anyone fails. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { splitFrontMatter, parseYaml, type YamlSource } from '../content/front-matter';
import { actionSchema, chapterSchema, fieldSchema, findingSchema, searchTermsSchema } from '../content/schemas';
import { searchKeywords, type SearchTerms } from '../search/keywords';
import { isPlaceholder, settingsSchema } from '../content/settings';
import { validateYaml } from '../content/zod-issues';
import { readDataset } from '../data/dataset';
import { msg } from '../errors/messages';
import { problemAt, type Problem } from '../errors/problem';
import { checkProject } from './cross-checks';
import { findEmbeds, type Embed } from './embeds';
import type { Action, Chapter, Field, Project, SourcedFinding } from './model';
import { asText, readEditorFiles, type EditorFile } from './read-files';

export const CONTENT_DIR = 'src/content';
export const DATA_DIR = 'data';
export const SETTINGS_FILE = `${CONTENT_DIR}/einstellungen.yaml`;
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

/** Parses front matter (md/mdx) or whole-file YAML and validates it. */
function readEntry<S extends z.ZodTypeAny>(
  f: EditorFile,
  schema: S,
  frontMatter: boolean,
  problems: Problem[],
): { data: z.output<S>; body: string; bodyLine: number } | undefined {
  const text = asText(f.bytes);
  let source: YamlSource | undefined;
  let body = '';
  let bodyLine = 1;
  if (frontMatter) {
    const split = splitFrontMatter(text);
    if (!split.frontMatter) {
      problems.push(problemAt(f.file, 1, 1, msg.missingFrontMatter()));
      return undefined;
    }
    ({ frontMatter: source, body, bodyLine } = split);
  } else source = parseYaml(text);
  const result = validateYaml(f.file, source!, schema, schemaKeys(schema));
  problems.push(...result.problems);
  return result.data === undefined ? undefined : { data: result.data, body, bodyLine };
}

/** Loads the site below `root` (the folder with src/content and data). */
export function loadProject(root: string): LoadResult {
  const problems: Problem[] = [];
  const positions = new Map<string, YamlSource>();
  const remember = (f: EditorFile, frontMatter: boolean) => {
    const text = asText(f.bytes);
    const source = frontMatter ? splitFrontMatter(text).frontMatter : parseYaml(text);
    if (source) positions.set(f.file, source);
  };

  const terms = readSearchTerms(root, problems);
  const keywords = (own: readonly string[], ...texts: string[]) => searchKeywords(own, texts.join(' '), terms);
  const files = { chapters: [] as string[], findings: [] as string[], fields: [] as string[], actions: [] as string[] };
  const incomplete = new Set<keyof typeof files>();
  const chapters: Chapter[] = [];
  const embedsByChapter = new Map<string, Embed[]>();
  for (const f of readEditorFiles(root, `${CONTENT_DIR}/kapitel`, 'mdx', problems)) {
    remember(f, true);
    files.chapters.push(f.id);
    const entry = readEntry(f, chapterSchema, true, problems);
    if (!entry) {
      incomplete.add('chapters');
      continue;
    }
    const embeds = findEmbeds(f.file, entry.body, entry.bodyLine, problems);
    const suchbegriffe = keywords(entry.data.schlagwoerter, entry.data.titel, entry.body);
    chapters.push({ ...entry.data, id: f.id, file: f.file, befunde: embeds.map((e) => e.id), suchbegriffe });
    embedsByChapter.set(f.id, embeds);
  }

  const fields: Field[] = [];
  for (const f of readEditorFiles(root, `${CONTENT_DIR}/handlungsfelder`, 'md', problems)) {
    remember(f, true);
    files.fields.push(f.id);
    const entry = readEntry(f, fieldSchema, true, problems);
    if (entry) {
      const suchbegriffe = keywords(entry.data.schlagwoerter, entry.data.titel, entry.data.kurz, entry.data.bedarfe.join(' '), entry.body);
      fields.push({ ...entry.data, id: f.id, file: f.file, suchbegriffe });
    }
    else incomplete.add('fields');
  }

  const actions: Action[] = [];
  for (const f of readEditorFiles(root, `${CONTENT_DIR}/massnahmen`, 'md', problems)) {
    remember(f, true);
    files.actions.push(f.id);
    const entry = readEntry(f, actionSchema, true, problems);
    if (!entry) {
      incomplete.add('actions');
      continue;
    }
    if (!entry.data.status) problems.push(problemAt(f.file, 1, 1, msg.actionWithoutStatus(), 'warning'));
    const suchbegriffe = keywords(entry.data.schlagwoerter, entry.data.titel, entry.body);
    actions.push({ ...entry.data, status: entry.data.status ?? 'vorgeschlagen', id: f.id, file: f.file, suchbegriffe });
  }

  const datasetFiles = new Map(readEditorFiles(root, DATA_DIR, 'csv', problems).map((f) => [f.id, f]));
  const findings: SourcedFinding[] = [];
  for (const f of readEditorFiles(root, `${CONTENT_DIR}/befunde`, 'yaml', problems)) {
    remember(f, false);
    files.findings.push(f.id);
    const entry = readEntry(f, findingSchema, false, problems);
    if (!entry) {
      incomplete.add('findings');
      continue;
    }
    const d = entry.data;
    const csv = datasetFiles.get(d.datensatz);
    const dataset = csv
      ? readDataset(csv.file, csv.bytes, { unit: d.einheit, kind: d.diagramm })
      : { rows: [], problems: [] };
    problems.push(...dataset.problems);
    const missing = dataset.rows.filter((r) => r.wert === null);
    if (missing.length > 0) problems.push(problemAt(csv!.file, missing[0]!.line, 0, msg.todoMissingValues(missing.length), 'warning'));
    const labels = dataset.rows.map((r) => `${r.kategorie} ${r.gruppe} ${r.aussage}`).join(' ');
    const suchbegriffe = keywords(d.schlagwoerter, d.titel, d.frage ?? '', labels);
    findings.push({ ...d, id: f.id, file: f.file, rows: dataset.rows, suchbegriffe });
  }

  const settings = readSettings(root, problems);
  const project: Project = {
    settings: settings as Project['settings'],
    searchTerms: terms,
    chapters: chapters.sort((a, b) => a.reihenfolge - b.reihenfolge),
    findings,
    fields: fields.sort((a, b) => a.reihenfolge - b.reihenfolge),
    actions: actions.sort((a, b) => a.titel.localeCompare(b.titel, 'de')),
  };
  problems.push(...checkProject(project, { datasets: [...datasetFiles.keys()], positions, embeds: embedsByChapter, files, incomplete }));
  const order = new Map(project.chapters.flatMap((c) => c.befunde.map((id, i) => [id, c.reihenfolge * 1000 + i])));
  project.findings.sort((a, b) => (order.get(a.id) ?? Infinity) - (order.get(b.id) ?? Infinity));
  return { project, problems };
}

function readSettings(root: string, problems: Problem[]): Project['settings'] | undefined {
  const path = join(root, SETTINGS_FILE);
  if (!existsSync(path)) {
    problems.push(problemAt(SETTINGS_FILE, 0, 0, msg.missingFile()));
    return undefined;
  }
  const source = parseYaml(readFileSync(path, 'utf8'));
  const result = validateYaml(SETTINGS_FILE, source, settingsSchema, schemaKeys(settingsSchema));
  problems.push(...result.problems);
  for (const [path, value] of leaves(source.data)) {
    if (typeof value === 'string' && isPlaceholder(value)) {
      const at = source.positionOf(path);
      problems.push(problemAt(SETTINGS_FILE, at.line, at.column, msg.placeholderSetting(path.join('.')), 'warning'));
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

function readSearchTerms(root: string, problems: Problem[]): SearchTerms {
  const path = join(root, SEARCH_TERMS_FILE);
  if (!existsSync(path)) return { synonyme: [], grundwoerter: [] };
  const source = parseYaml(readFileSync(path, 'utf8'));
  const result = validateYaml(SEARCH_TERMS_FILE, source, searchTermsSchema, schemaKeys(searchTermsSchema));
  problems.push(...result.problems);
  return result.data ?? { synonyme: [], grundwoerter: [] };
}
