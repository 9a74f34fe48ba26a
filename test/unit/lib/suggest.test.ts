import { describe, expect, it } from 'vitest';
import { suggestQuery, suggestionWords } from '../../../src/lib/search/suggest';

describe('suggestionWords(texts)', () => {
  it('keeps words of four letters or more, once, in their first spelling, sorted', () => {
    expect(suggestionWords(['Sprache und Integration', 'integration, Kita-Plätze', 'Ämter'])).toEqual(['Ämter', 'Integration', 'Kita-Plätze', 'Sprache']);
  });

  it('does not mutate its input', () => {
    const texts = ['Zwei Wörter'];
    suggestionWords(texts);
    expect(texts).toEqual(['Zwei Wörter']);
  });
});

describe('suggestQuery(query, words)', () => {
  const words = ['Integration', 'Sprachkurs', 'Ehrenamt', 'Kindertagesstätte'];

  it.each([
    ['Integartion', 'Integration'],
    ['integratoin', 'Integration'],
    ['Sprachkurs Ehrenampt', 'Sprachkurs Ehrenamt'],
    ['  Sprachkrus ', 'Sprachkurs'],
  ])('%s → %s', (query, expected) => expect(suggestQuery(query, words)).toBe(expected));

  it.each([
    ['a known word', 'Integration'],
    ['a known word in other case', 'ehrenamt'],
    ['a short word', 'Kat'],
    ['a word far from every known one', 'Fahrrad'],
  ])('suggests nothing for %s', (_, query) => expect(suggestQuery(query, words)).toBeUndefined());
});
