// The SSI part of the search page: invisible without SSI, safe output, one branch per own letter.
// The servers themselves run it in test/e2e/deploy-servers.test.ts.
import { describe, expect, it } from 'vitest';
import { ssiQueryNote } from '../../../src/lib/search/ssi';

const letters = [
  { letter: 'A', href: '/suche/a/' },
  { letter: 'K', href: '/suche/k/' },
  { letter: '#', href: '/suche/#/' },
];

/** What a browser shows of the snippet on a host without SSI: comments gone, hidden divs gone. */
const withoutSsi = (html: string) => html.replace(/<!--#[^]*?-->/g, '').replace(/<div hidden>[^]*?<\/div>/g, '').trim();

describe('ssiQueryNote', () => {
  const html = ssiQueryNote(letters);

  it('shows nothing on a host without server-side includes', () => {
    expect(withoutSsi(html)).toBe('');
    expect(html.match(/<div hidden>/g)).toHaveLength(2);
    expect(html.match(/<\/div>/g)).toHaveLength(2);
  });

  it('echoes only entity-encoded, and reads the letter for umlauts too', () => {
    expect([...html.matchAll(/<!--#echo ([^>]*)-->/g)].map((m) => m[1])).toEqual(['encoding="entity" var="suche_wort" ']);
    expect(html).toContain('[Aa]|%[Cc]3%(84|[Aa]4)');
    expect(html).toContain('<!--#elif expr="$suche_buchstabe = K" --><a href="/suche/k/">Stichwörter mit K</a>');
  });

  it('links only letters A–Z that have a page, and nothing without letters', () => {
    expect(html).not.toContain('/suche/#/');
    expect(ssiQueryNote([])).not.toContain('search-letter');
  });
});
