// npm run check: every content and data rule of the build, without building.
// Exit code 0 only when the build would pass; warnings are the editors' to-do list.
// Usage: tsx scripts/check.ts [root] [--release]   (--release: placeholders are errors, as in the release build)
import { report } from '../src/lib/errors/messages';
import { formatReport } from '../src/lib/errors/problem';
import { checkSite } from '../src/lib/check-site';
import { openCleanCache } from '../src/lib/project/clean-cache';

const args = process.argv.slice(2);
const root = args.find((a) => !a.startsWith('--')) ?? process.cwd();
const release = args.includes('--release') || process.env.RELEASE === '1';
// Chapters that compiled cleanly before are not compiled again (node_modules/.cache/kleve-check/).
const { project, problems } = checkSite(root, { release, cleanCache: openCleanCache(process.cwd()) });
const errors = problems.filter((p) => p.severity === 'error');
if (problems.length > 0) console.log(formatReport(problems));
if (errors.length > 0) {
  console.log(`\n${report.checkFailed}`);
  process.exit(1);
}
const { chapters, findings, fields, actions } = project;
console.log(report.checkPassed({ chapters: chapters.length, findings: findings.length, fields: fields.length, actions: actions.length }));
