/**
 * Translated summaries (src/content/uebersetzungen/<lang>/kurzfassung.md): read, checked against
 * the project (sections, fields, actions, chapters), and marked out of date when the German source
 * changed after the translation.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { date, id } from '../content/schemas';
import { splitFrontMatter, type YamlSource } from '../content/front-matter';
import { validateYaml } from '../content/zod-issues';
import { msg } from '../errors/messages';
import { problemAt, type Problem } from '../errors/problem';
import { formatDate } from '../dates';
import { parseBlocks, type Section } from '../i18n/blocks';
import { isTranslationLanguage, LANGUAGES, TRANSLATION_LANGUAGES, type TranslationLanguage } from '../i18n/languages';
import { TRANSLATION_METHODS } from '../i18n/strings';
import type { Project } from './model';
import { readText, readEditorFiles } from './read-files';

export const TRANSLATIONS_DIR = 'src/content/uebersetzungen';
/** The translated page kinds; each file name is one. */
export const TRANSLATION_FILES = ['kurzfassung'] as const;

/** Required sections of a summary, with what each is for (named in messages). */
export const SUMMARY_SECTIONS = {
  konzept: 'was das Integrationskonzept ist',
  befragung: 'die Befragung in wenigen Sätzen',
  handlungsfelder: 'Einleitung zu den fünf prioritären Handlungsfeldern',
  massnahmen: 'Einleitung zu den wichtigsten Maßnahmen',
  beratung: 'wo es Beratung gibt',
  original: 'der Weg zur deutschen Fassung',
} as const;
export type SummarySection = keyof typeof SUMMARY_SECTIONS;

const text = z.string().trim().min(1);

/** Front matter of a translated summary. */
export const translationSchema = z
  .object({
    titel: text,
    beschreibung: text,
    uebersetzt_am: date,
    verfahren: z.enum(TRANSLATION_METHODS).default('redaktionell'),
    /** German chapters the summary draws on, besides the fields and the listed actions. */
    grundlage: z.array(id).default([]),
    /** Translated title of every priority field, by field id. */
    handlungsfelder: z.record(id, text),
    /** The actions the summary lists, by id, with their translated title. */
    massnahmen: z.record(id, text).refine((r) => Object.keys(r).length > 0, { message: 'Mindestens eine Maßnahme angeben.' }),
    schlagwoerter: z.array(text).default([]),
  })
  .strict();

export interface Translation extends Omit<z.output<typeof translationSchema>, 'handlungsfelder' | 'massnahmen'> {
  lang: TranslationLanguage;
  file: string;
  fieldTitles: Record<string, string>;
  actionTitles: Record<string, string>;
  sections: Record<SummarySection, Section>;
  /** Set when the German source changed after `uebersetzt_am`. */
  outdated?: { source: string };
}

const schemaKeys = Object.keys(translationSchema.shape);

/** Reads every translation; problems go to `problems`, only complete translations are returned. */
export function readTranslations(root: string, project: Project, problems: Problem[]): Translation[] {
  const base = join(root, TRANSLATIONS_DIR);
  if (!existsSync(base)) return [];
  const out: Translation[] = [];
  for (const folder of readdirSync(base).sort()) {
    if (folder.startsWith('_') || folder.startsWith('.') || !statSync(join(base, folder)).isDirectory()) continue;
    if (!isTranslationLanguage(folder)) {
      problems.push(problemAt(`${TRANSLATIONS_DIR}/${folder}`, 0, 0, msg.unknownTranslationLanguage(folder, TRANSLATION_LANGUAGES)));
      continue;
    }
    for (const f of readEditorFiles(root, `${TRANSLATIONS_DIR}/${folder}`, 'md', problems)) {
      if (!(TRANSLATION_FILES as readonly string[]).includes(f.id)) {
        problems.push(problemAt(f.file, 0, 0, msg.unknownTranslationFile(`${f.id}.md`, TRANSLATION_FILES.map((n) => `${n}.md`))));
        continue;
      }
      const t = readSummary(folder, f.file, readText(f.file, f.bytes, problems), project, problems);
      if (t) out.push(t);
    }
  }
  return out.sort((a, b) => TRANSLATION_LANGUAGES.indexOf(a.lang) - TRANSLATION_LANGUAGES.indexOf(b.lang));
}

function readSummary(lang: TranslationLanguage, file: string, source: string, project: Project, problems: Problem[]): Translation | undefined {
  const split = splitFrontMatter(source);
  if (!split.frontMatter) {
    problems.push(problemAt(file, 1, 1, msg.missingFrontMatter()));
    return undefined;
  }
  const before = problems.length;
  const result = validateYaml(file, split.frontMatter, translationSchema, schemaKeys);
  problems.push(...result.problems);
  const data = result.data;
  const body = parseBlocks(split.body, split.bodyLine);
  const sections = checkSections(lang, file, body.sections, split.bodyLine + split.body.split('\n').length - 1, problems);
  if (body.intro.length > 0) problems.push(problemAt(file, body.introLine, 1, msg.translationTextOutsideSection()));
  if (data) checkReferences(file, split.frontMatter, data, project, problems);
  if (!data || problems.length > before) return undefined;
  const { handlungsfelder, massnahmen, ...rest } = data;
  const t: Translation = { ...rest, lang, file, fieldTitles: handlungsfelder, actionTitles: massnahmen, sections: sections as Translation['sections'] };
  const newest = germanSourceDate(project, t);
  if (newest && newest > t.uebersetzt_am) {
    t.outdated = { source: newest };
    const at = split.frontMatter.positionOf(['uebersetzt_am']);
    problems.push(problemAt(file, at.line, at.column, msg.translationOutdated(LANGUAGES[lang].germanName, formatDate(newest), formatDate(t.uebersetzt_am)), 'warning'));
  }
  return t;
}

function checkSections(lang: TranslationLanguage, file: string, sections: Section[], lastLine: number, problems: Problem[]): Partial<Record<SummarySection, Section>> {
  const found: Partial<Record<SummarySection, Section>> = {};
  const known = Object.keys(SUMMARY_SECTIONS);
  for (const s of sections) {
    if (!s.key) problems.push(problemAt(file, s.line, 1, msg.translationTextOutsideSection()));
    else if (!(s.key in SUMMARY_SECTIONS)) problems.push(problemAt(file, s.line, 1, msg.translationSectionUnknown(s.key, known)));
    else if (found[s.key as SummarySection]) problems.push(problemAt(file, s.line, 1, msg.translationSectionTwice(s.key)));
    else found[s.key as SummarySection] = s;
  }
  for (const [key, purpose] of Object.entries(SUMMARY_SECTIONS)) {
    if (!found[key as SummarySection]) problems.push(problemAt(file, lastLine, 1, msg.translationSectionMissing(LANGUAGES[lang].germanName, key, purpose)));
  }
  return found;
}

function checkReferences(file: string, fm: YamlSource, data: z.output<typeof translationSchema>, project: Project, problems: Problem[]): void {
  for (const f of project.fields) {
    if (!(f.id in data.handlungsfelder)) {
      const p = fm.positionOf(['handlungsfelder'], true);
      problems.push(problemAt(file, p.line, p.column, msg.translationFieldTitleMissing(f.id)));
    }
  }
  const check = (kind: string, values: string[], known: string[], path: (v: string, i: number) => Array<string | number>, key: boolean) =>
    values.forEach((v, i) => {
      if (known.includes(v)) return;
      const p = fm.positionOf(path(v, i), key);
      problems.push(problemAt(file, p.line, p.column, msg.unknownReference(kind, v, known)));
    });
  check('Das Handlungsfeld', Object.keys(data.handlungsfelder), project.fields.map((f) => f.id), (v) => ['handlungsfelder', v], true);
  check('Die Maßnahme', Object.keys(data.massnahmen), project.actions.map((a) => a.id), (v) => ['massnahmen', v], true);
  check('Das Kapitel', data.grundlage, project.chapters.map((c) => c.id), (_, i) => ['grundlage', i], false);
}

/** Entries are dated by their change notes (`aenderungen`). */
interface Dated {
  aenderungen: ReadonlyArray<{ datum: string }>;
}

/** Whether every translation was made by the editors (none by another method), as the accessibility statement says. */
export const allEditorial = (translations: readonly Pick<Translation, 'verfahren'>[]): boolean => translations.every((t) => t.verfahren === 'redaktionell');

/** Newest change date of the German entries a translation draws on, if any is dated. */
export function germanSourceDate(project: Project, t: Pick<Translation, 'grundlage' | 'actionTitles'>): string | undefined {
  const entries: Dated[] = [
    ...project.fields,
    ...project.actions.filter((a) => a.id in t.actionTitles),
    ...project.chapters.filter((c) => t.grundlage.includes(c.id)),
  ];
  const dates = entries.flatMap((e) => e.aenderungen.map((a) => a.datum));
  return dates.sort().at(-1);
}
