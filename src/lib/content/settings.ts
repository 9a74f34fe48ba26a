/** Site settings (src/content/einstellungen.yaml): the county's details in one place. */
import { z } from 'astro/zod';
import { matching } from './issue-kinds';
import { date as isoDate, webUrl } from './schemas';

const text = z.string().trim().min(1);

/** Settings schema; values marked "BITTE ERGÄNZEN" in the file must be filled in before going live. */
export const settingsSchema = z
  .object({
    titel: text,
    untertitel: text,
    herausgeber: text,
    /** The concept's version as cited, e.g. "Fassung 2018", later "Fortschreibung 2027". */
    fassung: text,
    lizenz: z
      .object({ name: text, kurz: text, spdx: matching(/^[-a-zA-Z0-9._]+$/, { kind: 'format', example: 'CC-BY-4.0' }), url: webUrl })
      .strict(),
    anbieter: z
      .object({
        name: text,
        rechtsform: text,
        strasse: text,
        ort: text,
        telefon: text,
        email: text,
        vertreten_durch: text,
        verantwortlich: text,
        ust_id: text.optional(),
      })
      .strict(),
    datenschutz: z.object({ beauftragte: text, hosting: text, speicherdauer_logs: text }).strict(),
    barrierefreiheit: z
      .object({ erstellt_am: isoDate, letzte_pruefung: isoDate, methode: text, kontakt_formular: text })
      .strict(),
  })
  .strict();

/** Marker for values the county must fill in before going live. */
export const TO_FILL = 'BITTE ERGÄNZEN';

/** True when a settings value is still a placeholder. */
export const isPlaceholder = (value: string): boolean => value.startsWith(TO_FILL);

/**
 * The settings with the site-wide Stand: the date of the newest change note, else the newest source
 * date (src/lib/changes). It is computed, never typed in the settings file.
 */
export type Settings = z.output<typeof settingsSchema> & { stand: string };

/** The header's two lines: the county (anbieter.name) and the title without the county's name. */
export function siteName(settings: Settings): { org: string; title: string } {
  const org = settings.anbieter.name;
  const title = settings.titel.endsWith(` ${org}`) ? settings.titel.slice(0, -org.length - 1) : settings.titel;
  return { org, title };
}
