/** Everything a translated summary page renders, computed from the translation and the project. */
import { isPlaceholder } from '../content/settings';
import { UNKNOWN } from '../content/schemas';
import { RANKING_DATASET, type Project } from './model';
import { pagePath } from '../page-kinds';
import type { Translation } from './translations';
import { LANGUAGES, type TranslationLanguage } from '../i18n/languages';
import { fill, formatDateIn, formatPartialDateIn, GERMAN, UI, type UiStrings } from '../i18n/strings';
import { formatDate } from '../dates';

export interface SummaryField {
  title: string;
  germanTitle: string;
  /** Site path of the German field page. */
  path: string;
  /** Share of respondents in the language's format, if the data has it. */
  share?: string;
}

export interface SummaryAction {
  title: string;
  germanTitle: string;
  path: string;
  status: string;
  /** Date of the current status in the language ("2018"), if any. */
  since?: string;
  origin: string;
  /** True for proposals (not decided, or derived by the editorial team). */
  proposal: boolean;
}

export interface ContactLine {
  label: string;
  /** undefined when the setting is still a placeholder: the page says "not yet specified". */
  value?: string;
  /** mailto: or tel: link. */
  href?: string;
}

export interface SummaryView {
  lang: TranslationLanguage;
  ui: UiStrings;
  dir: 'ltr' | 'rtl';
  fields: SummaryField[];
  actions: SummaryAction[];
  contact: { organisation: string; lines: ContactLine[] };
  notice: { own: string; german: string };
  translatedOn: string;
  translatedIso: string;
  outdated?: { own: string; german: string };
}

/** Builds the page model of one translated summary. */
export function summaryView(project: Project, t: Translation): SummaryView {
  const ui = UI[t.lang];
  const ranking = project.findings.find((f) => f.datensatz === RANKING_DATASET);
  const percent = new Intl.NumberFormat(t.lang === 'ar' ? 'ar-u-nu-latn' : t.lang, { style: 'percent', maximumFractionDigits: 1 });
  const fields = project.fields.map((f): SummaryField => {
    const row = ranking?.rows.find((r) => r.kategorie === f.titel);
    const out: SummaryField = { title: t.fieldTitles[f.id] ?? f.titel, germanTitle: f.titel, path: pagePath('field', f.id) };
    if (row?.wert != null && ranking?.einheit === 'anteil') out.share = percent.format(row.wert / 100);
    return out;
  });
  const actions = project.actions
    .filter((a) => a.id in t.actionTitles)
    .map((a): SummaryAction => ({
      title: t.actionTitles[a.id]!,
      germanTitle: a.titel,
      path: pagePath('action', a.id),
      status: ui.status[a.status],
      origin: ui.origin[a.herkunft],
      ...(a.verlauf.length > 0 ? { since: formatPartialDateIn(t.lang, a.verlauf.at(-1)!.datum) } : {}),
      proposal: a.status === 'vorgeschlagen' || a.status === UNKNOWN || a.herkunft === 'Vorschlag der Redaktion',
    }))
    .sort((a, b) => Number(a.proposal) - Number(b.proposal));
  const { anbieter } = project.settings;
  const line = (label: string, value: string, href?: (v: string) => string): ContactLine =>
    isPlaceholder(value) ? { label } : { label, value, ...(href ? { href: href(value) } : {}) };
  const contact = {
    organisation: project.settings.herausgeber,
    lines: [
      line(ui.contact.address, isPlaceholder(anbieter.strasse) || isPlaceholder(anbieter.ort) ? anbieter.strasse : `${anbieter.strasse}, ${anbieter.ort}`),
      line(ui.contact.phone, anbieter.telefon, (v) => `tel:${v.replace(/[^+0-9]/g, '')}`),
      line(ui.contact.email, anbieter.email, (v) => `mailto:${v}`),
    ],
  };
  const view: SummaryView = {
    lang: t.lang,
    ui,
    dir: LANGUAGES[t.lang].dir,
    fields,
    actions,
    contact,
    notice: { own: `${ui.authoritative} ${ui.method[t.verfahren]}`, german: `${GERMAN.authoritative} ${GERMAN.method[t.verfahren]}` },
    translatedOn: formatDateIn(t.lang, t.uebersetzt_am),
    translatedIso: t.uebersetzt_am,
  };
  if (t.outdated) {
    view.outdated = {
      own: fill(ui.outdatedText, { source: formatDateIn(t.lang, t.outdated.source), translation: formatDateIn(t.lang, t.uebersetzt_am) }),
      german: fill(GERMAN.outdatedText, { source: formatDate(t.outdated.source), translation: formatDate(t.uebersetzt_am) }),
    };
  }
  return view;
}
