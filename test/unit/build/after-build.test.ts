import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAfterBuild, type AfterBuildContext } from '../../../src/lib/build/after-build';
import { assertPagefindResponse, pruneSearchBundles } from '../../../src/lib/build/search-index';
import type { Project } from '../../../src/lib/project/model';

const logger = () => {
  const lines: string[] = [];
  return { lines, info: (m: string) => lines.push(`info ${m}`), error: (m: string) => lines.push(`error ${m}`) };
};

describe('assertPagefindResponse(response, log, step)', () => {
  it('returns a response without errors', () => {
    const log = logger();
    expect(assertPagefindResponse({ errors: [], page_count: 3 }, log, 'addDirectory').page_count).toBe(3);
    expect(log.lines).toEqual([]);
  });
  it('logs every error and throws', () => {
    const log = logger();
    expect(() => assertPagefindResponse({ errors: ['a', 'b'] }, log, 'writeFiles')).toThrow(/2 error/);
    expect(log.lines).toEqual(['error Pagefind (writeFiles): a', 'error Pagefind (writeFiles): b']);
  });
});

describe('pruneSearchBundles(dir)', () => {
  it('removes the ready-made UIs and the highlighter, keeps what the search page loads', () => {
    const dir = mkdtempSync(join(tmpdir(), 'prune-'));
    mkdirSync(join(dir, 'pagefind'));
    const files = ['pagefind.js', 'pagefind-worker.js', 'wasm.de.pagefind', 'pagefind-ui.js', 'pagefind-ui.css',
      'pagefind-component-ui.js', 'pagefind-modular-ui.css', 'pagefind-highlight.js'];
    for (const f of files) writeFileSync(join(dir, 'pagefind', f), '');
    expect(pruneSearchBundles(dir).sort()).toHaveLength(5);
    expect(readdirSync(join(dir, 'pagefind')).sort()).toEqual(['pagefind-worker.js', 'pagefind.js', 'wasm.de.pagefind']);
    rmSync(dir, { recursive: true });
  });
});

describe('runAfterBuild(context, steps)', () => {
  it('runs the steps in order and stops at the first that throws', async () => {
    const log = logger();
    const ran: string[] = [];
    const context: AfterBuildContext = { project: {} as Project, outDir: '/x', log };
    const steps = [
      { name: 'a', run: () => void ran.push('a') },
      { name: 'b', run: async () => { throw new Error('b failed'); } },
      { name: 'c', run: () => void ran.push('c') },
    ];
    await expect(runAfterBuild(context, steps)).rejects.toThrow('b failed');
    expect(ran).toEqual(['a']);
  });
});
