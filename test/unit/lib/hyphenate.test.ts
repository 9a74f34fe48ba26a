import { describe, expect, it } from 'vitest';
import { hyphenate, syllables, typeset } from '../../../src/lib/text/hyphenate';
import { hyphenateHtml } from '../../../src/lib/text/hyphenate-html';

const show = (s: string) => s.replace(/\u00ad/g, '|');

describe('hyphenate(text)', () => {
  it.each([
    ['Integrationskonzept', 'Inte|gra|ti|ons|kon|zept'],
    ['Wohnungsvermittlung', 'Woh|nungs|ver|mitt|lung'],
    ['Fördermöglichkeiten', 'För|der|mög|lich|kei|ten'],
    ['Kreis Kleve', 'Kreis Kleve'],
    ['https://www.kreis-kleve.de/', 'https://www.kreis-kleve.de/'],
    ['zielgruppenspezifische-angebote.csv', 'zielgruppenspezifische-angebote.csv'],
    ['Datei angebotsbereiche.csv herunterladen', 'Datei angebotsbereiche.csv her|un|ter|la|den'],
    ['Beschreibung datapackage.json', 'Beschrei|bung datapackage.json'],
  ])('hyphenate(%j) is %j (no break leaves fewer than 3 letters)', (text, out) => expect(show(hyphenate(text))).toBe(out));

  it('leaves text that already has soft hyphens alone', () => expect(hyphenate('Bil\u00addung')).toBe('Bil\u00addung'));
  it('syllables(word) splits at the same points', () => expect(syllables('Integrationskonzept').join('|')).toBe('Inte|gra|ti|ons|kon|zept'));
});

describe('hyphenateHtml(html)', () => {
  const html =
    '<html lang="de"><head><title>Integrationskonzept</title></head><body>' +
    '<h1 data-pagefind-meta="title:Integrationskonzept">Integrationskonzept <a href="#">Wohnungsvermittlung</a></h1>' +
    '<p>Wohnungsvermittlung</p><svg><text>Wohnungsvermittlung</text></svg>' +
    '<table><tr><td>Wohnungsvermittlung<br>Fördermöglichkeiten</td></tr></table>' +
    '<li class="card"><p>Wohnungsvermittlung</p></li><div class="leichte-sprache"><h2>Integrationskonzept</h2></div>' +
    '<p lang="en"><span class="card">Integrationskonzept</span></p></body></html>';
  const out = show(hyphenateHtml(html));

  it('hyphenates headings (also inside links), table cells and cards', () => {
    expect(out).toContain('<h1 data-pagefind-meta="title:Integrationskonzept">Inte|gra|ti|ons|kon|zept <a href="#">Woh|nungs|ver|mitt|lung</a></h1>');
    expect(out).toContain('<td>Woh|nungs|ver|mitt|lung<br>För|der|mög|lich|kei|ten</td>');
    expect(out).toContain('<li class="card"><p>Woh|nungs|ver|mitt|lung</p></li>');
  });

  it('leaves attributes, the title, prose, SVG, Leichte Sprache and other languages alone', () => {
    expect(out).toContain('<title>Integrationskonzept</title>');
    expect(out).toContain('<p>Wohnungsvermittlung</p><svg><text>Wohnungsvermittlung</text></svg>');
    expect(out).toContain('<h2>Integrationskonzept</h2>');
    expect(out).toContain('<span class="card">Integrationskonzept</span>');
  });
});

describe('typeset(text)', () => {
  it.each([
    ['79 % aller Befragten', '79\u00a0% aller Befragten'],
    ['z. B. Beratung, z.B. Begegnung', 'z.\u00a0B. Beratung, z.\u00a0B. Begegnung'],
    ['siehe Abb. 3 und Abbildung 4', 'siehe Abb.\u00a03 und Abbildung\u00a04'],
    ['Kreis Kleve 2018', 'Kreis Kleve 2018'],
  ])('typeset(%j) is %j', (text, out) => expect(typeset(text)).toBe(out));
});
