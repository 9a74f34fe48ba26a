/** Typst → tagged PDF (PDF/UA-1) with the fonts shipped in the repository; no browser, no network. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';
import type { TypstDocument } from './parts';

/** Fonts embedded in every PDF (Noto Sans: Latin incl. Turkish, Cyrillic, Greek; Noto Sans Arabic). */
export const FONTS_DIR = 'src/lib/pdf/fonts';

/** Virtual folder the document and its assets live in (nothing is read from disk by Typst itself). */
const WORKSPACE = '/typst';

/** Thrown when Typst cannot compile or export; `details` is Typst's own (English) diagnostic. */
export class PdfError extends Error {
  constructor(readonly details: string) {
    super(details);
  }
}

let compiler: { root: string; instance: NodeCompiler } | undefined;

function compilerFor(root: string): NodeCompiler {
  if (compiler?.root !== root) {
    const dir = join(root, FONTS_DIR);
    const fontBlobs = readdirSync(dir).filter((f) => f.endsWith('.ttf')).sort().map((f) => readFileSync(join(dir, f)));
    compiler = { root, instance: NodeCompiler.create({ workspace: WORKSPACE, fontArgs: [{ fontBlobs }] }) };
  }
  return compiler.instance;
}

/** Diagnostics as one readable line each: "message (hint)". */
function describe(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const messages = [...text.matchAll(/message: "((?:[^"\\]|\\.)*)"(?:[^\]]*hints: \[([^\]]*)\])?/g)].map(
    ([, message, hints]) => (hints ? `${message} (${hints.replace(/"/g, '')})` : message!),
  );
  return messages.length > 0 ? messages.join('; ') : text;
}

/** Compiles a document to PDF/UA-1 bytes; throws PdfError with Typst's diagnostics. */
export function compilePdf(doc: TypstDocument, root: string): Buffer {
  const c = compilerFor(root);
  c.resetShadow();
  for (const [path, bytes] of doc.assets) c.mapShadow(`${WORKSPACE}${path}`, bytes);
  const result = c.compile({ mainFileContent: doc.source });
  const compiled = result.result;
  if (result.hasError() || !compiled) {
    const error = result.takeError();
    const diagnostics = error ? c.fetchDiagnostics(error) : [];
    throw new PdfError(diagnostics.map((d: { message?: string }) => d.message ?? String(d)).join('; ') || 'unbekannter Fehler');
  }
  try {
    return c.pdf(compiled, { pdfStandard: 'ua-1' });
  } catch (error) {
    throw new PdfError(describe(error));
  }
}
