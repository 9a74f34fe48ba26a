// Pages only render: their getStaticPaths hands each page its view as props (src/lib/project/views.ts),
// pages without route parameters call one view function (src/lib/project/page-views.ts), and
// components get the slice they render. So no page reads route parameters or looks an entry up with
// a non-null assertion, no page or component selects, sorts, counts up or looks up project data
// itself, and no component takes the whole project.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = new URL('../../../src/', import.meta.url).pathname;
const PATTERNS: ReadonlyArray<[string, RegExp]> = [
  ['reads Astro.params', /\bAstro\.params\b/],
  ['looks up with find(…)!', /\.find\([^;]*\)!/],
];

/**
 * Array methods that select, reorder, aggregate or look up: that is a view's work, in src/lib.
 * `.map` (rendering a list), `.join` and `.length` stay allowed; so does calling a src/lib function.
 */
const DATA_LOGIC = /\.(filter|sort|toSorted|reduce|reduceRight|find|findLast|findIndex|findLastIndex|some|every)\(/;

/** The lines of `text` that look things up instead of rendering props. */
function lookups(text: string): string[] {
  return text.split('\n').flatMap((line, i) => PATTERNS.filter(([, re]) => re.test(line)).map(([what]) => `${i + 1}: ${what}: ${line.trim()}`));
}

/** The lines of `text` that call a data-shaping array method. */
function dataLogic(text: string): string[] {
  return text.split('\n').flatMap((line, i) => (DATA_LOGIC.test(line) ? [`${i + 1}: ${line.trim()}`] : []));
}

const files = readdirSync(SRC, { recursive: true }).map(String);
const pagesAndComponents = files.filter((f) => /^(pages|components)\/.*\.(astro|ts)$/.test(f));
/** Every .astro page and component and every endpoint (.ts) under pages/. */
const rendering = files.filter((f) => /^(pages|components)\/.*\.astro$/.test(f) || /^pages\/.*\.ts$/.test(f));
const read = (f: string) => readFileSync(join(SRC, f), 'utf8');

describe('pages render their props', () => {
  it('finds both kinds of look-up (the check below can fail)', () => {
    expect(lookups('const { id } = Astro.params;')).toHaveLength(1);
    expect(lookups('const s = sources.find((s) => s.id === id)!;')).toHaveLength(1);
    expect(lookups('const { source } = Astro.props as SourceView;')).toEqual([]);
  });

  it('no page or component reads route parameters or uses find(…)!', () => {
    expect(pagesAndComponents).toContain('pages/kapitel/[id].astro');
    expect(pagesAndComponents.flatMap((f) => lookups(read(f)).map((l) => `src/${f}:${l}`))).toEqual([]);
  });
});

describe('pages and components leave data logic to src/lib', () => {
  it('finds filtering, sorting, counting up and looking up (the check below can fail)', () => {
    expect(dataLogic('{actions.filter((a) => a.handlungsfelder.includes(f.id)).length} Maßnahmen')).toHaveLength(1);
    expect(dataLogic('const sorted = [...xs].sort((a, b) => a - b);')).toHaveLength(1);
    expect(dataLogic('const total = rows.reduce((s, r) => s + r.count, 0);')).toHaveLength(1);
    expect(dataLogic('const c = chapters.find((c) => c.id === id)?.titel;')).toHaveLength(1);
    expect(dataLogic('{ts.every((t) => t.verfahren === \'redaktionell\')}')).toHaveLength(1);
    expect(dataLogic('{cards.map(({ field, actions }) => <li>{field.titel}: {actions}</li>)}')).toEqual([]);
    expect(dataLogic('const view = homeView(validProject());')).toEqual([]);
  });

  it('no page, endpoint or component filters, sorts, reduces or searches an array itself', () => {
    expect(rendering).toEqual(expect.arrayContaining(['pages/index.astro', 'components/catalogue/FacetNav.astro', 'pages/aenderungen.xml.ts']));
    const found = rendering.flatMap((f) => dataLogic(read(f)).map((l) => `src/${f}:${l}`));
    expect(found).toEqual([]);
  });

  it('no component takes the whole project as a prop', () => {
    const components = files.filter((f) => /^components\/.*\.astro$/.test(f));
    const offenders = components.filter((f) => /import type \{[^}]*\bProject\b[^}]*\} from/.test(read(f)));
    expect(offenders).toEqual([]);
  });
});
