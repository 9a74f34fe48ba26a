// Reviewable SVG snapshots (the idea of Observable Plot's test/plot-snapshot.js): numbers rounded,
// one element per line, and on a mismatch a `<name>-changed.svg` beside the snapshot to open and
// compare.
import { existsSync, unlinkSync, writeFileSync } from 'node:fs';
import { expect } from 'vitest';

const TOKEN = /<\?[^>]*\?>|<!--[\s\S]*?-->|<\/[^>]+>|<[^>]+\/>|<[^>]+>|[^<]+/g;

/** Rounds every number with more than 3 decimals to 3 (layout rounds already; this catches drift). */
export const roundNumbers = (text: string): string => text.replace(/\d+\.\d{4,}/g, (d) => String(+(+d).toFixed(3)));

/** One element per line, indented by depth; an element holding only text stays on one line. */
export function prettySvg(svg: string): string {
  const tokens = svg.match(TOKEN) ?? [];
  const lines: string[] = [];
  let depth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const pad = '  '.repeat(depth);
    if (token.startsWith('</')) {
      depth = Math.max(0, depth - 1);
      lines.push('  '.repeat(depth) + token);
    } else if (token.startsWith('<?') || token.startsWith('<!--') || token.endsWith('/>')) {
      lines.push(pad + token);
    } else if (token.startsWith('<')) {
      const [text, close] = [tokens[i + 1], tokens[i + 2]];
      if (text !== undefined && !text.startsWith('<') && close?.startsWith('</')) {
        lines.push(pad + token + text + close);
        i += 2;
      } else if (close !== undefined && text?.startsWith('</')) {
        lines.push(pad + token + text);
        i += 1;
      } else {
        lines.push(pad + token);
        depth++;
      }
    } else if (token.trim() !== '') {
      lines.push(pad + token.trim());
    }
  }
  return `${lines.join('\n')}\n`;
}

/** The normalised form that is committed: rounded, pretty-printed. */
export const normalizeSvg = (svg: string): string => prettySvg(roundNumbers(svg));

/** Compares `svg` with the snapshot file at `path`; writes `<path>-changed.svg` when they differ. */
export async function expectSvgSnapshot(svg: string, path: string): Promise<void> {
  const actual = normalizeSvg(svg);
  const changed = path.replace(/\.svg$/, '-changed.svg');
  try {
    await expect(actual).toMatchFileSnapshot(path);
  } catch (error) {
    writeFileSync(changed, actual);
    throw error;
  }
  if (process.env.CI !== 'true' && existsSync(changed)) unlinkSync(changed);
}
