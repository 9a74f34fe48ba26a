import { report } from './messages';

/** A problem found in an editor's file, with its position and a German hint. */
export interface Problem {
  /** Path relative to the project root, with forward slashes (e.g. data/x.csv). */
  file: string;
  /** 1-based line; 0 when the problem concerns the whole file. */
  line: number;
  /** 1-based column; 0 when unknown. */
  column: number;
  /** What is wrong, in German. */
  message: string;
  /** How to fix it, in German, as an imperative. */
  hint: string;
  severity: 'error' | 'warning';
  /** A legal duty (Impressum, Datenschutz, Barrierefreiheit): listed before every other warning. */
  legal?: boolean;
}

/** A message and its hint, before a position is attached. */
export interface Message {
  message: string;
  hint: string;
}

/** Attaches file and position to a message. */
export function problemAt(
  file: string,
  line: number,
  column: number,
  msg: Message,
  severity: Problem['severity'] = 'error',
): Problem {
  return { file, line, column, ...msg, severity };
}

/** Formats one problem as `datei:zeile:spalte – Meldung` plus an indented hint line. */
export function formatProblem(p: Problem): string {
  const position = p.line > 0 ? `${p.file}:${p.line}${p.column > 0 ? `:${p.column}` : ''}` : p.file;
  const label = p.severity === 'warning' ? report.warningLabel : '';
  return `${position} – ${label}${p.message}\n    → ${p.hint}`;
}

/** Sorts problems: legal duties first, then by file, line and column so reports read top to bottom. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => Number(b.legal === true) - Number(a.legal === true) || a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column,
  );
}

/** Formats a whole report: errors first, then warnings, with a German count line. */
export function formatReport(problems: readonly Problem[]): string {
  const errors = sortProblems(problems.filter((p) => p.severity === 'error'));
  const warnings = sortProblems(problems.filter((p) => p.severity === 'warning'));
  const parts: string[] = [];
  if (errors.length > 0) {
    parts.push(
      report.errorHeading(errors.length),
      ...errors.map(formatProblem),
    );
  }
  if (warnings.length > 0) {
    parts.push(
      report.warningHeading(warnings.length),
      ...warnings.map(formatProblem),
    );
  }
  return parts.join('\n');
}
