/** Wraps long German labels onto lines instead of cutting them. */

// Breakable whitespace: every whitespace except the no-break spaces in "etwa 80 %".
const SPACE = '[^\\S\\u00a0\\u202f]';
// Break opportunities: after a space, or after a hyphen or slash that ends a word part
// ("Praktikums-|und", "Sprach-|und"), but not before a comma or bracket ("Kultur-, Sport-", "(Schul-)").
const BREAK = new RegExp(`(?<=${SPACE})|(?<=[-/](?![\\s,;.)\\]]))`);
const SPACES = new RegExp(`${SPACE}+`, 'g');

/**
 * Splits text into lines of at most `max` characters at spaces or after hyphens and slashes.
 * Runs of breakable whitespace become one space; no-break spaces stay and never break. A single
 * word longer than `max` stays whole on its own line (never cut, never an ellipsis). Always
 * returns at least one line.
 */
export function wrapLabel(text: string, max: number): string[] {
  const tokens = text.replace(SPACES, ' ').trim().split(BREAK);
  const lines: string[] = [];
  let current = '';
  for (const token of tokens) {
    if (current !== '' && (current + token).trimEnd().length > max) {
      lines.push(current.trimEnd());
      current = token.trimStart();
    } else current += token;
  }
  if (current.trim() !== '') lines.push(current.trimEnd());
  return lines.length > 0 ? lines : [''];
}
