/**
 * Publishing a built site without ever losing the last good one: build into a sibling folder,
 * rename the old site to a backup, rename the new one into place, then delete the backup.
 * Every step is a single rename or a delete of something no longer needed, so a crash at any
 * point leaves either the old or the new site (or the old one as backup, restored next run).
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export interface OutputPaths {
  out: string;
  /** Where the next site is built (sibling of out, so renames stay on one file system). */
  next: string;
  /** The previous site while the new one moves in. */
  backup: string;
  lock: string;
}

/** The sibling paths used for building and swapping `out`. */
export function outputPaths(out: string): OutputPaths {
  const at = (suffix: string) => join(dirname(out), `.${basename(out)}-${suffix}`);
  return { out, next: at('next'), backup: at('previous'), lock: at('build.lock') };
}

/** What recovery did, for the log. */
export type Recovery = 'restored' | 'cleaned' | 'none';

/**
 * Repairs what an interrupted run left: a missing site with a backup gets the backup back; a
 * backup next to a site is the old site after a finished swap and goes; a half-built site goes.
 */
export function recoverOutput(p: OutputPaths): Recovery {
  let result: Recovery = 'none';
  if (!existsSync(p.out) && existsSync(p.backup)) {
    renameSync(p.backup, p.out);
    result = 'restored';
  } else if (existsSync(p.backup)) {
    rmSync(p.backup, { recursive: true, force: true });
    result = 'cleaned';
  }
  if (existsSync(p.next)) {
    rmSync(p.next, { recursive: true, force: true });
    if (result === 'none') result = 'cleaned';
  }
  return result;
}

/** Moves the finished site from `next` to `out`; `step` is called before each step (test hook). */
export function swapIn(p: OutputPaths, step: (name: string) => void = () => {}): void {
  if (existsSync(p.out)) {
    step('old-to-backup');
    renameSync(p.out, p.backup);
  }
  step('new-to-out');
  renameSync(p.next, p.out);
  step('remove-backup');
  rmSync(p.backup, { recursive: true, force: true });
}
