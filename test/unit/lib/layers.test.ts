// The folders of src/lib form layers: no two folders import each other, directly or in a cycle.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const LIB = new URL('../../../src/lib/', import.meta.url).pathname;

/** Folder (or top-level file) → the folders and top-level files its files import. */
function importGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const entry of readdirSync(LIB)) {
    const node = entry.replace(/\.ts$/, '');
    const files = statSync(join(LIB, entry)).isDirectory()
      ? readdirSync(join(LIB, entry), { recursive: true }).map(String).filter((f) => f.endsWith('.ts')).map((f) => join(LIB, entry, f))
      : [join(LIB, entry)];
    const deps = new Set<string>();
    for (const file of files) {
      const depth = file.slice(LIB.length).split('/').length - 1;
      for (const [, spec] of readFileSync(file, 'utf8').matchAll(/from '(\.[^']+)'/g)) {
        const parts = join(entry.endsWith('.ts') ? '' : entry, ...Array(Math.max(0, depth - 1)).fill('x'), spec!).split('/');
        const target = parts[0]!.replace(/\.ts$/, '');
        if (target !== node && target !== '..') deps.add(target);
      }
    }
    graph.set(node, deps);
  }
  return graph;
}

/** Every cycle's path, found by depth-first search. */
function cycles(graph: Map<string, Set<string>>): string[][] {
  const found: string[][] = [];
  const visit = (node: string, path: string[]) => {
    for (const next of graph.get(node) ?? []) {
      if (next === path[0]) found.push([...path, next]);
      else if (!path.includes(next) && next > path[0]!) visit(next, [...path, next]);
    }
  };
  for (const node of graph.keys()) visit(node, [node]);
  return found;
}

describe('layers of src/lib', () => {
  it('finds the imports between folders', () => {
    const graph = importGraph();
    expect(graph.get('project')).toContain('data');
    expect(graph.get('charts')).toContain('types');
  });

  it('has no cycle between folders', () => {
    expect(cycles(importGraph()).map((c) => c.join(' → '))).toEqual([]);
  });

  it('cycles() sees a cycle of two and of three', () => {
    const g = new Map([['a', new Set(['b'])], ['b', new Set(['c'])], ['c', new Set(['a'])], ['d', new Set(['e'])], ['e', new Set(['d'])]]);
    expect(cycles(g).map((c) => c.join(' → '))).toEqual(['a → b → c → a', 'd → e → d']);
  });
});
