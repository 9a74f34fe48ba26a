/** Lists editor files of one kind; file names must be valid ids. */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { msg } from '../errors/messages';
import { problemAt, type Problem } from '../errors/problem';
import { ID_PATTERN } from '../content/schemas';

export interface EditorFile {
  id: string;
  /** Path relative to the project root, with forward slashes. */
  file: string;
  bytes: Uint8Array;
}

/** Reads every `*.<ext>` file in `dir` (relative to root), sorted by name. */
export function readEditorFiles(root: string, dir: string, ext: string, problems: Problem[]): EditorFile[] {
  const abs = join(root, dir);
  if (!existsSync(abs)) return [];
  return readdirSync(abs)
    .filter((name) => name.endsWith(`.${ext}`) && !name.startsWith('_'))
    .sort()
    .flatMap((name) => {
      const id = name.slice(0, -(ext.length + 1));
      const file = `${dir}/${name}`;
      if (!ID_PATTERN.test(id)) {
        problems.push(problemAt(file, 0, 0, msg.invalidFileName(name)));
        return [];
      }
      return [{ id, file, bytes: readFileSync(join(abs, name)) }];
    });
}

/** Decodes a text file as UTF-8 (editor files other than CSV must be UTF-8). */
export function asText(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes);
}
