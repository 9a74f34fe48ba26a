/** A share as a person says it: "fast vier von fünf Befragten", "gut die Hälfte der Befragten". */
import type { Precision } from '../types';

interface Fraction {
  value: number;
  /** "die Hälfte" (genitive follows) or "vier von fünf" (dative plural follows). */
  words: string;
  of: 'der' | 'von';
  plural: boolean;
}

const NUMBERS = ['', 'einer', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun'];

// Simple fractions first: a half, thirds and quarters read easier than fifths and tenths.
const FRACTIONS: Fraction[] = [
  { value: 50, words: 'die Hälfte', of: 'der', plural: false },
  { value: 100 / 3, words: 'ein Drittel', of: 'der', plural: false },
  { value: 200 / 3, words: 'zwei Drittel', of: 'der', plural: true },
  { value: 25, words: 'ein Viertel', of: 'der', plural: false },
  { value: 75, words: 'drei Viertel', of: 'der', plural: true },
  ...[1, 2, 3, 4].map((k) => ({ value: k * 20, words: `${NUMBERS[k]} von fünf`, of: 'von' as const, plural: k > 1 })),
  ...[1, 3, 7, 9].map((k) => ({ value: k * 10, words: `${NUMBERS[k]} von zehn`, of: 'von' as const, plural: k > 1 })),
];

/** How a share is said, with the verb number it needs ("nennt" / "nennen"); undefined if no fraction is near. */
export interface ShareWords {
  text: string;
  plural: boolean;
}

/**
 * The share `percent` of `people` ("Befragten", dative/genitive plural) in words, capitalised:
 * 79 → "Fast vier von fünf Befragten", 51 → "Etwas mehr als die Hälfte der Befragten",
 * 67 → "Zwei Drittel der Befragten". A share more than 4 points from every simple fraction
 * gets no words (undefined); the caller then writes the number.
 */
export function shareInWords(percent: number, precision: Precision, people = 'Befragten'): ShareWords | undefined {
  if (percent === 100 && precision === '') return { text: `Alle ${people}`, plural: true };
  // The nearest fraction; on a tie the simpler one (FRACTIONS is ordered simple first).
  const near = FRACTIONS.reduce<Fraction | undefined>(
    (best, f) => (Math.abs(percent - f.value) <= 4 && (!best || Math.abs(percent - f.value) < Math.abs(percent - best.value) - 0.01) ? f : best),
    undefined,
  );
  if (!near) return undefined;
  const d = percent - near.value;
  let hedge = '';
  if (precision === 'etwa') hedge = 'etwa ';
  else if (precision === 'über' && d > -0.5) hedge = 'mehr als ';
  else if (precision === 'unter' && d < 0.5) hedge = 'weniger als ';
  else if (d <= -0.5) hedge = near.of === 'der' ? 'knapp ' : 'fast ';
  else if (d >= 0.5) hedge = d <= 2 || near.of === 'von' ? 'etwas mehr als ' : 'gut ';
  const text = `${hedge}${near.words} ${near.of === 'der' ? 'der ' : ''}${people}`;
  return { text: text.charAt(0).toLocaleUpperCase('de-DE') + text.slice(1), plural: near.plural };
}
