/** Search index: Pagefind through its Node API, failing on any error it reports. */
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { SEARCH_BUNDLE_DIR } from '../page-kinds';

/** Where build steps report progress (Astro's integration logger fits). */
export interface BuildLog {
  info: (message: string) => void;
  error: (message: string) => void;
}

interface PagefindResponse {
  errors: string[];
}

/** Logs every error of a Pagefind response and throws if there was one. */
export function assertPagefindResponse<T extends PagefindResponse>(response: T, log: BuildLog, step: string): Required<T> {
  if (response.errors.length > 0) {
    for (const error of response.errors) log.error(`Pagefind (${step}): ${error}`);
    throw new Error(`Pagefind reported ${response.errors.length} error(s) in ${step}.`);
  }
  return response as Required<T>;
}

/** Indexes every HTML page under `dir` into `dir/pagefind/`; returns the number of pages indexed. */
export async function indexSearch(dir: string, log: BuildLog): Promise<number> {
  try {
    const { index } = assertPagefindResponse(await pagefind.createIndex({}), log, 'createIndex');
    const { page_count } = assertPagefindResponse(await index.addDirectory({ path: dir }), log, 'addDirectory');
    // A site without one indexed page has lost its data-pagefind-body markers: never ship that.
    if (page_count === 0) assertPagefindResponse({ errors: ['no page was indexed'] }, log, 'addDirectory');
    assertPagefindResponse(await index.writeFiles({ outputPath: join(dir, SEARCH_BUNDLE_DIR) }), log, 'writeFiles');
    return page_count;
  } finally {
    await pagefind.close();
  }
}

/** Pagefind's ready-made search UIs and highlighter; the site has its own search page, so they are never loaded. */
export const UNUSED_SEARCH_BUNDLE = /^pagefind-((component-|modular-)?ui|highlight)\./;

/** Deletes Pagefind's unused UI bundles (about 300 kB) from `dir/pagefind/`; returns the names removed. */
export function pruneSearchBundles(dir: string): string[] {
  const bundle = join(dir, SEARCH_BUNDLE_DIR);
  const unused = readdirSync(bundle).filter((file) => UNUSED_SEARCH_BUNDLE.test(file));
  for (const file of unused) rmSync(join(bundle, file));
  return unused;
}
