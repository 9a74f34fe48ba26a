/** The whole concept as one Typst document: title, contents, chapters, fields, actions, sources, imprint. */
import { citeSource, sourceFactList } from '../sources/source';
import type { Problem } from '../errors/problem';
import { originCounts, statusShort } from '../project/action-status';
import { figureNumbers } from '../project/figures';
import type { Project } from '../project/model';
import { content, escapeMarkup, typstString } from './escape';
import { findingFigure, type Assets } from './figure';
import { markdownToTypst, type ConvertOptions } from './markdown';
import { absoluteLink, actionFacts, actionHistory, documentHead, priorityText, publicImage, settingValue, titlePage, type PdfContext, type TypstDocument } from './parts';

type Body = Pick<ConvertOptions, 'file' | 'bodyLine' | 'format' | 'baseLevel'> & { body: string };

/** Typst for the whole concept; problems (an image without alt text, unsupported Markdown) are collected. */
export function fullDocument(project: Project, ctx: PdfContext, problems: Problem[]): TypstDocument {
  const assets: Assets = new Map();
  const numbers = figureNumbers(project);
  const byId = new Map(project.findings.map((f) => [f.id, f]));
  const convert = ({ body, ...o }: Body) =>
    markdownToTypst(body, {
      ...o,
      finding: (id) => (byId.has(id) && numbers.has(id) ? findingFigure(byId.get(id)!, numbers.get(id)!, assets, problems, body) : ''),
      image: (src, alt) => publicImage(ctx, src, alt, assets),
      link: (href) => absoluteLink(ctx.siteUrl, href),
    }, problems);
  const s = project.settings;
  const parts: string[] = [
    documentHead(project, ctx, s.titel, assets),
    titlePage(project, ctx, s.untertitel, 'Gesamtfassung mit allen Kapiteln, Befunden, Handlungsfeldern und Maßnahmen'),
    '#outline(title: [Inhalt], depth: 2)',
    '#outline(title: [Abbildungen], target: figure.where(kind: "befund"))',
  ];

  for (const c of project.chapters) {
    parts.push(
      `#heading(level: 1, numbering: "1", supplement: [Kapitel])${content(c.titel)}`,
      `#par(text(size: 11pt, fill: grau, ${content(c.zusammenfassung)}))`,
      convert({ body: c.body, file: c.file, bodyLine: c.bodyLine, format: 'mdx', baseLevel: 2 }),
    );
  }

  parts.push('#heading(level: 1)[Prioritäre Handlungsfelder]',
    escapeMarkup('Die Befragten sollten sagen, welche Handlungsfelder in den nächsten zwei Jahren im Vordergrund stehen sollen. Die Handlungsfelder stehen hier in der Reihenfolge des Berichts.'));
  for (const f of project.fields) {
    const actions = project.actions.filter((a) => a.handlungsfelder.includes(f.id));
    parts.push(
      `#heading(level: 2)${content(f.titel)}`,
      escapeMarkup(f.kurz),
      `#fakten((${content('Priorität')}, ${content(priorityText(project, f))}))`,
      `#strong[Maßnahmen:]\n${actions.length > 0 ? `#list(${actions.map((a) => content(`${a.titel}: ${statusShort(a)}`)).join(', ')})` : escapeMarkup('keine')}`,
      f.bedarfe.length > 0 ? `#strong[Bedarfe laut Bericht:]\n#list(${f.bedarfe.map(content).join(', ')})` : '',
      convert({ body: f.body, file: f.file, bodyLine: f.bodyLine, format: 'md', baseLevel: 3 }),
    );
  }

  parts.push('#heading(level: 1)[Maßnahmen]',
    escapeMarkup(`${project.actions.length} Maßnahmen (${originCounts(project.actions)}), nach Titel geordnet. Jeder Status nennt seine Quelle und sein Datum; wo nichts festgelegt ist, steht das da.`));
  for (const a of project.actions) {
    parts.push(
      `#heading(level: 2)${content(a.titel)}`,
      actionFacts(a, project, numbers),
      convert({ body: a.body, file: a.file, bodyLine: a.bodyLine, format: 'md', baseLevel: 3 }),
      actionHistory(a),
    );
  }

  parts.push(
    '#heading(level: 1)[Quellen]',
    escapeMarkup('Jede Abbildung nennt unter ihrer Tabelle die Quelle und den Abschnitt, aus dem ihre Zahlen stammen. Die Abbildungen zeigen nur Werte, die der Text der Quelle nennt, oder ihre Ergänzung zu 100 (gekennzeichnet).'),
    ...project.sources.flatMap((src) => {
      const count = project.findings.filter((f) => f.source.id === src.id).length;
      return [
        `#heading(level: 2)${content(citeSource(src))}`,
        `#fakten(${[...sourceFactList(src), ['Befunde in diesem Konzept', String(count)] as [string, string]].map(([k, v]) => `(${content(k)}, ${content(v)})`).join(', ')})`,
      ];
    }),
    imprint(project, ctx),
  );
  return { source: parts.filter((p) => p !== '').join('\n\n'), assets };
}

/** Imprint, licence and the fonts' licence. */
function imprint(project: Project, ctx: PdfContext): string {
  const s = project.settings;
  const a = s.anbieter;
  const rows: Array<[string, string]> = [
    ['Herausgeber', s.herausgeber],
    ['Anbieter', `${a.name}, ${a.rechtsform}`],
    ['Anschrift', [a.strasse, a.ort].map(settingValue).filter((v, i, all) => all.indexOf(v) === i).join(', ')],
    ['Vertreten durch', settingValue(a.vertreten_durch)],
    ['Telefon', settingValue(a.telefon)],
    ['E-Mail', settingValue(a.email)],
    ['Inhaltlich verantwortlich', settingValue(a.verantwortlich)],
  ];
  return [
    '#heading(level: 1)[Impressum und Lizenz]',
    `#fakten(${rows.map(([k, v]) => `(${content(k)}, ${content(v)})`).join(', ')})`,
    `${escapeMarkup(`Texte und Daten stehen unter der ${s.lizenz.name} (${s.lizenz.kurz}): `)}#link(${typstString(s.lizenz.url)})`,
    `${escapeMarkup('Online-Fassung mit allen Daten als CSV: ')}#link(${typstString(ctx.siteUrl)})`,
    escapeMarkup('Schrift: Noto Sans und Noto Sans Arabic, SIL Open Font License 1.1. Dieses Dokument ist ein getaggtes PDF nach PDF/UA-1.'),
  ].join('\n\n');
}
