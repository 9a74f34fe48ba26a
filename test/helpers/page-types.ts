// One page of every page type: used by the layout browser tests and `npm run screenshots`.

/** Page type name → site path (relative to the base, '' = start page). */
export const PAGE_TYPES: Readonly<Record<string, string>> = {
  start: '',
  kapitel: 'kapitel/zukuenftige-gestaltung/',
  'kapitel-index': 'kapitel/',
  befund: 'befunde/unterstuetzungsbedarf/',
  'befund-ohne-werte': 'befunde/transparenz-angebote/',
  befunde: 'befunde/',
  handlungsfeld: 'handlungsfelder/sprache/',
  handlungsfelder: 'handlungsfelder/',
  massnahme: 'massnahmen/sprachkurse-mit-kinderbetreuung/',
  massnahmen: 'massnahmen/',
  'massnahmen-filter': 'massnahmen/handlungsfeld/sprache/',
  umsetzung: 'umsetzung/',
  'umsetzung-filter': 'umsetzung/herkunft/vorschlag-der-redaktion/',
  kennzahlen: 'kennzahlen/',
  daten: 'daten/',
  quelle: 'quellen/bericht-2018/',
  quellen: 'quellen/',
  aenderungen: 'aenderungen/',
  suche: 'suche/',
  'suche-buchstabe': 'suche/k/',
  'leichte-sprache': 'leichte-sprache/',
  impressum: 'impressum/',
  sprache: 'en/',
  'sprache-rtl': 'ar/',
};
