/**
 * Page weight budgets, set from measurements of the real site (docs/leistung.md) with headroom
 * for growth. Sizes in bytes, uncompressed (gzip shrinks HTML about 5 to 20 times).
 */
import { TRANSLATION_LANGUAGES } from './i18n/languages';
import { sitePaths } from './page-kinds';

export const BUDGETS = {
  /** HTML of a reading page (chapter, finding, field, action, overviews). Largest now: /befunde/ 71 kB. */
  readingPageHtml: 120_000,
  /** HTML of the search page: form and the letters of the A–Z index, whose pages are reading pages (now 8 kB). */
  searchPageHtml: 20_000,
  /** All CSS of the site (one file, now 11 kB). */
  css: 30_000,
  /** Script of our own on the pages that have any (search and catalogue filter, now 3 kB). */
  ownScript: 15_000,
  /**
   * What a first visit to a chapter transfers: its HTML and its stylesheets, each gzipped at
   * level 6 (zlib's default, Apache's mod_deflate; docs/deploy/nginx.conf sets the same).
   * Largest now: see docs/leistung.md.
   */
  chapterTransfer: 12_000,
  /** Whole built site including search index and downloads (now 3 MB). */
  site: 8_000_000,
} as const;

/** Pages whose reading is enhanced by script (never needed to read them): the search pages. */
export const PAGES_WITH_SCRIPT: readonly string[] = [sitePaths.service('search'), ...TRANSLATION_LANGUAGES.map(sitePaths.summarySearch)];
