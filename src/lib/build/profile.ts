/** Where a build's time goes, read from Astro's own log lines (npm run bench prints it). */

export interface BuildProfile {
  /** Content layer sync, including our validation of every file, and type generation. */
  syncSeconds?: number;
  /** Vite's server bundle (compiling pages, components, MDX). */
  bundleSeconds?: number;
  /** Rendering every page to HTML. */
  renderSeconds?: number;
  /** The after-build steps by name (search index, typography, pruning, sitemap) and the PDFs (pdf), in seconds. */
  steps: Record<string, number>;
  /** Astro's own total ("N page(s) built in X s"). */
  totalSeconds?: number;
}

const seconds = (value: string, unit: string): number => (unit === 'ms' ? Number(value) / 1000 : Number(value));
const first = (log: string, re: RegExp): number | undefined => {
  const m = re.exec(log);
  return m ? seconds(m[1]!, m[2]!) : undefined;
};

/** Reads the phases of `astro build` from its log output (ANSI colours removed). */
export function parseBuildProfile(output: string): BuildProfile {
  // eslint-disable-next-line no-control-regex
  const log = output.replace(/\x1b\[[0-9;]*m/g, '');
  const steps: Record<string, number> = {};
  for (const m of log.matchAll(/\[site-build\] ([a-z][a-z ]+): (\d+) ms/g)) steps[m[1]!] = Number(m[2]) / 1000;
  return {
    syncSeconds: first(log, /\[types\] Generated ([\d.]+)(ms|s)\b/),
    bundleSeconds: first(log, /\[vite\] ✓ built in ([\d.]+)(ms|s)\b/),
    renderSeconds: first(log, /generating static routes[\s\S]*?✓ Completed in ([\d.]+)(ms|s)\b/),
    steps,
    totalSeconds: first(log, /page\(s\) built in ([\d.]+)(ms|s)\b/),
  };
}
