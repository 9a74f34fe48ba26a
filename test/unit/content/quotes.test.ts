// Every text the site shows in quotation marks as the report's words is in the report: question
// wordings, the CSV column "Aussage im Bericht", section names, quotes in chapters, fields, actions
// and sources, and quoted text in components and pages. Compared with ../shared/seed, ignoring line
// breaks, hyphenation at line ends, white space, case and the kind of quotation marks.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProject } from '../../../src/lib/project/load-project';
import { normalise, quoteIn, reportText } from '../../helpers/report';

const report = normalise(reportText());
const { project } = loadProject('.');

/** Quotes in „…“ in a text. */
const quotesIn = (text: string): string[] => [...text.matchAll(/„([^„“]+)“/g)].map((m) => m[1]!.trim());

function filesUnder(dir: string, ext: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path, ext);
    return ext.test(name) && !name.startsWith('_') ? [path] : [];
  });
}

/** Content text as readers see it: no YAML comments, no editorial notes (<Redaktion>), no code. */
function readerText(file: string): string {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => !/^\s*#(?!#)/.test(line) || file.endsWith('.mdx') || file.endsWith('.md'))
    .join('\n')
    .replace(/<Redaktion>[\s\S]*?<\/Redaktion>/g, '')
    .replace(/`[^`]*`/g, '');
}

/** Quoted texts that name something of this site, not the report's words (each with its reason). */
const NOT_REPORT_WORDS = new Map<string, string>([
  ['Differenz zu 100', 'a value of the CSV column „Herkunft“, explained where it is quoted'],
  ['Bericht', 'a value of the CSV column „Herkunft“'],
]);

function missing(entries: Array<[where: string, quote: string]>): string[] {
  return entries.filter(([, q]) => !NOT_REPORT_WORDS.has(q) && !quoteIn(report, q)).map(([where, q]) => `${where}: „${q}“`);
}

describe('quotes against the report', () => {
  it('finds the report and reads some of its words', () => {
    expect(quoteIn(report, 'Die Befragung wurde nicht als repräsentative Umfrage angelegt.')).toBe(true);
    expect(quoteIn(report, 'Integrationszentrums')).toBe(true); // hyphenated at a line end in the report
    expect(quoteIn(report, 'Die Befragung wurde als repräsentative Umfrage angelegt.')).toBe(false);
  });

  it('question wordings (frage) are verbatim', () => {
    expect(missing(project.findings.filter((f) => f.quelle === 'bericht-2018' && f.frage).map((f) => [f.file, f.frage!]))).toEqual([]);
  });

  it('the CSV column „Aussage im Bericht“ and section names hold the report\'s words', () => {
    const fromReport = project.findings.filter((f) => f.quelle === 'bericht-2018');
    const statements = fromReport.flatMap((f) => f.rows.filter((r) => r.aussage).map((r): [string, string] => [`data/${f.datensatz}.csv:${r.line}`, r.aussage]));
    const sections = fromReport.flatMap((f) => [[f.file, f.abschnitt] as [string, string], ...f.rows.map((r): [string, string] => [`data/${f.datensatz}.csv:${r.line}`, r.abschnitt])]);
    expect(statements.length).toBeGreaterThan(10);
    expect(missing(statements)).toEqual([]);
    expect(missing(sections)).toEqual([]);
  });

  it('quotes in chapters, fields, actions and sources are in the report', () => {
    const files = filesUnder('src/content', /\.(mdx?|ya?ml)$/).filter((f) => !/einstellungen|suchbegriffe/.test(f));
    const entries = files.flatMap((f) => quotesIn(readerText(f)).map((q): [string, string] => [f, q]));
    expect(entries.length).toBeGreaterThan(20);
    expect(missing(entries)).toEqual([]);
  });

  it('quoted text written into components, pages and the text-making code is in the report', () => {
    // Editor messages (src/lib/errors, src/lib/content) quote field names and values, not the report.
    const dirs = ['src/components', 'src/pages', 'src/lib/charts', 'src/lib/project', 'src/lib/sources', 'src/lib/data'];
    const code = (f: string) => readFileSync(f, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
    const files = dirs.flatMap((d) => filesUnder(d, /\.(astro|ts)$/));
    const entries = files.flatMap((f) => quotesIn(code(f)).filter((q) => !/[{}$]/.test(q)).map((q): [string, string] => [f, q]));
    expect(missing(entries)).toEqual([]);
  });
});
