import { describe, expect, it } from 'vitest';
import { searchKeywords } from '../../../src/lib/search/keywords';

const terms = {
  synonyme: [
    ['Kita', 'Kindertagesstätte'],
    ['KI', 'Kommunales Integrationszentrum'],
    ['DaZ', 'Deutsch als Zweitsprache'],
  ],
  grundwoerter: ['Kurs', 'Behörde'],
};

describe('searchKeywords(own, text, terms)', () => {
  it('keeps own keywords, sorted and without duplicates', () => {
    expect(searchKeywords(['Sprache', 'sprache', 'Arbeit'], '', terms)).toEqual(['Arbeit', 'Sprache']);
  });

  it('adds a synonym group when the text holds a word of it or a compound starting with it', () => {
    expect(searchKeywords([], 'Es fehlen Kitaplätze.', terms)).toEqual(['Kindertagesstätte', 'Kita']);
    expect(searchKeywords([], 'Kindertagesstätten beantworteten', terms)).toEqual(['Kindertagesstätte', 'Kita']);
    expect(searchKeywords([], 'Curriculum Deutsch als Zweitsprache', terms)).toEqual(['DaZ', 'Deutsch als Zweitsprache']);
  });

  it('matches short synonyms only as whole words', () => {
    expect(searchKeywords([], 'Kinder und Kirchengemeinden', terms)).toEqual([]);
    expect(searchKeywords([], 'das KI im Aufbau', terms)).toEqual(['KI', 'Kommunales Integrationszentrum']);
  });

  it('adds the head word of compounds (singular and plural), not for the word itself', () => {
    expect(searchKeywords([], 'wohnortnahe Sprachkurse und Ausländerbehörden', terms)).toEqual(['Behörde', 'Kurs']);
    expect(searchKeywords([], 'ein Kurs', terms)).toEqual([]);
  });
});
