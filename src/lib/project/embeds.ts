/** Finds the components an MDX chapter uses, with their positions. */
import { msg } from '../errors/messages';
import { problemAt, type Problem } from '../errors/problem';
import { MDX_COMPONENTS } from './model';

export interface Embed {
  id: string;
  line: number;
  column: number;
}

/** Returns `<Befund id="…" />` embeds in order; reports unknown components and tags without id. */
export function findEmbeds(file: string, body: string, bodyLine: number, problems: Problem[]): Embed[] {
  const lineStarts = [0];
  for (let i = 0; i < body.length; i++) if (body[i] === '\n') lineStarts.push(i + 1);
  const pos = (offset: number) => {
    let l = 0;
    while (l + 1 < lineStarts.length && lineStarts[l + 1]! <= offset) l++;
    return { line: bodyLine + l, column: offset - lineStarts[l]! + 1 };
  };
  const embeds: Embed[] = [];
  for (const m of body.matchAll(/<([A-Z][A-Za-z0-9]*)\b([^>]*)>/g)) {
    const [, name, attrs] = m;
    const at = pos(m.index);
    if (!(MDX_COMPONENTS as readonly string[]).includes(name!)) {
      problems.push(problemAt(file, at.line, at.column, msg.unknownComponent(name!, MDX_COMPONENTS)));
      continue;
    }
    if (name !== 'Befund') continue;
    const id = /\bid\s*=\s*["']([^"']*)["']/.exec(attrs!)?.[1];
    if (!id) problems.push(problemAt(file, at.line, at.column, msg.findingTagWithoutId()));
    else embeds.push({ id, ...at });
  }
  return embeds;
}
