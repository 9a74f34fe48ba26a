/** Writes a chart model as SVG markup: inline in a page or standalone for download. */
import { FONT_SIZE, LINE_HEIGHT, PALETTE, type ChartModel, type Mark, type MarkStyle } from './model';

/** Escapes text for XML content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

export interface RenderOptions {
  /** true: an SVG file of its own (XML declaration, namespace, embedded style). */
  standalone: boolean;
  /** Prefix for ids (title, desc, patterns), unique per page. */
  idPrefix: string;
}

/** Presentation attributes per mark style; CSS classes (m-<style>) let print and forced colours override. */
function paint(style: MarkStyle, id: (s: string) => string): string {
  switch (style) {
    case 'bar':
      return `fill="${PALETTE.bar}"`;
    case 'bar-2':
      return `fill="url(#${id('hatch')})" stroke="${PALETTE.bar2}" stroke-width="1.5"`;
    case 'rest':
      return `fill="url(#${id('rest')})" stroke="${PALETTE.rest}" stroke-width="1.5"`;
    case 'track':
      return `fill="none" stroke="${PALETTE.axis}" stroke-width="1" stroke-dasharray="4 3"`;
    case 'axis':
      return `stroke="${PALETTE.axis}" stroke-width="1"`;
    case 'grid':
      return `stroke="${PALETTE.grid}" stroke-width="1" stroke-dasharray="2 3"`;
    case 'band-1':
    case 'band-2':
    case 'band-3':
    case 'band-4':
      return `fill="${PALETTE.bands[Number(style.slice(5)) - 1]}"`;
    case 'label':
      return `fill="${PALETTE.text}" font-size="${FONT_SIZE}"`;
    case 'value':
      return `fill="${PALETTE.text}" font-size="${FONT_SIZE}" font-weight="600"`;
    case 'value-inverse':
      return `fill="${PALETTE.inverse}" font-size="${FONT_SIZE}" font-weight="700"`;
    case 'muted':
      return `fill="${PALETTE.muted}" font-size="${FONT_SIZE - 1}"`;
    case 'big':
      return `fill="${PALETTE.bar}" font-size="36" font-weight="700"`;
  }
}

function mark(m: Mark, id: (s: string) => string): string {
  const cls = `class="m-${m.style}" ${paint(m.style, id)}`;
  switch (m.type) {
    case 'rect':
      return `<rect x="${m.x}" y="${m.y}" width="${m.width}" height="${m.height}" ${cls}/>`;
    case 'line':
      return `<line x1="${m.x1}" y1="${m.y1}" x2="${m.x2}" y2="${m.y2}" ${cls}/>`;
    case 'circle':
      return `<circle cx="${m.cx}" cy="${m.cy}" r="${m.r}" ${cls}/>`;
    case 'square':
      return `<rect x="${m.cx - m.r}" y="${m.cy - m.r}" width="${2 * m.r}" height="${2 * m.r}" ${cls}/>`;
    case 'text': {
      const [first = '', ...rest] = m.lines;
      const more = rest.map((l) => `<tspan x="${m.x}" dy="${LINE_HEIGHT}">${escapeXml(l)}</tspan>`).join('');
      return `<text x="${m.x}" y="${m.y}" text-anchor="${m.anchor}" ${cls}>${escapeXml(first)}${more}</text>`;
    }
  }
}

const STANDALONE_STYLE =
  'text{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif}';

/** The SVG for a chart model. All text is escaped; there are no scripts and no focusable parts. */
export function renderSvg(model: ChartModel, { standalone, idPrefix }: RenderOptions): string {
  const prefix = idPrefix.replace(/[^a-zA-Z0-9_-]/g, '-');
  const id = (s: string) => `${prefix}-${s}`;
  const defs =
    `<defs>` +
    `<pattern id="${id('hatch')}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">` +
    `<rect width="6" height="6" fill="#ffffff"/><line x1="0" y1="0" x2="0" y2="6" stroke="${PALETTE.bar2}" stroke-width="3"/></pattern>` +
    `<pattern id="${id('rest')}" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(-45)">` +
    `<rect width="8" height="8" fill="#ffffff"/><line x1="0" y1="0" x2="0" y2="8" stroke="${PALETTE.rest}" stroke-width="1.5"/></pattern>` +
    `</defs>`;
  const head = standalone
    ? `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="${id('title')} ${id('desc')}" viewBox="0 0 ${model.width} ${model.height}" width="${model.width * 2}" height="${model.height * 2}" font-family="system-ui, sans-serif">` +
      `<style>${STANDALONE_STYLE}</style><rect width="100%" height="100%" fill="#ffffff"/>`
    : `<svg role="img" aria-labelledby="${id('title')} ${id('desc')}" viewBox="0 0 ${model.width} ${model.height}" class="chart chart--${model.kind}" focusable="false">`;
  return (
    head +
    `<title id="${id('title')}">${escapeXml(model.title)}</title>` +
    `<desc id="${id('desc')}">${escapeXml(model.desc)}</desc>` +
    defs +
    model.marks.map((m) => mark(m, id)).join('') +
    `</svg>` +
    (standalone ? '\n' : '')
  );
}
