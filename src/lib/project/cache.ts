/** The validated project, read once per build and shared by every consumer in the process. */
import { resolve } from 'node:path';
import { openCleanCache } from './clean-cache';
import { loadProject, type LoadResult } from './load-project';

// On globalThis, not in a module variable: Astro loads this module once for the config and its
// integrations and again inside Vite's module graph for content loaders and pages.
const KEY = Symbol.for('integrationskonzept.project-cache');
type Cache = Map<string, LoadResult>;
const cache = (): Cache => ((globalThis as Record<symbol, Cache>)[KEY] ??= new Map());

/** loadProject(root), computed once until invalidateProject(root) is called. */
export function loadProjectCached(root: string): LoadResult {
  // One key per folder: Astro's config.root ends in "/", process.cwd() does not.
  const key = resolve(root);
  let result = cache().get(key);
  if (!result) {
    result = loadProject(key, { cleanCache: openCleanCache(process.cwd()) });
    cache().set(key, result);
  }
  return result;
}

/** Forgets the cached project of `root` (the dev server calls this when an editor saves a file). */
export function invalidateProject(root: string): void {
  cache().delete(resolve(root));
}
