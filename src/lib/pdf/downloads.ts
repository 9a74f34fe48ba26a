/** The PDF downloads: file names from the settings, both documents compiled, sizes in German. */
import { msg } from '../errors/messages';
import { problemAt, type Problem } from '../errors/problem';
import type { Project } from '../project/model';
import { slugify } from '../text/slugify';
import { PDF_DIR } from '../page-kinds';
import { compilePdf, PdfError } from './compile';
import { fullDocument } from './full-document';
import type { PdfContext, TypstDocument } from './parts';
import { shortDocument, shortTitle } from './short-document';

/** One PDF of the site: where it goes under the output folder, its link text and its bytes. */
export interface PdfFile {
  /** File name, e.g. "integrationskonzept-kreis-kleve.pdf"; served from /downloads/. */
  name: string;
  /** Link text on the website. */
  label: string;
  bytes: Buffer;
}

/** File names from the site's title, so another county gets its own: "<titel>.pdf", "<titel>-kurzfassung.pdf". */
export function pdfNames(project: Project): { full: string; short: string } {
  const base = slugify(project.settings.titel) || 'konzept';
  return { full: `${base}.pdf`, short: `${base}-kurzfassung.pdf` };
}

/** "PDF, 1,2 MB" / "PDF, 180 kB": decimal units, one decimal from 1 MB on, as German readers expect. */
export function formatFileSize(bytes: number): string {
  if (bytes < 1_000_000) return `PDF, ${Math.max(1, Math.round(bytes / 1000))}\u00a0kB`;
  return `PDF, ${(bytes / 1_000_000).toFixed(1).replace('.', ',')}\u00a0MB`;
}

/** Compiles one document, turning Typst's failure into a German problem. */
function compile(name: string, doc: TypstDocument, ctx: PdfContext, problems: Problem[]): Buffer | undefined {
  try {
    return compilePdf(doc, ctx.code);
  } catch (error) {
    if (!(error instanceof PdfError)) throw error;
    problems.push(problemAt(`${PDF_DIR}/${name}`, 0, 0, msg.pdfFailed(name, error.details)));
    return undefined;
  }
}

/** Both documents as Typst, with the problems their content has (run by `npm run check` too). */
export function pdfDocuments(project: Project, ctx: PdfContext): { full: TypstDocument; short: TypstDocument; problems: Problem[] } {
  const problems: Problem[] = [];
  const full = fullDocument(project, ctx, problems);
  const short = shortDocument(project, ctx, pdfNames(project).full, problems);
  return { full, short, problems };
}

/**
 * Both PDFs of a valid project (whole concept, Kurzfassung). Returns the files only when both could
 * be made; otherwise the problems say why (every one, with file and position where there is one).
 */
export function makePdfs(project: Project, ctx: PdfContext): { files: PdfFile[]; problems: Problem[] } {
  const names = pdfNames(project);
  const { full, short, problems } = pdfDocuments(project, ctx);
  // Content problems first: Typst's own refusal (e.g. missing alt text) would only repeat them less clearly.
  if (problems.length > 0) return { files: [], problems };
  const fullBytes = compile(names.full, full, ctx, problems);
  const shortBytes = compile(names.short, short, ctx, problems);
  if (!fullBytes || !shortBytes) return { files: [], problems };
  return {
    files: [
      { name: names.full, label: `${project.settings.titel}: Gesamtfassung`, bytes: fullBytes },
      { name: names.short, label: shortTitle(project), bytes: shortBytes },
    ],
    problems,
  };
}
