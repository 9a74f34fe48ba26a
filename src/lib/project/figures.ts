/** Figure numbers shared by the website and the PDF: "Abbildung N" means the same chart everywhere. */
import type { Project } from './model';

/** Finding id → figure number (1, 2, …) in report order: chapters in order, embeds in their order. */
export function figureNumbers(project: Pick<Project, 'chapters'>): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const id of project.chapters.flatMap((c) => c.befunde)) if (!numbers.has(id)) numbers.set(id, numbers.size + 1);
  return numbers;
}

/** "Abbildung 3": the label of a figure number, as the website and the PDF print it. */
export const figureLabel = (n: number): string => `Abbildung ${n}`;
