/** Writes a chart model as SVG markup: inline in a page or standalone for download. */
import { fontSizeOf } from './marks';
import { LINE_HEIGHT, type ChartModel, type Mark, type MarkStyle } from './model';
import { PALETTE } from './palette';
import { escapeXml } from '../text/xml';

export interface RenderOptions {
  /** true: an SVG file of its own (XML declaration, namespace, embedded style, white background). */
  standalone: boolean;
  /** Prefix for ids (title, desc, patterns); must be unique per page. Other characters become "-". */
  idPrefix: string;
}

const HALO = `stroke="${PALETTE.background}" stroke-width="3" stroke-linejoin="round" paint-order="stroke"`;

/** Presentation attributes per style: the fallback the CSS classes (m-<style>) override. */
function paint(style: MarkStyle, id: (s: string) => string): string {
  switch (style) {
    case 'bar':
      return `fill="${PALETTE.bar}"`;
    case 'bar-2':
      return `fill="url(#${id('hatch')})" stroke="${PALETTE.bar2}" stroke-width="1.5"`;
    case 'rest':
      return `fill="url(#${id('rest')})" stroke="${PALETTE.rest}" stroke-width="1.5"`;
    case 'track':
      return `fill="${PALETTE.track}"`;
    case 'outline':
      return `fill="none" stroke="${PALETTE.axis}" stroke-width="1" stroke-dasharray="4 3"`;
    case 'axis':
      return `stroke="${PALETTE.axis}" stroke-width="1"`;
    case 'band-1':
    case 'band-2':
    case 'band-3':
    case 'band-4':
      return `fill="${PALETTE.bands[Number(style.slice(5)) - 1]}" stroke="${PALETTE.background}" stroke-width="1.5"`;
    case 'label':
      return `fill="${PALETTE.text}" font-size="${fontSizeOf(style)}"`;
    case 'value':
      return `fill="${PALETTE.text}" font-size="${fontSizeOf(style)}" font-weight="700" ${HALO}`;
    case 'muted':
      return `fill="${PALETTE.muted}" font-size="${fontSizeOf(style)}"`;
    case 'note':
      return `fill="${PALETTE.text}" font-size="${fontSizeOf(style)}" font-weight="700"`;
    case 'big':
      return `fill="${PALETTE.bar}" font-size="${fontSizeOf(style)}" font-weight="700"`;
    case 'series':
      return `fill="none" stroke="${PALETTE.bar}" stroke-width="2.5" stroke-linejoin="round"`;
    case 'target':
      return `fill="none" stroke="${PALETTE.bar2}" stroke-width="2" stroke-dasharray="6 4"`;
    case 'baseline':
      return `fill="none" stroke="${PALETTE.rest}" stroke-width="1.5" stroke-dasharray="2 3"`;
  }
}

function mark(m: Mark, id: (s: string) => string): string {
  const attrs = `class="m-${m.style}" ${paint(m.style, id)}`;
  switch (m.type) {
    case 'rect':
      return `<rect x="${m.x}" y="${m.y}" width="${m.width}" height="${m.height}" ${attrs}/>`;
    case 'line':
      return `<line x1="${m.x1}" y1="${m.y1}" x2="${m.x2}" y2="${m.y2}" ${attrs}/>`;
    case 'circle':
      return `<circle cx="${m.cx}" cy="${m.cy}" r="${m.r}" ${attrs}/>`;
    case 'path':
      return `<path d="${m.d}" ${attrs}/>`;
    case 'square':
      return `<rect x="${m.cx - m.r}" y="${m.cy - m.r}" width="${2 * m.r}" height="${2 * m.r}" ${attrs}/>`;
    case 'text': {
      const [first = '', ...rest] = m.lines;
      const more = rest.map((l) => `<tspan x="${m.x}" dy="${LINE_HEIGHT}">${escapeXml(l)}</tspan>`).join('');
      return `<text x="${m.x}" y="${m.y}" text-anchor="${m.anchor}" ${attrs}>${escapeXml(first)}${more}</text>`;
    }
  }
}

/** Hatch patterns for the second group and for complements; classed so forced colours can repaint them. */
function defs(id: (s: string) => string): string {
  const pattern = (name: string, colour: string, size: number, stroke: number, angle: number) =>
    `<pattern id="${id(name)}" width="${size}" height="${size}" patternUnits="userSpaceOnUse" patternTransform="rotate(${angle})">` +
    `<rect width="${size}" height="${size}" class="m-hatch-bg" fill="${PALETTE.background}"/>` +
    `<line x1="0" y1="0" x2="0" y2="${size}" class="m-hatch-line" stroke="${colour}" stroke-width="${stroke}"/></pattern>`;
  return `<defs>${pattern('hatch', PALETTE.bar2, 6, 3, 45)}${pattern('rest', PALETTE.rest, 6, 1.5, -45)}</defs>`;
}

/** The same look as the attributes, for viewers outside the site; print stays as it is (already black on white). */
const STANDALONE_STYLE =
  'svg{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}' +
  `text{fill:${PALETTE.text}}.m-muted{fill:${PALETTE.muted}}.m-big{fill:${PALETTE.bar}}.m-bar{fill:${PALETTE.bar}}` +
  '@media (forced-colors:active){text,.m-big{fill:CanvasText}.m-bar,[class^="m-band"]{fill:CanvasText}' +
  '.m-bar-2,.m-rest,.m-axis,.m-outline,.m-hatch-line{stroke:CanvasText}.m-hatch-bg,.m-track{fill:Canvas}}';

/**
 * The SVG for a chart model: role="img" named by its title and described by its desc. Every text is
 * escaped; no scripts, no links, nothing focusable. Inline: width="100%" and a viewBox, so it scales
 * from 320 px up; standalone: XML declaration, namespace, pixel size (2x), embedded style, white background.
 */
export function renderSvg(model: ChartModel, { standalone, idPrefix }: RenderOptions): string {
  const prefix = idPrefix.replace(/[^a-zA-Z0-9_-]/g, '-');
  const id = (s: string) => `${prefix}-${s}`;
  const aria = `role="img" aria-labelledby="${id('title')} ${id('desc')}" viewBox="0 0 ${model.width} ${model.height}"`;
  const head = standalone
    ? `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" ${aria} width="${model.width * 2}" height="${model.height * 2}" font-family="system-ui, sans-serif">` +
      `<style>${STANDALONE_STYLE}</style><rect width="100%" height="100%" fill="${PALETTE.background}"/>`
    : `<svg ${aria} width="100%" class="chart chart--${model.kind} chart--w${model.width}" focusable="false">`;
  return (
    head +
    `<title id="${id('title')}">${escapeXml(model.title)}</title>` +
    `<desc id="${id('desc')}">${escapeXml(model.desc)}</desc>` +
    defs(id) +
    model.marks.map((m) => mark(m, id)).join('') +
    `</svg>` +
    (standalone ? '\n' : '')
  );
}
