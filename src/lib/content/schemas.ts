/** Zod schemas for every kind of editor file; field names are the German ones editors write. */
import { z } from 'astro/zod';
import { BASES, CHART_KINDS, UNITS } from '../vocabulary';
import { isLinkUrl } from '../markdown/html-schema';
import { matching, type IssueParams } from './issue-kinds';

/** A link target in settings and front matter: http(s), mailto or tel only (no javascript:, data: …). */
export const webUrl = z.string().refine((v) => isLinkUrl(v), { params: { kind: 'url' } satisfies IssueParams });

/** Ids are file names and URL parts. */
export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** An id (file name, URL part), reported with the id message. */
export const id = matching(ID_PATTERN, { kind: 'id' });
const text = z.string().trim().min(1);
const words = z.array(text).default([]);
/** True for a real calendar day written as JJJJ-MM-TT (2018-02-30 is not one). */
export function isIsoDate(v: string): boolean {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(v) ? new Date(`${v}T00:00:00Z`) : undefined;
  return day !== undefined && !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === v;
}

/** A date as editors write it (YYYY-MM-DD, a real calendar day); our YAML parser keeps it a string. */
export const date = z.string().refine(isIsoDate, { params: { kind: 'date' } satisfies IssueParams });

export const CHANGE_KINDS = ['wesentlich', 'redaktionell'] as const;

/** Change notes (GOV.UK style), shared by chapters, findings, fields, actions and sources. */
export const changeNotesSchema = z
  .array(
    z
      .object({ datum: date, art: z.enum(CHANGE_KINDS), text: z.string().trim().optional() })
      .strict()
      .superRefine((v, ctx) => {
        if (!v.text) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['text'], params: { kind: 'change-note-text' } satisfies IssueParams });
      })
      .transform((v) => ({ ...v, text: v.text ?? '' })),
  )
  .default([]);
export type ChangeNote = z.output<typeof changeNotesSchema>[number];

export const AUDIENCES = ['Ehrenamt', 'Hauptamt', 'Bildungseinrichtungen', 'Verwaltung', 'Migrantinnen und Migranten'] as const;
export const STATUSES = ['vorgeschlagen', 'in Vorbereitung', 'im Aufbau', 'in Umsetzung', 'umgesetzt'] as const;
/** Where an action comes from: the report's recommendation, the editors' proposal, or a decision. */
export const ORIGINS = ['Empfehlung des Berichts', 'Vorschlag der Redaktion', 'Beschluss'] as const;
/** Shown wherever an owner, date or status is not known. */
export const UNKNOWN = 'noch nicht festgelegt';

/** A date of year, month or day precision (ISO 8601: 2018, 2018-07, 2018-07-31). */
const partialDate = z.preprocess(
  // YAML reads a bare year (2018) as a number.
  (v) => (typeof v === 'number' ? String(v) : v),
  matching(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, { kind: 'date' }),
);

/** One entry of an action's status history; needs a source or a note. */
export const statusEntrySchema = z
  .object({ datum: partialDate, stand: z.enum(STATUSES), quelle: text.optional(), notiz: text.optional() })
  .strict()
  .superRefine((value, ctx) => {
    if (!value.quelle && !value.notiz) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['quelle'], params: { kind: 'status-source' } });
  });

/** A council decision; body and date are checked in the action schema for a specific message. */
const decisionSchema = z
  .object({ gremium: text.optional(), datum: date.optional(), vorlage: text.optional() })
  .strict();

/** A goal with the ids of its indicators (src/content/kennzahlen/<id>.yaml). */
const goalSchema = z.object({ text, kennzahlen: z.array(id).default([]) }).strict();
const goals = z.array(goalSchema).default([]);

/** Chapter front matter (src/content/kapitel/*.mdx). */
export const chapterSchema = z
  .object({
    titel: text,
    reihenfolge: z.number().int().min(1),
    zusammenfassung: text,
    handlungsfelder: z.array(id).default([]),
    schlagwoerter: words,
    aenderungen: changeNotesSchema,
  })
  .strict();

/** Finding file (src/content/befunde/*.yaml). */
export const findingSchema = z
  .object({
    titel: text,
    kapitel: id,
    /** Source id (src/content/quellen/<id>.yaml): the survey context comes from there only. */
    quelle: id,
    /** Verbatim question wording, only where the source documents it (shown in quotation marks). */
    frage: text.optional(),
    /** The question's topic in the editors' words (shown without quotation marks). */
    thema: text.optional(),
    basis: z.enum(BASES),
    n: z.number().int().min(1).optional(),
    einheit: z.enum(UNITS),
    mehrfachnennung: z.boolean().optional(),
    diagramm: z.enum(CHART_KINDS),
    datensatz: id,
    abschnitt: text,
    handlungsfelder: z.array(id).default([]),
    schlagwoerter: words,
    hinweis: text.optional(),
    kernaussage: text.optional(),
    aenderungen: changeNotesSchema,
  })
  .strict();

/** Source file (src/content/quellen/*.yaml): a survey or report that findings rest on. */
export const sourceSchema = z
  .object({
    titel: text,
    herausgeber: text,
    jahr: z.number().int().min(1900).max(2100),
    zeitraum: z
      .object({ von: date.optional(), bis: date.optional() })
      .strict()
      .superRefine((v, ctx) => {
        if (v.von && v.bis && v.von > v.bis) {
          ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['von'], params: { kind: 'period-reversed', from: v.von, to: v.bis } satisfies IssueParams });
        }
      })
      .optional(),
    methode: text,
    grundgesamtheit: text.optional(),
    /** What "alle" means for findings of this source: a count and what was counted. */
    auswertung: z.object({ anzahl: z.number().int().min(1), einheit: text }).strict().optional(),
    stichprobe: text.optional(),
    ruecklauf: text.optional(),
    repraesentativitaet: text.optional(),
    url: webUrl.optional(),
    datei: text.optional(),
    lizenz: text.optional(),
    foerderung: text.optional(),
    /** Further facts the source states about itself, one sentence each. */
    angaben: words,
    aenderungen: changeNotesSchema,
  })
  .strict();

/** Priority field front matter (src/content/handlungsfelder/*.md). */
export const fieldSchema = z
  .object({
    titel: text,
    reihenfolge: z.number().int().min(1),
    kurz: text,
    bedarfe: words,
    ziele: goals,
    schlagwoerter: words,
    aenderungen: changeNotesSchema,
  })
  .strict();

/** Action front matter (src/content/massnahmen/*.md). */
export const actionSchema = z
  .object({
    titel: text,
    handlungsfelder: z.array(id).default([]),
    zielgruppen: z.array(z.enum(AUDIENCES)).min(1),
    herkunft: z.enum(ORIGINS),
    abgeleitet_aus: text.optional(),
    beschluss: decisionSchema.optional(),
    federfuehrung: text.optional(),
    partner: words,
    beginn: partialDate.optional(),
    ende_geplant: partialDate.optional(),
    meilensteine: z.array(z.object({ datum: partialDate, text, erreicht: z.boolean().default(false) }).strict()).default([]),
    /** Status history, oldest first; empty means „noch nicht festgelegt“. Dates are checked in the project. */
    status: z.array(statusEntrySchema).default([]),
    ziele: goals,
    belege: z.array(id).min(1),
    schlagwoerter: words,
    aenderungen: changeNotesSchema,
  })
  .strict()
  .superRefine((value, ctx) => {
    const issue = (path: string[], params: IssueParams) => ctx.addIssue({ code: z.ZodIssueCode.custom, path, params });
    if (value.herkunft === 'Vorschlag der Redaktion' && !value.abgeleitet_aus) {
      issue(['abgeleitet_aus'], { kind: 'requires', other: 'herkunft', value: value.herkunft });
    }
    if (value.herkunft === 'Beschluss') {
      if (!value.beschluss) issue(['beschluss'], { kind: 'decision-missing' });
      else for (const part of ['gremium', 'datum', 'vorlage'] as const) if (!value.beschluss[part]) issue(['beschluss'], { kind: 'decision-incomplete', part });
    } else if (value.beschluss) issue(['beschluss'], { kind: 'decision-origin', origin: value.herkunft });
  });

/** Units of an indicator: a count or a share in percent. */
export const INDICATOR_UNITS = ['anzahl', 'anteil'] as const;

/** Indicator file (src/content/kennzahlen/<id>.yaml): what is counted, baseline, target, measurements. */
export const indicatorSchema = z
  .object({
    titel: text,
    /** What is counted, in one or two sentences. */
    definition: text,
    einheit: z.enum(INDICATOR_UNITS),
    /** Where the measurements come from. */
    quelle: text,
    basiswert: z.object({ wert: z.number().min(0), datum: partialDate, quelle: text }).strict(),
    /** The target needs a date: without one, progress cannot be judged (checked below for a specific message). */
    zielwert: z.object({ wert: z.number().min(0), datum: partialDate.optional() }).strict().optional(),
    /** Measurements in data/kennzahlen/<datensatz>.csv; without it the indicator has no measurement yet. */
    datensatz: id.optional(),
    schlagwoerter: words,
  })
  .strict()
  .superRefine((value, ctx) => {
    const issue = (path: Array<string | number>, params: IssueParams) => ctx.addIssue({ code: z.ZodIssueCode.custom, path, params });
    if (value.zielwert && !value.zielwert.datum) issue(['zielwert'], { kind: 'target-date' });
    for (const key of ['basiswert', 'zielwert'] as const) {
      const wert = value[key]?.wert ?? 0;
      if (value.einheit === 'anteil' && wert > 100) issue([key, 'wert'], { kind: 'max', limit: 100 });
      if (value.einheit === 'anzahl' && !Number.isInteger(wert)) issue([key, 'wert'], { kind: 'whole-number' });
    }
  });

export type ChapterData = z.output<typeof chapterSchema>;
export type FindingData = z.output<typeof findingSchema>;
export type FieldData = z.output<typeof fieldSchema>;
export type ActionData = z.output<typeof actionSchema>;
export type SourceData = z.output<typeof sourceSchema>;
export type StatusEntry = z.output<typeof statusEntrySchema>;
export type GoalData = z.output<typeof goalSchema>;
export type IndicatorData = z.output<typeof indicatorSchema>;

/** Search aids (src/content/suchbegriffe.yaml). */
export const searchTermsSchema = z
  .object({
    synonyme: z.array(z.array(text).min(2)).default([]),
    grundwoerter: z.array(text).default([]),
    /** Words in other languages that lead to German pages (e.g. "language course" → Sprache). */
    andere_sprachen: z
      .array(
        z
          .object({
            seiten: z.array(matching(/^(handlungsfelder|massnahmen|kapitel|befunde)\/[a-z0-9]+(-[a-z0-9]+)*$/, { kind: 'format', example: 'handlungsfelder/sprache' })).min(1),
            woerter: z.array(text).min(1),
          })
          .strict(),
      )
      .default([]),
  })
  .strict();
