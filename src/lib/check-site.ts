/** Every content rule of the build in one call: what `npm run check`, the build's report and the golden tests share. */
import { pdfDocuments } from './pdf/downloads';
import { loadProject, type LoadOptions, type LoadResult } from './project/load-project';

/**
 * loadProject(root) plus, once the site itself is valid, the PDF's content rules (alt text of
 * images, Markdown the PDF can print). `code` is the folder with src/lib/pdf (default: cwd).
 */
export function checkSite(root: string, options: LoadOptions & { code?: string } = {}): LoadResult {
  const result = loadProject(root, options);
  if (!result.problems.some((p) => p.severity === 'error')) {
    // The address only appears in the PDF's links, which are not checked here.
    const ctx = { root, code: options.code ?? process.cwd(), siteUrl: 'https://example.org/' };
    result.problems.push(...pdfDocuments(result.project, ctx).problems);
  }
  return result;
}
