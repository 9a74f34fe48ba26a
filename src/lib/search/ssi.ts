/**
 * The search page without JavaScript, on servers with server-side includes (the nginx and Apache
 * recipes in docs/deploy/): the query from `?q=` and a link to its letter of the A–Z index. Every
 * directive is an HTML comment, and what it shows sits in `<div hidden>` unless the server removed
 * that wrapper, so a host without SSI shows the page as it is without them.
 *
 * One text for both servers: nginx and Apache (with `SSILegacyExprParser on`) share `if`/`elif`,
 * `set`, `echo` and `$var = /regex/` with captures. nginx cannot URL-decode, so it shows the query
 * only when it is one plain word (ASCII letters, digits, hyphen); Apache decodes a query of letters,
 * digits, spaces, hyphens and two-byte UTF-8 letters (`%C3%..`: ä, ö, ü, ß, é …), so the page never
 * shows garbled text. Output goes through `encoding="entity"`; the letter comes from our own list.
 */

/** A letter of the A–Z index and the address of its page. */
export interface SsiLetter {
  letter: string;
  href: string;
}

/** How a query's first character is written in a URL, per base letter (umlauts sort under it). */
const UMLAUT_ESCAPES: Readonly<Record<string, string>> = {
  A: '%[Cc]3%(84|[Aa]4)',
  O: '%[Cc]3%(96|[Bb]6)',
  U: '%[Cc]3%(9[Cc]|[Bb][Cc])',
};

/** `(^|&)q=` at the start of a pattern on the query string; `\$` is a literal end (both servers read `$` as a variable). */
const Q = '(^|&)q=';
const END = '(&|\\$)';

const ifThen = (cond: string) => `<!--#if expr="${cond}" -->`;
const elif = (cond: string) => `<!--#elif expr="${cond}" -->`;
const ENDIF = '<!--#endif -->';

/** Shows `html` only when the server set `variable`; a host without SSI keeps it hidden. */
function whenSet(variable: string, html: string): string {
  const open = `${ifThen(`$${variable}`)}<!--#else --><div hidden>${ENDIF}`;
  const close = `${ifThen(`$${variable}`)}<!--#else --></div>${ENDIF}`;
  return `${open}${html}${close}`;
}

/** The SSI part of the no-script note on /suche/ (raw HTML; only letters that have a page). */
export function ssiQueryNote(letters: readonly SsiLetter[]): string {
  const own = letters.filter((l) => /^[A-Z]$/.test(l.letter));
  const letterPattern = (l: string) => `/${Q}([${l}${l.toLowerCase()}]${UMLAUT_ESCAPES[l] ? `|${UMLAUT_ESCAPES[l]}` : ''})/`;
  const compute = [
    '<!--#set var="suche_wort" value="" --><!--#set var="suche_buchstabe" value="" -->',
    // nginx: the raw value, only when it needs no decoding.
    `${ifThen(`$QUERY_STRING = /${Q}([A-Za-z0-9-]{1,60})${END}/`)}<!--#set var="suche_wort" value="$2" -->${ENDIF}`,
    // Apache (nginx has $nginx_version and skips this): decoded, only letters, digits, spaces, hyphens.
    `${ifThen('$nginx_version')}${elif(`$QUERY_STRING = /${Q}((?:[A-Za-z0-9+-]|%[Cc]3%[89ABab][0-9A-Fa-f]){1,60})${END}/`)}<!--#set var="suche_wort" decoding="urlencoded" value="$2" -->${ENDIF}`,
    own.map((l, i) => `${i === 0 ? ifThen(`$QUERY_STRING = ${letterPattern(l.letter)}`) : elif(`$QUERY_STRING = ${letterPattern(l.letter)}`)}<!--#set var="suche_buchstabe" value="${l.letter}" -->`).join('') + (own.length > 0 ? ENDIF : ''),
  ].join('\n');
  const word = whenSet('suche_wort', '<p class="search-query">Ihre Suche: <strong><!--#echo encoding="entity" var="suche_wort" --></strong></p>');
  const links = own.map((l, i) => `${i === 0 ? ifThen(`$suche_buchstabe = ${l.letter}`) : elif(`$suche_buchstabe = ${l.letter}`)}<a href="${l.href}">Stichwörter mit ${l.letter}</a>`).join('');
  const letter = own.length > 0 ? whenSet('suche_buchstabe', `<p class="search-letter">Passende Seiten finden Sie hier: ${links}${ENDIF}</p>`) : '';
  return `${compute}\n${word}\n${letter}`;
}
