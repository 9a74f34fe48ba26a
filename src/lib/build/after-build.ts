/** Everything that runs on the finished HTML at the end of `astro build`, in order. */
import type { Project } from '../project/model';
import { hyphenateSite } from './hyphenate-site';
import { indexSearch, pruneSearchBundles, type BuildLog } from './search-index';
import { writeSitemap } from './sitemap';

/** What a step gets: the validated project and the folder the site was written to. */
export interface AfterBuildContext {
  project: Project;
  outDir: string;
  log: BuildLog;
}

/** One step after the pages are written; throwing fails the build (the old site stays). */
export interface AfterBuildStep {
  name: string;
  run: (context: AfterBuildContext) => Promise<void> | void;
}

/**
 * The steps, in order. To add one (a function of the validated project and the output folder),
 * add one entry: { name: 'x', run: ({ project, outDir }) => writeX(project, outDir) }.
 * The PDFs are no step here but a route (src/pages/downloads/[name].pdf.ts): pages show their size
 * while they render, and the dev server serves them too (docs/entscheidungen.md, PDF).
 */
export const afterBuildSteps: AfterBuildStep[] = [
  {
    name: 'search index',
    run: async ({ outDir, log }) => log.info(`${await indexSearch(outDir, log)} pages indexed`),
  },
  // After the index: search results, excerpts and titles never carry soft hyphens.
  { name: 'typography', run: ({ outDir, log }) => log.info(`${hyphenateSite(outDir)} pages typeset`) },
  {
    name: 'prune search bundles',
    run: ({ outDir, log }) => log.info(`removed ${pruneSearchBundles(outDir).length} unused files`),
  },
  { name: 'sitemap', run: ({ outDir, log }) => log.info(`${writeSitemap(outDir)} URLs`) },
];

/** Runs every step on the built site in `outDir`, timing each one. */
export async function runAfterBuild(context: AfterBuildContext, steps = afterBuildSteps): Promise<void> {
  for (const step of steps) {
    const start = performance.now();
    await step.run(context);
    context.log.info(`${step.name}: ${Math.round(performance.now() - start)} ms`);
  }
}
