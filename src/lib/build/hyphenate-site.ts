/** Build step: typography (no-break spaces, soft hyphens) for every built page, after the search index (so the index stays clean). */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { hyphenateHtml } from '../text/hyphenate-html';

/** Every .html file under `dir`. */
function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name));
}

/** Typesets the pages under `dir` in place (hyphenateHtml); returns how many changed. */
export function hyphenateSite(dir: string): number {
  let changed = 0;
  for (const file of htmlFiles(dir)) {
    const html = readFileSync(file, 'utf8');
    const out = hyphenateHtml(html);
    if (out !== html) {
      writeFileSync(file, out);
      changed++;
    }
  }
  return changed;
}
