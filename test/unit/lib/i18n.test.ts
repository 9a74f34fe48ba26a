import { describe, expect, it } from 'vitest';
import { alternatesOf, switcherTargets } from '../../../src/lib/i18n/languages';
import { ltrRuns, parseBlocks } from '../../../src/lib/i18n/blocks';
import { fill, formatDateIn } from '../../../src/lib/i18n/strings';

describe('alternatesOf(path, languages)', () => {
  it('pairs the German start page with every summary and x-default', () => {
    expect(alternatesOf('', ['en', 'ar'])).toEqual([
      { hreflang: 'de', path: '' },
      { hreflang: 'en', path: 'en' },
      { hreflang: 'ar', path: 'ar' },
      { hreflang: 'x-default', path: '' },
    ]);
  });
  it('gives the same cluster from a translated page and from the search pages', () => {
    expect(alternatesOf('/ar/', ['en', 'ar'])).toEqual(alternatesOf('', ['en', 'ar']));
    expect(alternatesOf('en/suche', ['en']).map((a) => a.path)).toEqual(['suche', 'en/suche', 'suche']);
  });
  it('gives none for German-only pages or without translations', () => {
    expect(alternatesOf('kapitel/einleitung', ['en'])).toEqual([]);
    expect(alternatesOf('', [])).toEqual([]);
  });
});

describe('switcherTargets(path, languages)', () => {
  it('keeps a German-only page for German and leads to the summaries otherwise', () => {
    expect(switcherTargets('kapitel/einleitung/', ['en', 'tr'])).toEqual([
      { hreflang: 'de', path: 'kapitel/einleitung' },
      { hreflang: 'en', path: 'en' },
      { hreflang: 'tr', path: 'tr' },
    ]);
  });
});

describe('parseBlocks(body, firstLine)', () => {
  it('splits keyed sections, paragraphs (lines kept) and lists with continuation lines', () => {
    const parsed = parseBlocks('Intro.\n\n## Title {#konzept}\nOne.\nTwo.\n\n- a\n  more\n- b\n## Plain\n', 5);
    expect(parsed.intro).toEqual([{ kind: 'p', lines: ['Intro.'] }]);
    expect(parsed.introLine).toBe(5);
    expect(parsed.sections).toEqual([
      { heading: 'Title', key: 'konzept', line: 7, blocks: [{ kind: 'p', lines: ['One.', 'Two.'] }, { kind: 'ul', items: ['a\nmore', 'b'] }] },
      { heading: 'Plain', line: 14, blocks: [] },
    ]);
  });
});

describe('ltrRuns(text)', () => {
  it('isolates numbers, percentages, dates and Latin names inside Arabic text', () => {
    expect(ltrRuns('جرى تقييم 98 استمارة في Kreis Kleve (79%).').filter((s) => s.ltr).map((s) => s.text)).toEqual(['98', 'Kreis Kleve (79%)']);
    expect(ltrRuns('من 19.06.–31.07.2018 سأل').filter((s) => s.ltr).map((s) => s.text)).toEqual(['19.06.–31.07.2018']);
    expect(ltrRuns('بلا أرقام')).toEqual([{ text: 'بلا أرقام', ltr: false }]);
  });
});

describe('formatDateIn(lang, iso) and fill(template, values)', () => {
  it.each([
    ['en', '26 November 2026'],
    ['tr', '26 Kasım 2026'],
    ['ar', '26 نوفمبر 2026'],
    ['ru', '26 ноября 2026 г.'],
  ] as const)('%s → %s (Latin digits in Arabic)', (lang, expected) => {
    expect(formatDateIn(lang, '2026-11-26')).toBe(expected);
  });
  it('fills named placeholders', () => {
    expect(fill('{n} results for “{q}”', { n: 3, q: 'x' })).toBe('3 results for “x”');
  });
});
