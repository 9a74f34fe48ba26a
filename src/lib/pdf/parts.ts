/** Building blocks shared by the whole concept and the Kurzfassung: head, actions, fields. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UNKNOWN } from '../content/schemas';
import { isPlaceholder } from '../content/settings';
import { formatDate, formatPartialDate } from '../dates';
import { formatValue } from '../format';
import { originText, periodText, statusLine, timeline } from '../project/action-status';
import { fieldView } from '../project/fields';
import type { Action, Field, Project } from '../project/model';
import { content, escapeMarkup, typstString } from './escape';
import { figureRef, type Assets } from './figure';

/** Where the PDF step runs: the site's folder (public/ images), the code's folder (fonts, template), the site's address. */
export interface PdfContext {
  /** Folder with src/content, data and public/. */
  root: string;
  /** Folder with src/lib/pdf (the template and fonts); the same as root except for `npm run check <folder>`. */
  code: string;
  /** Absolute URL of the site's home, ending in "/" (links in the PDF point there). */
  siteUrl: string;
}

/** A Typst document ready to compile: main source plus the files it refers to. */
export interface TypstDocument {
  source: string;
  assets: Assets;
}

export const TEMPLATE_FILE = 'src/lib/pdf/template.typ';

/** A settings value, or "noch nicht festgelegt" while it is a placeholder. */
export const settingValue = (value: string): string => (isPlaceholder(value) ? 'noch nicht festgelegt' : value);

/** "/kapitel/x/" → "https://…/kapitel/x/"; absolute URLs and mailto stay. */
export const absoluteLink = (siteUrl: string, href: string): string =>
  /^[a-z][a-z0-9+.-]*:/i.test(href) ? href : new URL(href.replace(/^\/+/, ''), siteUrl).href;

/** Import of the template and the document set-up (metadata, running head). */
export function documentHead(project: Project, ctx: PdfContext, title: string, assets: Assets, chapterBreaks = true): string {
  assets.set('/template.typ', readFileSync(join(ctx.code, TEMPLATE_FILE)));
  const [year, month, day] = project.settings.stand.split('-').map(Number);
  return [
    '#import "/template.typ": *',
    `#show: dokument.with(`,
    `  titel: ${typstString(title)},`,
    `  autor: ${typstString(project.settings.anbieter.name)},`,
    `  datum: datetime(year: ${year}, month: ${month}, day: ${day}),`,
    `  kopf: ${content(project.settings.titel)},`,
    `  umbruch: ${chapterBreaks},`,
    ')',
  ].join('\n');
}

/** Title page lines: publisher, version of the concept, date of the content, online edition, licence. */
export function titlePage(project: Project, ctx: PdfContext, subtitle: string, note: string): string {
  const s = project.settings;
  const facts: Array<[string, string]> = [
    ['Ausgabe', s.fassung],
    ['Stand', formatDate(s.stand)],
    ['Online-Fassung', ctx.siteUrl],
    ['Lizenz', `${s.lizenz.name} (${s.lizenz.kurz})`],
  ];
  return [
    `#titelseite(`,
    `  herausgeber: ${content(s.herausgeber)},`,
    `  untertitel: ${content(subtitle)},`,
    `  zusatz: ${content(note)},`,
    `  angaben: (${facts.map(([k, v]) => `(${content(k)}, ${k === 'Online-Fassung' ? `link(${typstString(v)})` : content(v)})`).join(', ')},),`,
    ')',
  ].join('\n');
}

/** Links to the figures an action rests on, with their pages. */
export function evidenceLinks(ids: readonly string[], numbers: ReadonlyMap<string, number>): string {
  return ids
    .filter((id) => numbers.has(id))
    .map((id) => `abb-verweis(${figureRef(id)}, ${numbers.get(id)})`)
    .join(' + [, ] + ') || content('keine');
}

/** The facts of an action as on its page: status with source and date, origin, lead, partners, period, fields, audiences, evidence. */
export function actionFacts(a: Action, project: Project, numbers: ReadonlyMap<string, number>): string {
  const fields = a.handlungsfelder.map((id) => project.fields.find((f) => f.id === id)?.titel ?? id);
  const rows: Array<[string, string]> = [
    ['Status', content(statusLine(a))],
    ['Herkunft', content(originText(a))],
    ['Federführung', content(a.federfuehrung ?? UNKNOWN)],
    ['Partner', content(a.partner.length > 0 ? a.partner.join(', ') : UNKNOWN)],
    ['Zeitraum', content(periodText(a))],
    ['Handlungsfelder', content(fields.length > 0 ? fields.join(', ') : 'übergreifend')],
    ['Für wen', content(a.zielgruppen.join(', '))],
    ['Ziele', content(a.ziele.length > 0 ? a.ziele.map((g) => g.text).join('; ') : `${UNKNOWN}`)],
    ['Belege', evidenceLinks(a.belege, numbers)],
  ];
  return `#fakten(${rows.map(([k, v]) => `(${content(k)}, ${v})`).join(', ')})`;
}

/** The dated status history and the milestones of an action, as lists. */
export function actionHistory(a: Action): string {
  const history = timeline(a).map((e) => content(`${e.datumText}: ${e.stand} – ${e.beleg}`));
  const parts = [
    '#strong[Verlauf des Status:]',
    history.length > 0 ? `#list(${history.join(', ')})` : escapeMarkup(`${UNKNOWN}.`),
  ];
  if (a.meilensteine.length > 0) {
    const items = a.meilensteine.map((m) => content(`${formatPartialDate(m.datum)}: ${m.text} (${m.erreicht ? 'erreicht' : 'geplant'})`));
    parts.push('#strong[Meilensteine:]', `#list(${items.join(', ')})`);
  }
  return parts.join('\n');
}

/** "Priorität: 79 % der Befragten (Rang 1)" from the ranking dataset, where it has the field. */
export function priorityText(project: Project, field: Field): string {
  const view = fieldView(project, field.id);
  if (!view.share || view.share.wert === null || !view.ranking) return 'Anteil im Bericht nicht genannt';
  const value = formatValue(view.share.wert, view.ranking.einheit, view.share.genauigkeit);
  return `${value} der Befragten sehen hier einen Schwerpunkt (Rang ${view.rank})`;
}

/** Bytes of an image under public/ for the Typst document, or undefined when the file is missing. */
export function publicImage(ctx: PdfContext, src: string, alt: string, assets: Assets): string | undefined {
  const path = `/public/${src.replace(/^\/+/, '').split(/[?#]/)[0]}`;
  const file = join(ctx.root, path);
  if (/^[a-z]+:/i.test(src) || !existsSync(file)) return undefined;
  assets.set(path, readFileSync(file));
  return `#block(image(${typstString(path)}, alt: ${typstString(alt)}, width: 100%))`;
}
