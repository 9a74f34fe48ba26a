/** How to cite a page or a dataset: publisher, title, site, version of the concept, Stand, address. */
import type { Settings } from './content/settings';
import { formatDate } from './dates';

/** "Herausgeber: „Titel“. In: Website, Fassung 2018, Stand 26. November 2026." (the address follows separately). */
export function citation(settings: Pick<Settings, 'herausgeber' | 'titel' | 'fassung' | 'stand'>, title: string, stand = settings.stand): string {
  return `${settings.herausgeber}: „${title}“. In: ${settings.titel}, ${settings.fassung}, Stand ${formatDate(stand)}.`;
}
