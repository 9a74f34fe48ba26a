// Glue between Astro and src/lib/pdf: both PDFs made once per build from the validated project.
import { AstroError } from 'astro/errors';
import { report } from '../lib/errors/messages';
import { formatReport } from '../lib/errors/problem';
import { makePdfs, type PdfFile } from '../lib/pdf/downloads';
import type { Project } from '../lib/project/model';
import { validProject } from './project';
import { absoluteUrl } from './url';
import { sitePaths } from '../lib/page-kinds';

// Per project object: the project is read once per build, and anew in the dev server after a change.
const cache = new WeakMap<Project, PdfFile[]>();

/**
 * The PDFs of the site (whole concept, Kurzfassung), compiled on first use so pages can show their
 * size; the endpoint under /downloads/ serves the same bytes. Throws one AstroError with every problem.
 */
export function pdfDownloads(): PdfFile[] {
  const project = validProject();
  const known = cache.get(project);
  if (known) return known;
  const start = performance.now();
  const { files, problems } = makePdfs(project, { root: process.cwd(), code: process.cwd(), siteUrl: absoluteUrl(sitePaths.home()) });
  // In the log format of the after-build steps, so npm run bench shows the PDFs' share of the build.
  if (!import.meta.env.DEV) console.log(`[site-build] pdf: ${Math.round(performance.now() - start)} ms`);
  if (files.length === 0) {
    const { message, hint } = report.pdfStopped(formatReport(problems));
    throw new AstroError(message, hint);
  }
  cache.set(project, files);
  return files;
}
