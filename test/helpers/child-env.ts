// The environment for child builds: vitest puts Vite's own variables (BASE_URL, MODE …) into
// process.env, and Astro would read BASE_URL from there instead of from BASE_PATH.
const VITE_KEYS = ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'VITEST', 'VITEST_MODE', 'VITEST_POOL_ID', 'VITEST_WORKER_ID', 'NODE_ENV'];

/** process.env without Vite's and vitest's variables, plus `extra`. */
export function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of VITE_KEYS) delete env[key];
  return { ...env, ...extra };
}
