/** Wraps long German labels onto lines instead of cutting them. */
import { syllables } from '../text/hyphenate';

// Breakable whitespace: every whitespace except the no-break spaces in "etwa 80 %".
const SPACE = '[^\\S\\u00a0\\u202f]';
// Break opportunities: after a space, or after a hyphen or slash that ends a word part
// ("Praktikums-|und", "Sprach-|und"), but not before a comma or bracket ("Kultur-, Sport-", "(Schul-)").
const BREAK = new RegExp(`(?<=${SPACE})|(?<=[-/](?![\\s,;.)\\]]))`);
const SPACES = new RegExp(`${SPACE}+`, 'g');

/** The hyphen drawn where a word is broken (SVG text has no soft hyphens of its own). */
export const WRAP_HYPHEN = '-';

/**
 * Splits text into lines of at most `max` characters at spaces or after hyphens and slashes.
 * Runs of breakable whitespace become one space; no-break spaces stay and never break. A word
 * longer than a line is hyphenated at German syllable points (the patterns of the site's
 * build-time hyphenation), filling the line it starts on, with a visible hyphen at each break;
 * a syllable longer than a line, or a word without syllable points, stays whole (never cut,
 * never an ellipsis). Always returns at least one line.
 */
export function wrapLabel(text: string, max: number): string[] {
  const tokens = text.replace(SPACES, ' ').trim().split(BREAK);
  const lines: string[] = [];
  let current = '';
  for (const token of tokens) {
    if ((current + token).trimEnd().length <= max) current += token;
    else if (token.trimEnd().length > max) current = hyphenateInto(token, current, max, lines);
    else {
      if (current !== '') lines.push(current.trimEnd());
      current = token.trimStart();
    }
  }
  if (current.trim() !== '') lines.push(current.trimEnd());
  return lines.length > 0 ? lines : [''];
}

/**
 * Places a word longer than a line: as many syllables as fit (with the hyphen) after `current`,
 * then whole lines of syllables; pushes full lines to `lines` and returns the unfinished last one.
 */
function hyphenateInto(token: string, current: string, max: number, lines: string[]): string {
  const space = token.slice(token.trimEnd().length);
  let rest = syllables(token.trimEnd());
  let line = current;
  while (rest.length > 0) {
    let k = 0;
    while (k < rest.length && (line + rest.slice(0, k + 1).join('') + (k + 1 < rest.length ? WRAP_HYPHEN : '')).length <= max) k++;
    if (k === 0 && line.trim() === '') k = 1; // a syllable longer than a line stays whole
    if (k === rest.length) return line + rest.join('') + space;
    if (k === 0) {
      lines.push(line.trimEnd());
      line = '';
      continue;
    }
    lines.push(line + rest.slice(0, k).join('') + WRAP_HYPHEN);
    line = '';
    rest = rest.slice(k);
  }
  return line;
}
