/** URL slugs from German labels. */

/** "Migrantinnen und Migranten" → "migrantinnen-und-migranten", "Öffnung" → "oeffnung". */
export function slugify(label: string): string {
  return label
    .toLowerCase()
    .replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss')
    .normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
