/**
 * Which files in a content or data folder are the editors' files: one rule for our reader
 * (read-files.ts) and for Astro's collections (content.config.ts uses `editorGlob`).
 */

/** What to do with one directory entry of a content or data folder. */
export type FileVerdict =
  | { kind: 'read' }
  /** Templates (`_…`), hidden files and office lock files (`~$…`, `.~lock…#`): never content. */
  | { kind: 'skip' }
  /** A file of this kind whose extension is written differently (`.MD`, `.yml`): reported. */
  | { kind: 'misnamed'; expected: string }
  /** Anything else (other kinds, notes, images): not ours to judge. */
  | { kind: 'other' };

const ALIASES: Record<string, string[]> = { yaml: ['yml'], md: ['markdown'], mdx: [], csv: [] };

/** Judges a file name in a folder whose files end in `.<ext>`. */
export function judgeFileName(name: string, ext: string): FileVerdict {
  if (name.startsWith('_') || name.startsWith('.') || name.startsWith('~$')) return { kind: 'skip' };
  const dot = name.lastIndexOf('.');
  if (dot <= 0) return { kind: 'other' };
  const actual = name.slice(dot + 1);
  if (actual === ext) return { kind: 'read' };
  const lower = actual.toLowerCase();
  if (lower === ext || (ALIASES[ext] ?? []).includes(lower)) return { kind: 'misnamed', expected: `${name.slice(0, dot)}.${ext}` };
  return { kind: 'other' };
}

/**
 * The glob pattern for Astro's loader that matches exactly what `judgeFileName` reads: files
 * directly in the folder (no subfolders), not starting with `_`, `.` or `~`, lower-case extension.
 */
export const editorGlob = (ext: string): string => `[!_.~]*.${ext}`;
