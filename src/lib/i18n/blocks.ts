/**
 * A small, safe Markdown subset for translations and Leichte Sprache: `## headings` (optionally
 * with a `{#key}`), paragraphs (each line kept as its own line) and `-` lists. Plain text only.
 */

export type Block = { kind: 'p'; lines: string[] } | { kind: 'ul'; items: string[] };

export interface Section {
  heading: string;
  /** The `{#key}` of the heading, if any. */
  key?: string;
  /** 1-based line of the heading in the file. */
  line: number;
  blocks: Block[];
}

export interface ParsedBody {
  /** Blocks before the first heading, with the line of the first one. */
  intro: Block[];
  introLine: number;
  sections: Section[];
}

const HEADING = /^##\s+(.+?)\s*(?:\{#([a-z0-9-]+)\})?\s*$/;
const ITEM = /^\s*[-*]\s+(.*)$/;

/** Parses a body that starts at line `firstLine` of its file. */
export function parseBlocks(body: string, firstLine = 1): ParsedBody {
  const result: ParsedBody = { intro: [], introLine: 0, sections: [] };
  let blocks = result.intro;
  let current: Block | undefined;
  body.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trimEnd();
    const heading = HEADING.exec(line);
    if (heading) {
      const section: Section = { heading: heading[1]!, line: firstLine + i, blocks: [] };
      if (heading[2]) section.key = heading[2];
      result.sections.push(section);
      blocks = section.blocks;
      current = undefined;
      return;
    }
    if (line.trim() === '') {
      current = undefined;
      return;
    }
    if (blocks === result.intro && result.introLine === 0) result.introLine = firstLine + i;
    const item = ITEM.exec(line);
    if (item) {
      if (current?.kind !== 'ul') blocks.push((current = { kind: 'ul', items: [] }));
      current.items.push(item[1]!.trim());
    } else if (current?.kind === 'ul' && /^\s+\S/.test(raw)) {
      // Continuation lines stay lines: Leichte Sprache puts every sentence on its own line.
      current.items[current.items.length - 1] += `\n${line.trim()}`;
    } else {
      if (current?.kind !== 'p') blocks.push((current = { kind: 'p', lines: [] }));
      current.lines.push(line.trim());
    }
  });
  return result;
}

/** Text segments; `ltr` marks runs of Latin letters and digits to isolate inside right-to-left text. */
export interface Segment {
  text: string;
  ltr: boolean;
}

const LTR_RUN = /[0-9A-Za-zÀ-ɏ](?:[0-9A-Za-zÀ-ɏ.,:%/–\-+()@ ]*[0-9A-Za-zÀ-ɏ%)])?/g;

/** Splits text into runs so that numbers and Latin names keep left-to-right order in Arabic. */
export function ltrRuns(text: string): Segment[] {
  const out: Segment[] = [];
  let last = 0;
  for (const m of text.matchAll(LTR_RUN)) {
    if (m.index! > last) out.push({ text: text.slice(last, m.index), ltr: false });
    out.push({ text: m[0], ltr: true });
    last = m.index! + m[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last), ltr: false });
  return out;
}
