/** Zod schemas for every kind of editor file; field names are the German ones editors write. */
import { z } from 'astro/zod';

/** Ids are file names and URL parts. */
export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const id = z.string().regex(ID_PATTERN, { message: 'id' });
const text = z.string().trim().min(1);
const words = z.array(text).default([]);
/** A date as editors write it (YYYY-MM-DD); our YAML parser keeps it a string. */
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'date' });

export const CHART_KINDS = ['balken', 'gruppen', 'teil-ganzes', 'einzelwert', 'skala', 'kategorien', 'kennzahl'] as const;
export const UNITS = ['anteil', 'anzahl', 'mittelwert', 'rangfolge'] as const;
export const BASES = ['alle', 'antwortende'] as const;
export const AUDIENCES = ['Ehrenamt', 'Hauptamt', 'Bildungseinrichtungen', 'Verwaltung', 'Migrantinnen und Migranten'] as const;
export const STATUSES = ['vorgeschlagen', 'in Vorbereitung', 'im Aufbau', 'in Umsetzung', 'umgesetzt'] as const;
export const ORIGINS = ['Bericht', 'abgeleitet'] as const;

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
  })
  .strict();

/** Priority field front matter (src/content/handlungsfelder/*.md). */
export const fieldSchema = z
  .object({
    titel: text,
    reihenfolge: z.number().int().min(1),
    kurz: text,
    bedarfe: words,
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
    /** Optional: a missing status is shown as „vorgeschlagen“ and listed as a to-do. */
    status: z.enum(STATUSES).optional(),
    herkunft: z.enum(ORIGINS),
    abgeleitet_aus: text.optional(),
    belege: z.array(id).min(1),
    schlagwoerter: words,
    stand: date.optional(),
  })
  .strict()
  .superRefine((value, ctx) => {
    if (value.herkunft === 'abgeleitet' && !value.abgeleitet_aus) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['abgeleitet_aus'], message: 'dependent:herkunft' });
    }
  });

export type ChapterData = z.output<typeof chapterSchema>;
export type FindingData = z.output<typeof findingSchema>;
export type FieldData = z.output<typeof fieldSchema>;
export type ActionData = z.output<typeof actionSchema>;

/** Search aids (src/content/suchbegriffe.yaml). */
export const searchTermsSchema = z
  .object({
    synonyme: z.array(z.array(text).min(2)).default([]),
    grundwoerter: z.array(text).default([]),
  })
  .strict();
