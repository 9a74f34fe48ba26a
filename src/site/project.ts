// Glue between Astro and src/lib: the validated project, read once per build (and again in the
// dev server after an editor saves a file: src/integrations/site-build.ts invalidates the cache).
import { AstroError } from 'astro/errors';
import { report } from '../lib/errors/messages';
import { formatReport } from '../lib/errors/problem';
import { loadProjectCached } from '../lib/project/cache';
import type { Project } from '../lib/project/model';

/** The validated project; throws one AstroError listing every problem of every file. */
export function validProject(): Project {
  const { project, problems } = loadProjectCached(process.cwd());
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) {
    // The dev server logs the German report first (the overlay follows with Astro's frame).
    if (import.meta.env.DEV) console.error(`\n${report.buildStopped(formatReport(problems)).message}\n`);
    const { message, hint } = report.buildStopped(formatReport(errors));
    throw new AstroError(message, hint);
  }
  return project;
}
