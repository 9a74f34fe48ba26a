/** Site settings (src/content/einstellungen.yaml): the county's details in one place. */
import { z } from 'astro/zod';

const text = z.string().trim().min(1);

/** Settings schema; values marked "BITTE ERGÄNZEN" in the file must be filled in before going live. */
export const settingsSchema = z
  .object({
    titel: text,
    untertitel: text,
    herausgeber: text,
    /** Date of the content (not of the build), shown as "Stand" on every page. */
    stand: z.preprocess(
      (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v),
      z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'date' }),
    ),
    lizenz: z
      .object({ name: text, kurz: text, url: z.string().url() })
      .strict(),
  })
  .passthrough();

export type Settings = z.output<typeof settingsSchema>;
