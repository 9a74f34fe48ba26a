/** Figure numbers shared by the website and the PDF: "Abbildung N" means the same chart everywhere. */
import type { Project } from './model';

const computed = new WeakMap<Project['chapters'], Map<string, number>>();

/** Finding id → figure number (1, 2, …) in report order: chapters in order, embeds in their order. */
export function figureNumbers(project: Pick<Project, 'chapters'>): ReadonlyMap<string, number> {
  // Once per list of chapters: every embedded finding asks (1,000 chapters made this 1,000 × 1,000 steps).
  let numbers = computed.get(project.chapters);
  if (!numbers) {
    numbers = new Map();
    for (const id of project.chapters.flatMap((c) => c.befunde)) if (!numbers.has(id)) numbers.set(id, numbers.size + 1);
    computed.set(project.chapters, numbers);
  }
  return numbers;
}

/** "Abbildung 3": the label of a figure number, as the website and the PDF print it. */
export const figureLabel = (n: number): string => `Abbildung ${n}`;
