// The 2018 report (the only source of the real content) and a tolerant "is this quote in it?".
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The folder with the report: ../shared/seed beside the clone (CI), or two levels up (worktrees). */
export function reportDir(root = resolve('.')): string {
  const candidates = [process.env.REPORT_DIR, join(root, '../shared/seed'), join(root, '../../shared/seed')].filter((d): d is string => !!d);
  const found = candidates.find((d) => existsSync(d));
  if (!found) throw new Error(`The report is missing: looked in ${candidates.join(', ')} (set REPORT_DIR).`);
  return found;
}

/** The report's whole text (every .txt file of the seed folder). */
export function reportText(dir = reportDir()): string {
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');
}

/**
 * Text reduced to what a quote must keep: lower case, without quotation marks, hyphens and white
 * space. So line breaks, hyphenation at line ends ("Integ-\nrations…"), double spaces and the kind
 * of quotation marks do not matter, while every letter, digit and punctuation mark still does.
 */
export function normalise(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[„“”‚‘’"'»«‹›]/g, '')
    .replace(/[-‐‑–]/g, '')
    .replace(/\s+/g, '');
}

/** Whether every part of a quote (split at "…" or "[…]") is in the report, in order. */
export function quoteIn(report: string, quote: string): boolean {
  const parts = quote.split(/\[?…\]?|\[\.\.\.\]|\.\.\./).map(normalise).filter(Boolean);
  let from = 0;
  for (const part of parts) {
    const at = report.indexOf(part, from);
    if (at < 0) return false;
    from = at + part.length;
  }
  return parts.length > 0;
}
