/**
 * Leichte Sprache (src/content/leichte-sprache): one file per priority field and one with a short
 * text for every action. Unknown ids are errors; missing texts are to-dos (warnings), and the page
 * then says honestly that the text does not exist yet.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { date, id } from '../content/schemas';
import { splitFrontMatter } from '../content/front-matter';
import { validateYaml } from '../content/zod-issues';
import { msg } from '../errors/messages';
import { problemAt, type Problem } from '../errors/problem';
import { parseBlocks, type ParsedBody } from '../i18n/blocks';
import type { Action, ActionStatus, Field, Project } from './model';
import { byId } from './views';
import { formatPartialDate } from '../dates';
import { readText, readEditorFiles } from './read-files';

export const EASY_DIR = 'src/content/leichte-sprache';
/** The file with the actions' texts; every other file is named after a field. */
export const EASY_ACTIONS_FILE = 'massnahmen';

const text = z.string().trim().min(1);

/** Front matter of a field page in Leichte Sprache. */
export const easyFieldSchema = z.object({ titel: text, stand: date.optional() }).strict();
/** Front matter of the actions file: a short text per action id. */
export const easyActionsSchema = z
  .object({ stand: date.optional(), massnahmen: z.record(id, text) })
  .strict();

export interface EasyField {
  /** The field's id (= file name). */
  id: string;
  titel: string;
  stand?: string;
  body: ParsedBody;
}

export interface EasyLanguage {
  fields: EasyField[];
  /** Action id → short text (lines = sentences). */
  actions: Record<string, string[]>;
  actionsIntro: ParsedBody;
  stand?: string;
}

/** Reads and checks the Leichte Sprache files against the project. */
export function readEasyLanguage(root: string, project: Project, problems: Problem[]): EasyLanguage {
  const result: EasyLanguage = { fields: [], actions: {}, actionsIntro: parseBlocks('') };
  // A site without the folder publishes no Leichte Sprache pages beyond the introduction: no to-dos then.
  if (!existsSync(join(root, EASY_DIR))) return result;
  const fieldIds = project.fields.map((f) => f.id);
  let actionsFile: string | undefined;
  for (const f of readEditorFiles(root, EASY_DIR, 'md', problems)) {
    const split = splitFrontMatter(readText(f.file, f.bytes, problems));
    if (!split.frontMatter) {
      problems.push(problemAt(f.file, 1, 1, msg.missingFrontMatter()));
      continue;
    }
    if (f.id === EASY_ACTIONS_FILE) {
      actionsFile = f.file;
      const { data, problems: found } = validateYaml(f.file, split.frontMatter, easyActionsSchema, Object.keys(easyActionsSchema.shape));
      problems.push(...found);
      if (!data) continue;
      const known = project.actions.map((a) => a.id);
      for (const [id, value] of Object.entries(data.massnahmen)) {
        if (known.includes(id)) result.actions[id] = value.split('\n').map((l) => l.trim()).filter(Boolean);
        else {
          const at = split.frontMatter.positionOf(['massnahmen', id], true);
          problems.push(problemAt(f.file, at.line, at.column, msg.unknownReference('Die Maßnahme', id, known)));
        }
      }
      result.actionsIntro = parseBlocks(split.body, split.bodyLine);
      if (data.stand) result.stand = data.stand;
      continue;
    }
    if (!fieldIds.includes(f.id)) {
      problems.push(problemAt(f.file, 0, 0, msg.unknownReference('Das Handlungsfeld', f.id, fieldIds)));
      continue;
    }
    const { data, problems: found } = validateYaml(f.file, split.frontMatter, easyFieldSchema, Object.keys(easyFieldSchema.shape));
    problems.push(...found);
    if (data) result.fields.push({ id: f.id, ...data, body: parseBlocks(split.body, split.bodyLine) });
  }
  for (const id of fieldIds) {
    if (!result.fields.some((f) => f.id === id)) problems.push(problemAt(EASY_DIR, 0, 0, msg.easyLanguageFieldMissing(id), 'warning'));
  }
  for (const a of project.actions) {
    if (!result.actions[a.id]) problems.push(problemAt(actionsFile ?? `${EASY_DIR}/${EASY_ACTIONS_FILE}.md`, 0, 0, msg.easyLanguageActionMissing(a.id), 'warning'));
  }
  result.fields.sort((a, b) => fieldIds.indexOf(a.id) - fieldIds.indexOf(b.id));
  return result;
}

type Status = ActionStatus;
type Origin = Action['herkunft'];

/** The state of an action in Leichte Sprache (honest: a proposal is a proposal). */
export const EASY_STATUS: Record<Status, string> = {
  vorgeschlagen: 'Das ist ein Vorschlag. Es ist noch nicht entschieden.',
  'in Vorbereitung': 'Das wird gerade vorbereitet.',
  'im Aufbau': 'Das wird gerade aufgebaut.',
  'in Umsetzung': 'Das wird gerade gemacht.',
  umgesetzt: 'Das ist schon gemacht.',
  'noch nicht festgelegt': 'Das wissen wir noch nicht.',
};

/** Where an action comes from, in Leichte Sprache. */
export const EASY_ORIGIN: Record<Origin, string> = {
  'Empfehlung des Berichts': 'Dieser Vorschlag steht im Bericht.',
  'Vorschlag der Redaktion': 'Diesen Vorschlag hat die Redaktion gemacht. Die Redaktion hat dafür den Bericht gelesen.',
  Beschluss: 'Darüber hat ein Gremium abgestimmt. Ein Gremium ist eine Gruppe von Politikerinnen und Politikern.',
};

/** One sentence per line, as Leichte Sprache wants it. */
const sentences = (text: string): string[] => text.split(/(?<=\.) /);

/** When the state was last known, in Leichte Sprache. */
function easySince(date: string | undefined): string | undefined {
  if (!date) return undefined;
  return /^\d{4}$/.test(date) ? `Diese Angabe ist aus dem Jahr ${date}.` : `Diese Angabe ist vom ${formatPartialDate(date)}.`;
}

export interface EasyActionItem {
  id: string;
  germanTitle: string;
  /** Sentences in Leichte Sprache; empty when the text does not exist yet. */
  lines: string[];
  /** Sentences: the current state and when it was last known. */
  state: string[];
  origin: string[];
}

/** The actions of one field (or all, without `fieldId`) as Leichte Sprache items. */
export function easyActions(project: Project, fieldId?: string): EasyActionItem[] {
  return project.actions
    .filter((a) => fieldId === undefined || a.handlungsfelder.includes(fieldId))
    .map((a) => ({
      id: a.id,
      germanTitle: a.titel,
      lines: project.easyLanguage.actions[a.id] ?? [],
      state: [...sentences(EASY_STATUS[a.status]), easySince(a.verlauf.at(-1)?.datum)].filter((l): l is string => !!l),
      origin: sentences(EASY_ORIGIN[a.herkunft]),
    }));
}

/** All actions grouped by their first field (in field order), then those without a field. */
export function easyActionGroups(project: Project): Array<{ fieldId?: string; title: string; items: EasyActionItem[] }> {
  const all = easyActions(project);
  const firstField = (id: string) => project.actions.find((a) => a.id === id)!.handlungsfelder[0];
  const groups = project.fields.map((f) => ({
    fieldId: f.id,
    title: project.easyLanguage.fields.find((e) => e.id === f.id)?.titel ?? f.titel,
    items: all.filter((a) => firstField(a.id) === f.id),
  }));
  const rest = all.filter((a) => !project.fields.some((f) => f.id === firstField(a.id)));
  return [...groups, { title: 'Für alle Themen', items: rest }].filter((g) => g.items.length > 0);
}

export interface EasyFieldView {
  easy: EasyField;
  /** The field in standard German (its title for the search filter, its page). */
  field: Field;
  items: EasyActionItem[];
}

/** One priority field's page in Leichte Sprache: its text, the field and its actions. */
export function easyFieldView(project: Project, id: string | undefined): EasyFieldView {
  const easy = byId(project.easyLanguage.fields, id, 'easy-language field');
  return { easy, field: byId(project.fields, easy.id, 'field'), items: easyActions(project, easy.id) };
}
