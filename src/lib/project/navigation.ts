/** Reading order helpers. */

/** The chapters before and after `id` in reading order. */
export function chapterNeighbours<T extends { id: string }>(
  chapters: readonly T[],
  id: string,
): { previous: T | undefined; next: T | undefined } {
  const i = chapters.findIndex((c) => c.id === id);
  return { previous: i > 0 ? chapters[i - 1] : undefined, next: i >= 0 ? chapters[i + 1] : undefined };
}
