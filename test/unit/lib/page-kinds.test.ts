import { describe, expect, it } from 'vitest';
import { PAGE_KINDS, PAGE_KIND_ORDER, catalogueCrumb, cataloguePath, pagePath } from '../../../src/lib/page-kinds';

describe('page kinds', () => {
  it('pagePath(kind, id) and cataloguePath(kind) share the kind’s segment', () => {
    expect(pagePath('action', 'sprachkurse')).toBe('massnahmen/sprachkurse');
    expect(cataloguePath('chapter')).toBe('kapitel');
    expect(catalogueCrumb('finding')).toEqual({ path: 'befunde', label: 'Befunde' });
  });
  it('gives every kind its own label and segment, and lists every kind once in order', () => {
    const kinds = Object.values(PAGE_KINDS);
    expect(new Set(kinds.map((k) => k.label)).size).toBe(kinds.length);
    expect(new Set(kinds.map((k) => k.segment)).size).toBe(kinds.length);
    expect([...PAGE_KIND_ORDER].sort()).toEqual(Object.keys(PAGE_KINDS).sort());
  });
});
