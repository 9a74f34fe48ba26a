// Copies a fixture site to a fresh temporary folder so a test can change files in it.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const FIXTURES = new URL('../fixtures/sites/', import.meta.url).pathname;

export interface FixtureCopy {
  root: string;
  /** Writes a file, creating its folders. */
  write: (file: string, text: string) => void;
  edit: (file: string, change: (text: string) => string) => void;
  remove: (file: string) => void;
  cleanup: () => void;
}

/** Copies not yet cleaned up; removed when the test process ends, so /tmp does not fill up. */
const copies = new Set<string>();
process.on('exit', () => {
  for (const root of copies) rmSync(root, { recursive: true, force: true });
});

/** A writable copy of test/fixtures/sites/<name>. */
export function copyFixture(name: string): FixtureCopy {
  const root = mkdtempSync(join(tmpdir(), `site-${name}-`));
  copies.add(root);
  cpSync(join(FIXTURES, name), root, { recursive: true });
  return {
    root,
    write: (file, text) => {
      mkdirSync(dirname(join(root, file)), { recursive: true });
      writeFileSync(join(root, file), text);
    },
    edit: (file, change) => writeFileSync(join(root, file), change(readFileSync(join(root, file), 'utf8'))),
    remove: (file) => rmSync(join(root, file)),
    cleanup: () => {
      rmSync(root, { recursive: true, force: true });
      copies.delete(root);
    },
  };
}
