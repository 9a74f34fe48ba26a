/**
 * Chapters that compiled without any problem, remembered by a hash of their text, so `npm run
 * check` and the build do not compile an unchanged chapter again. Only clean results are kept: a
 * chapter with a problem is compiled (and reported) every time. The remembered set belongs to one
 * version of the code (src/lib) and the installed packages; any change to either starts an empty one.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Where the remembered sets live, below the code's folder (never in the site's output). */
export const CLEAN_CACHE_DIR = 'node_modules/.cache/kleve-check';
/** npm's record of the installed packages (fixture builds link node_modules, not package-lock.json). */
const INSTALLED = 'node_modules/.package-lock.json';

export interface CleanCache {
  /** The key of a text as checked from `file` (imports resolve relative to it). */
  key: (file: string, text: string) => string;
  has: (key: string) => boolean;
  add: (key: string) => void;
  /** Writes the keys used in this run if they differ from the stored ones (atomically: parallel runs never read half a file). */
  save: () => void;
}

const sha = (...parts: Array<string | Buffer>): string => {
  const h = createHash('sha256');
  for (const p of parts) h.update(p).update('\0');
  return h.digest('hex');
};

/** What npm installed (its own record in node_modules); empty if there is none. */
const installed = (code: string): Buffer => {
  try {
    return readFileSync(join(code, INSTALLED));
  } catch {
    return Buffer.alloc(0);
  }
};

/** Every file under src/lib and the installed packages of `code`: what decides whether a text compiles cleanly. */
function codeVersion(code: string): string {
  const lib = join(code, 'src/lib');
  const files = readdirSync(lib, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
  return sha(...files.flatMap((f) => [relative(code, f), readFileSync(f)]), installed(code)).slice(0, 16);
}

/**
 * The remembered set of the code in `code` (the folder with src/lib and node_modules). It
 * keeps the chapters of the last run only, and sets of older code are deleted when it is saved.
 */
export function openCleanCache(code: string): CleanCache {
  const dir = join(code, CLEAN_CACHE_DIR);
  const name = `mdx-${codeVersion(code)}.json`;
  let known: Set<string>;
  try {
    known = new Set(JSON.parse(readFileSync(join(dir, name), 'utf8')) as string[]);
  } catch {
    known = new Set();
  }
  const used = new Set<string>();
  return {
    key: (path, text) => sha(path, text),
    has: (key) => {
      if (!known.has(key)) return false;
      used.add(key);
      return true;
    },
    add: (key) => {
      used.add(key);
    },
    save: () => {
      if (used.size === known.size && [...used].every((k) => known.has(k))) return;
      try {
        mkdirSync(dir, { recursive: true });
        const tmp = join(dir, `${name}.${process.pid}`);
        writeFileSync(tmp, JSON.stringify([...used]));
        renameSync(tmp, join(dir, name));
        for (const old of readdirSync(dir)) if (/^mdx-[0-9a-f]+\.json$/.test(old) && old !== name) rmSync(join(dir, old), { force: true });
        known = new Set(used);
      } catch {
        // A cache that cannot be written (node_modules read-only) only means compiling again next time.
      }
    },
  };
}
