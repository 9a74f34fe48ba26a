/** Wraps long German labels onto lines instead of cutting them. */

// Break opportunities: after a space, or after a hyphen or slash that ends a word part
// ("Praktikums-|und", "Sprach-|und"), but not before a comma or bracket ("Kultur-, Sport-", "(Schul-)").
const BREAK = /(?<=\s)|(?<=[-/](?![\s,;.)\]]))/;

/**
 * Splits text into lines of at most `max` characters at spaces or after hyphens and slashes.
 * Whitespace runs become one space; a single word longer than `max` stays whole on its own line
 * (never cut, never an ellipsis). Always returns at least one line.
 */
export function wrapLabel(text: string, max: number): string[] {
  const tokens = text.replace(/\s+/g, ' ').trim().split(BREAK);
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
