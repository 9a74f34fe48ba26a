/** Lists editor files of one kind by the shared file rule; file names must be valid ids. */
import { readdirSync, readFileSync, existsSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { decodeText, findUnreadable } from '../data/decode';
import { msg } from '../errors/messages';
import { problemAt, type Problem } from '../errors/problem';
import { ID_PATTERN } from '../content/schemas';
import { judgeFileName } from './file-rules';

export interface EditorFile {
  id: string;
  /** Path relative to the project root, with forward slashes. */
  file: string;
  bytes: Uint8Array;
}

/** True when a folder (at any depth) holds a file this reader would read. */
function holdsKind(dir: string, ext: string): boolean {
  return readdirSync(dir, { withFileTypes: true }).some((e: Dirent) =>
    e.isDirectory() ? holdsKind(join(dir, e.name), ext) : ['read', 'misnamed'].includes(judgeFileName(e.name, ext).kind));
}

/**
 * Reads every `*.<ext>` file directly in `dir` (relative to root), sorted by name; reports the rest.
 * `ownSubfolders` are read by another reader (data/kennzahlen/) and not reported.
 */
export function readEditorFiles(root: string, dir: string, ext: string, problems: Problem[], ownSubfolders: readonly string[] = []): EditorFile[] {
  const abs = join(root, dir);
  if (!existsSync(abs)) return [];
  const entries = readdirSync(abs, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
  const files: EditorFile[] = [];
  for (const entry of entries) {
    const file = `${dir}/${entry.name}`;
    if (entry.isDirectory()) {
      if (ownSubfolders.includes(entry.name)) continue;
      // A backup copy in kapitel/alt/ is not published; say so instead of reading it silently.
      if (!entry.name.startsWith('.') && holdsKind(join(abs, entry.name), ext)) problems.push(problemAt(`${file}/`, 0, 0, msg.subfolderIgnored(dir), 'warning'));
      continue;
    }
    const verdict = judgeFileName(entry.name, ext);
    if (verdict.kind === 'misnamed') problems.push(problemAt(file, 0, 0, msg.misnamedExtension(entry.name, verdict.expected)));
    if (verdict.kind !== 'read') continue;
    const id = entry.name.slice(0, -(ext.length + 1));
    if (!ID_PATTERN.test(id)) {
      problems.push(problemAt(file, 0, 0, msg.invalidFileName(entry.name)));
      continue;
    }
    files.push({ id, file, bytes: readFileSync(join(abs, entry.name)) });
  }
  return files;
}

/**
 * Decodes an editor's Markdown, MDX or YAML file: UTF-8, UTF-16 with BOM or Windows-1252 (with a
 * warning naming the editor option); characters that cannot be shown are an error.
 */
export function readText(file: string, bytes: Uint8Array, problems: Problem[]): string {
  const { text, encoding } = decodeText(bytes);
  if (encoding === 'windows-1252') problems.push(problemAt(file, 0, 0, msg.textReadAsWindows1252(), 'warning'));
  if (encoding === 'utf-16le' || encoding === 'utf-16be') problems.push(problemAt(file, 0, 0, msg.readAsUtf16(), 'warning'));
  const bad = findUnreadable(text);
  if (bad) problems.push(problemAt(file, bad.line, bad.column, msg.unreadableCharacter(bad.code)));
  return text;
}
