import { describe, expect, it } from 'vitest';
import { BANDS } from '../../../src/lib/charts/layout-scale';
import { PALETTE, contrastRatio, relativeLuminance } from '../../../src/lib/charts/palette';

const WHITE = '#ffffff';

describe('relativeLuminance(hex) and contrastRatio(a, b)', () => {
  it('follow WCAG 2: white 1, black 0, black on white 21:1, order-independent', () => {
    expect(relativeLuminance('#ffffff')).toBeCloseTo(1, 5);
    expect(relativeLuminance('#000000')).toBe(0);
    expect(contrastRatio('#000000', WHITE)).toBeCloseTo(21, 5);
    expect(contrastRatio('#767676', WHITE)).toBeCloseTo(4.54, 2);
    expect(contrastRatio(WHITE, '#767676')).toBe(contrastRatio('#767676', WHITE));
  });
});

describe('palette', () => {
  const marks: Array<[string, string]> = [
    ['bar (first group, share)', PALETTE.bar], ['bar2 (second group)', PALETTE.bar2], ['rest (complement)', PALETTE.rest],
    ['axis', PALETTE.axis], ...PALETTE.bands.map((c, i): [string, string] => [`band „${BANDS[i]}“`, c]),
  ];
  it.each(marks)('%s has at least 3:1 against white', (_name, colour) => {
    expect(contrastRatio(colour, WHITE)).toBeGreaterThanOrEqual(3);
  });

  it('has at least 3:1 between the two groups (adjacent series)', () => {
    expect(contrastRatio(PALETTE.bar, PALETTE.bar2)).toBeGreaterThanOrEqual(3);
  });

  it.each([0, 1, 2])('has at least 3:1 between neighbouring bands %d and %d+1', (i) => {
    expect(contrastRatio(PALETTE.bands[i]!, PALETTE.bands[i + 1]!)).toBeGreaterThanOrEqual(3);
  });

  it('has at least 4.5:1 for text', () => {
    for (const c of [PALETTE.text, PALETTE.muted, PALETTE.bar]) expect(contrastRatio(c, WHITE)).toBeGreaterThanOrEqual(4.5);
    // Values are written on the light track behind bars.
    expect(contrastRatio(PALETTE.text, PALETTE.track)).toBeGreaterThanOrEqual(4.5);
  });
});
