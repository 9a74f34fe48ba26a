// Glue between Astro and src/lib: loads the validated project once per build.
import { AstroError } from 'astro/errors';
import { formatReport } from '../lib/errors/problem';
import { loadProject } from '../lib/project/load-project';
import type { Project } from '../lib/project/model';

let cached: Project | undefined;

/** The validated project; throws one AstroError listing every problem of every file. */
export function validProject(): Project {
  // In the dev server, editors change files while it runs: validate anew each time.
  if (cached && import.meta.env.PROD) return cached;
  const { project, problems } = loadProject(process.cwd());
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) {
    throw new AstroError(
      `Die Seite wurde nicht gebaut.\n${formatReport(errors)}`,
      'Jede Meldung nennt Datei:Zeile:Spalte. Alle Fehler beheben und erneut bauen; „npm run check“ prüft ohne zu bauen. Erklärungen: docs/redaktion.md.',
    );
  }
  cached = project;
  return project;
}
