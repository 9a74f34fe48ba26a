/**
 * Test hook for the publishing steps: with BUILD_STEP_LOG set, each step's name is appended to
 * that file; with BUILD_PAUSE_AT=<step>, the build stops there until it is killed.
 */
import { appendFileSync } from 'node:fs';

/** A function to call at each step; does nothing unless the environment asks for it. */
export function stepHook(env: NodeJS.ProcessEnv): (name: string) => void {
  const log = env.BUILD_STEP_LOG;
  const pauseAt = env.BUILD_PAUSE_AT;
  if (!log && !pauseAt) return () => {};
  return (name) => {
    if (log) appendFileSync(log, `${name}\n`);
    if (name === pauseAt) for (;;) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 60_000);
  };
}
