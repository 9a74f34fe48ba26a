/**
 * Catalogues in pages, so no page grows with the site: the first page at its base path, later ones
 * at <base>/seite/<n>/. Shared by the findings catalogue and the open data.
 */

/** Entries per catalogue page (50 cards weigh about 40–60 kB of HTML, well under the page budget). */
export const PER_PAGE = 50;

/** Number of pages for `count` items (at least 1). */
export const pageCount = (count: number, size = PER_PAGE): number => Math.max(1, Math.ceil(count / size));

/** Site path of page `n` of a catalogue whose first page is `basePath`. */
export const cataloguePagePath = (basePath: string, n: number): string => (n === 1 ? basePath : `${basePath}/seite/${n}`);

/** The items of page `page` of catalogue `name` with the number of pages; throws for a page that does not exist. */
export function pageOf<T>(name: string, items: readonly T[], page: number, size = PER_PAGE): { items: T[]; page: number; pages: number } {
  const pages = pageCount(items.length, size);
  if (!Number.isInteger(page) || page < 1 || page > pages) throw new Error(`No ${name} page ${page} (1–${pages})`);
  return { items: items.slice((page - 1) * size, page * size), page, pages };
}

/** Route params of every page after the first, for `count` items. */
export const laterPages = (count: number, size = PER_PAGE): Array<{ n: string }> =>
  Array.from({ length: pageCount(count, size) - 1 }, (_, i) => ({ n: String(i + 2) }));
