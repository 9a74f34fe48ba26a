/** Zod schemas for every kind of editor file; field names are the German ones editors write. */
import { z } from 'astro/zod';
import { matching, type IssueParams } from './issue-kinds';

/** Ids are file names and URL parts. */
export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const id = matching(ID_PATTERN, { kind: 'id' });
const text = z.string().trim().min(1);
const words = z.array(text).default([]);
/** A date as editors write it (YYYY-MM-DD); our YAML parser keeps it a string. */
export const date = matching(/^\d{4}-\d{2}-\d{2}$/, { kind: 'date' });

export const CHART_KINDS = ['balken', 'gruppen', 'teil-ganzes', 'einzelwert', 'skala', 'kategorien', 'kennzahl'] as const;
export const UNITS = ['anteil', 'anzahl', 'mittelwert', 'rangfolge'] as const;
export const BASES = ['alle', 'antwortende'] as const;
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
    stand: date.optional(),
  })
  .strict();

/** Finding file (src/content/befunde/*.yaml). */
export const findingSchema = z
  .object({
    titel: text,
    kapitel: id,
    frage: text.optional(),
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
    stand: date.optional(),
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
    stand: date.optional(),
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

export type ChapterData = z.output<typeof chapterSchema>;
export type FindingData = z.output<typeof findingSchema>;
export type FieldData = z.output<typeof fieldSchema>;
export type ActionData = z.output<typeof actionSchema>;
export type StatusEntry = z.output<typeof statusEntrySchema>;
export type GoalData = z.output<typeof goalSchema>;

/** Search aids (src/content/suchbegriffe.yaml). */
export const searchTermsSchema = z
  .object({
    synonyme: z.array(z.array(text).min(2)).default([]),
    grundwoerter: z.array(text).default([]),
  })
  .strict();
