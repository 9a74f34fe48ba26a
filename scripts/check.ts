// npm run check: every content and data rule of the build, without building.
// Exit code 0 only when the build would pass; warnings are the editors' to-do list.
import { formatReport } from '../src/lib/errors/problem';
import { loadProject } from '../src/lib/project/load-project';

const root = process.argv[2] ?? process.cwd();
const { project, problems } = loadProject(root);
const errors = problems.filter((p) => p.severity === 'error');
if (problems.length > 0) console.log(formatReport(problems));
if (errors.length > 0) {
  console.log('\nPrüfung fehlgeschlagen: Die Seite würde so nicht gebaut. Die Fehler oben beheben.');
  process.exit(1);
}
console.log(
  `Prüfung bestanden: ${project.chapters.length} Kapitel, ${project.findings.length} Befunde, ` +
    `${project.fields.length} Handlungsfelder, ${project.actions.length} Maßnahmen.`,
);
