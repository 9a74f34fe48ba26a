// The cache of chapters that compiled cleanly: it saves compiling them again, and never hides a problem.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Problem } from '../../../src/lib/errors/problem';
import { checkMdxBody } from '../../../src/lib/project/check-bodies';
import { CLEAN_CACHE_DIR, openCleanCache, type CleanCache } from '../../../src/lib/project/clean-cache';

/** A cache in memory that counts what was asked and added. */
function memoryCache(): CleanCache & { keys: Set<string>; asked: number } {
  const keys = new Set<string>();
  const cache = {
    keys,
    asked: 0,
    key: (file: string, text: string) => `${file}\0${text}`,
    has: (key: string) => {
      cache.asked++;
      return keys.has(key);
    },
    add: (key: string) => void keys.add(key),
    save: () => undefined,
  };
  return cache;
}

const check = (body: string, cache: CleanCache) => {
  const problems: Problem[] = [];
  const ok = checkMdxBody(process.cwd(), 'src/content/kapitel/x.mdx', body, 1, problems, cache);
  return { ok, problems };
};

describe('checkMdxBody with a cache', () => {
  it('remembers a clean chapter and skips it next time', () => {
    const cache = memoryCache();
    expect(check('Ein Absatz.\n', cache)).toEqual({ ok: true, problems: [] });
    expect(cache.keys.size).toBe(1);
    expect(check('Ein Absatz.\n', cache)).toEqual({ ok: true, problems: [] });
    expect(cache.asked).toBe(2);
  });

  it('never remembers a chapter with a problem: it is reported every time', () => {
    const cache = memoryCache();
    for (let run = 0; run < 2; run++) {
      const { ok, problems } = check('Ein {unbekannt} Name.\n', cache);
      expect(ok).toBe(false);
      expect(problems).toHaveLength(1);
    }
    expect(cache.keys.size).toBe(0);
  });

  it('never remembers a chapter with an import (its target may disappear)', () => {
    const cache = memoryCache();
    const withImport = "import { url } from '../../site/url.ts';\n\nText.\n";
    expect(check(withImport, cache)).toEqual({ ok: true, problems: [] });
    expect(cache.keys.size).toBe(0);
  });
});

describe('openCleanCache(code)', () => {
  let code: string | undefined;
  afterEach(() => code && rmSync(code, { recursive: true, force: true }));

  /** A code folder with src/lib (no installed packages), as the cache reads it. */
  function codeFolder(): string {
    const dir = mkdtempSync(join(tmpdir(), 'clean-cache-'));
    mkdirSync(join(dir, 'src/lib'), { recursive: true });
    writeFileSync(join(dir, 'src/lib/a.ts'), 'export const a = 1;\n');
    return dir;
  }

  it('keeps the keys of the last run and forgets them when the code changes', () => {
    code = codeFolder();
    const first = openCleanCache(code);
    const key = first.key('/x.mdx', 'Text');
    first.add(key);
    first.save();
    expect(openCleanCache(code).has(key)).toBe(true);
    writeFileSync(join(code, 'src/lib/a.ts'), 'export const a = 2;\n');
    const changed = openCleanCache(code);
    expect(changed.has(key)).toBe(false);
    changed.add(changed.key('/y.mdx', 'Text'));
    changed.save();
    // The set of the old code is gone; only one file remains.
    expect(readdirSync(join(code, CLEAN_CACHE_DIR))).toHaveLength(1);
  });

  it('differs by file and by text', () => {
    code = codeFolder();
    const cache = openCleanCache(code);
    expect(new Set([cache.key('/a.mdx', 'T'), cache.key('/b.mdx', 'T'), cache.key('/a.mdx', 'U')]).size).toBe(3);
  });
});
