import { describe, expect, it } from 'vitest';
import { parseBuildProfile } from '../../../src/lib/build/profile';

const LOG = `20:25:44 [content] Syncing content
20:25:46 [types] Generated 8.08s
20:25:46 [build] Building static entrypoints...
20:26:00 [vite] \x1b[32m✓ built in 12.85s\x1b[39m
 generating static routes 
20:26:00 ▶ src/pages/index.astro
[site-build] pdf: 1250 ms
20:26:04 ✓ Completed in 3.85s.
20:26:05 [site-build] search index: 502 ms
20:26:06 [site-build] typography: 852 ms
20:26:06 [build] 112 page(s) built in 28.26s`;

describe('parseBuildProfile(log)', () => {
  it('reads sync, bundle, render, the PDFs, each after-build step and the total', () => {
    expect(parseBuildProfile(LOG)).toEqual({
      syncSeconds: 8.08,
      bundleSeconds: 12.85,
      renderSeconds: 3.85,
      steps: { pdf: 1.25, 'search index': 0.502, typography: 0.852 },
      totalSeconds: 28.26,
    });
  });
  it('leaves out what the log does not say', () => {
    expect(parseBuildProfile('nothing')).toEqual({ steps: {} });
  });
});
