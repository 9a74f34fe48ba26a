// Pages only render: their getStaticPaths hands each page its view as props (src/lib/project/views.ts),
// so no page reads route parameters or looks an entry up with a non-null assertion.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = new URL('../../../src/', import.meta.url).pathname;
const PATTERNS: ReadonlyArray<[string, RegExp]> = [
  ['reads Astro.params', /\bAstro\.params\b/],
  ['looks up with find(…)!', /\.find\([^;]*\)!/],
];

/** The lines of `text` that look things up instead of rendering props. */
function lookups(text: string): string[] {
  return text.split('\n').flatMap((line, i) => PATTERNS.filter(([, re]) => re.test(line)).map(([what]) => `${i + 1}: ${what}: ${line.trim()}`));
}

describe('pages render their props', () => {
  it('finds both kinds of look-up (the check below can fail)', () => {
    expect(lookups('const { id } = Astro.params;')).toHaveLength(1);
    expect(lookups('const s = sources.find((s) => s.id === id)!;')).toHaveLength(1);
    expect(lookups('const { source } = Astro.props as SourceView;')).toEqual([]);
  });

  it('no page or component reads route parameters or uses find(…)!', () => {
    const files = readdirSync(SRC, { recursive: true }).map(String).filter((f) => /^(pages|components)\/.*\.(astro|ts)$/.test(f));
    expect(files).toContain('pages/kapitel/[id].astro');
    expect(files.flatMap((f) => lookups(readFileSync(join(SRC, f), 'utf8')).map((l) => `src/${f}:${l}`))).toEqual([]);
  });
});
