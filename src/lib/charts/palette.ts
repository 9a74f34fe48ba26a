/** Chart colours and the WCAG contrast arithmetic they are tested with. */

/**
 * Colours as presentation attributes (CSS classes override them for print and forced colours).
 * Every mark has at least 3:1 against white (WCAG 1.4.11), text at least 4.5:1. Series that touch
 * (first and second group, neighbouring bands) alternate dark and mid tones so they also reach
 * 3:1 against each other; the second group is hatched as well, so it survives black-and-white print.
 */
export const PALETTE = {
  /** First group / the share itself: dark blue. */
  bar: '#0a2f4f',
  /** Second group: orange, drawn as stripes with an outline. */
  bar2: '#d0640b',
  /** Complement ("Differenz zu 100") and other rest: grey stripes with an outline. */
  rest: '#595959',
  /** Background track showing the whole (decoration, not needed to read a value). */
  track: '#ececec',
  axis: '#4a4a4a',
  text: '#1b1b1b',
  muted: '#4a4a4a',
  inverse: '#ffffff',
  background: '#ffffff',
  /** The report's bands "unter 2", "2 bis 2,4", "2,5 bis 2,9", "mehr als 3": dark, mid, dark, mid. */
  bands: ['#3b1c5a', '#d0640b', '#0a2f4f', '#2a8a8c'],
} as const;

/** WCAG 2 relative luminance of a "#rrggbb" colour. */
export function relativeLuminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** WCAG 2 contrast ratio of two "#rrggbb" colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
