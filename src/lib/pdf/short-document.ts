/** The Kurzfassung für den Kreistag: the survey in brief, the priority fields, every action with its status. */
import { formatDate } from '../dates';
import type { Problem } from '../errors/problem';
import { statusShort } from '../project/action-status';
import { fieldView } from '../project/fields';
import { figureNumbers } from '../project/figures';
import { keyFigures } from '../project/key-figures';
import type { Project } from '../project/model';
import { content, escapeMarkup, typstString } from './escape';
import { findingFigure, type Assets } from './figure';
import { documentHead, priorityText, type PdfContext, type TypstDocument } from './parts';

/** Title of the Kurzfassung, also its PDF title. */
export const shortTitle = (project: Project): string => `${project.settings.titel} – Kurzfassung für den Kreistag`;

const table = (columns: string, head: string[], rows: string[][]): string =>
  `#table(columns: ${columns},\n  table.header(${head.map(content).join(', ')}),\n  ${rows.map((r) => r.map(content).join(', ')).join(',\n  ')})`;

/** Typst for the Kurzfassung; `fullPdfName` is the file name of the whole concept it points to. */
export function shortDocument(project: Project, ctx: PdfContext, fullPdfName: string, problems: Problem[]): TypstDocument {
  const assets: Assets = new Map();
  const s = project.settings;
  const numbers = figureNumbers(project);
  const fieldTitle = (id: string) => project.fields.find((f) => f.id === id)?.titel ?? id;
  const parts: string[] = [
    documentHead(project, ctx, shortTitle(project), assets, false),
    `#text(size: 10pt, fill: grau)${content(s.herausgeber)}`,
    '#text(fill: dunkel, title())',
    `#text(size: 12pt)${content(`${s.untertitel}. ${s.fassung}, Stand: ${formatDate(s.stand)}`)}`,
    escapeMarkup('Diese Kurzfassung fasst die prioritären Handlungsfelder und die Maßnahmen mit ihrem Stand zusammen. Die Abbildungsnummern sind dieselben wie in der Gesamtfassung und auf der Website.'),
    '#heading(level: 1, outlined: false)[Die Befragung in Kürze]',
    `#fakten(${keyFigures(project).map((k) => `(${content(k.value)}, ${content(k.label)})`).join(', ')})`,
    escapeMarkup('Die Befragung war nicht repräsentativ angelegt. Jede Zahl stammt aus dem Bericht oder ist ihre Ergänzung zu 100 (gekennzeichnet).'),
    '#heading(level: 1)[Prioritäre Handlungsfelder]',
  ];
  const ranking = project.fields.map((f) => fieldView(project, f.id)).find((v) => v.ranking)?.ranking;
  if (ranking && numbers.has(ranking.id)) parts.push(findingFigure(ranking, numbers.get(ranking.id)!, assets, problems));
  for (const f of project.fields) {
    const actions = project.actions.filter((a) => a.handlungsfelder.includes(f.id));
    parts.push(
      `#heading(level: 2)${content(f.titel)}`,
      escapeMarkup(`${f.kurz} Priorität: ${priorityText(project, f)}.`),
      actions.length > 0
        ? `#list(${actions.map((a) => content(`${a.titel}: ${statusShort(a)}`)).join(', ')})`
        : escapeMarkup('Zu diesem Handlungsfeld gibt es noch keine Maßnahme.'),
    );
  }
  parts.push(
    '#heading(level: 1)[Maßnahmen und Stand der Umsetzung]',
    table('(2fr, 1.3fr, 1fr, 1.4fr)', ['Maßnahme', 'Handlungsfelder', 'Status', 'Herkunft'],
      project.actions.map((a) => [a.titel, a.handlungsfelder.map(fieldTitle).join(', ') || 'übergreifend', statusShort(a), a.herkunft])),
    '#heading(level: 1)[Mehr dazu]',
    `${escapeMarkup(`Die Gesamtfassung (${fullPdfName}) enthält alle Kapitel, Befunde mit Tabellen und Quellen und die Begründung jeder Maßnahme. Online mit allen Daten: `)}#link(${typstString(ctx.siteUrl)})`,
  );
  return { source: parts.join('\n\n'), assets };
}
