// The site's own Astro integration: the validated project is read once per build and again in
// the dev server after an editor saves a file; after the pages are written, the steps of
// src/lib/build/after-build.ts (search index, pruning, sitemap, PDF) run, so `astro build` alone
// gives the whole site and fails when any step fails.
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { runAfterBuild } from '../lib/build/after-build';
import { invalidateProject, loadProjectCached } from '../lib/project/cache';
import { CONTENT_DIR, DATA_DIR } from '../lib/project/load-project';

/** True for files an editor writes: content and data (not code, not build output). */
const isEditorFile = (root: string, file: string): boolean =>
  [CONTENT_DIR, DATA_DIR].some((dir) => relative(root, file).split('\\').join('/').startsWith(`${dir}/`));

/** Astro integration: project cache, dev-server invalidation and the after-build steps. */
export function siteBuild(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'integrationskonzept:site-build',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:server:setup': ({ server }) => {
        server.watcher.on('all', (_event, file) => {
          if (isEditorFile(root, file)) invalidateProject(root);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { project, problems } = loadProjectCached(root);
        if (problems.some((p) => p.severity === 'error')) throw new Error('The project has errors; the pages should not have been built.');
        await runAfterBuild({ project, outDir: fileURLToPath(dir), log: logger.fork('site-build') });
      },
    },
  };
}
