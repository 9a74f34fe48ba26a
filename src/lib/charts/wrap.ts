/** Wraps long German labels onto lines instead of cutting them. */

/**
 * Splits text into lines of at most `max` characters at spaces or after hyphens and slashes;
 * a single word longer than `max` stays whole on its own line (never cut).
 */
export function wrapLabel(text: string, max: number): string[] {
  const tokens = text.trim().split(/(?<=[\s\-/])/).map((t) => t);
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
