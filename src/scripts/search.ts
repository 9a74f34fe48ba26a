// The search page's enhancement: loads Pagefind only when a search runs, shows results with
// marked hits and facets, announces the count, and offers "Meinten Sie …?" when a query word is
// none of the site's own words but close to one. Without JavaScript the page offers the A–Z index.
import { suggestQuery } from '../lib/search/suggest';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}
interface PagefindApi {
  options: (o: Record<string, unknown>) => Promise<void>;
  mergeIndex: (path: string, o: Record<string, unknown>) => Promise<void>;
  search: (q: string, o: { filters: Record<string, string[]> }) => Promise<{ results: Array<{ data: () => Promise<PagefindResultData> }> }>;
}

/** Results shown at once (and page fragments fetched): five, like Pagefind's own UI; more on request. */
const PAGE_SIZE = 5;

/** Texts the script writes; a translated search page passes its own in `data-messages`. */
interface Messages {
  running: string;
  none: string;
  one: string;
  many: string;
  /** Tag for results in another language than the page's (the German pages). */
  otherLanguage?: string;
}
const GERMAN_MESSAGES: Messages = {
  running: 'Suche läuft …',
  none: 'Keine Treffer für „{q}“. Versuchen Sie ein kürzeres Wort oder das Stichwortverzeichnis.',
  one: '1 Treffer für „{q}“.',
  many: '{n} Treffer für „{q}“.',
};
const fill = (t: string, q: string, n = 0) => t.replace('{q}', q).replace('{n}', String(n));

/** Wires the search form on /suche/. */
export function initSearch(doc: Document): void {
  const form = doc.querySelector<HTMLFormElement>('#search-form');
  const input = doc.querySelector<HTMLInputElement>('#search-q');
  const section = doc.querySelector<HTMLElement>('.search-results');
  const status = doc.querySelector<HTMLElement>('.search-status');
  const list = doc.querySelector<HTMLOListElement>('.search-list');
  const more = doc.querySelector<HTMLButtonElement>('.search-more');
  const facets = doc.querySelector<HTMLFieldSetElement>('.search-facets');
  const suggestion = doc.querySelector<HTMLElement>('.search-suggestion');
  if (!form || !input || !section || !status || !list || !more) return;
  facets?.classList.remove('js-only');

  const messages: Messages = { ...GERMAN_MESSAGES, ...(JSON.parse(form.dataset.messages ?? '{}') as Partial<Messages>) };
  const ownPrefix = form.dataset.ownPrefix;
  let pagefind: PagefindApi | undefined;
  let results: Array<{ data: () => Promise<PagefindResultData> }> = [];
  let shown = 0;
  let words: Promise<string[]> | undefined;

  /** "Meinten Sie …?" for a word the site does not use (German search page only: it has the word list). */
  const suggest = async (q: string) => {
    if (!suggestion || !form.dataset.words) return;
    // A query whose every word the excerpts mark as it was typed uses the site's own words: no
    // suggestion, and no need to download the word list (6 kB of the first search).
    const marked = new Set([...list.querySelectorAll('mark')].map((m) => (m.textContent ?? '').toLocaleLowerCase('de')));
    const allMarked = q.split(/\s+/).every((w) => marked.has(w.toLocaleLowerCase('de')));
    let better: string | undefined;
    if (!allMarked) {
      words ??= fetch(form.dataset.words).then((r) => (r.ok ? (r.json() as Promise<string[]>) : []), () => []);
      better = suggestQuery(q, await words);
    }
    // Marks the query as checked (tests wait for it; no visible effect).
    suggestion.dataset.query = q;
    if (!better) return;
    const link = suggestion.querySelector('a')!;
    const target = new URL(location.href);
    target.searchParams.set('q', better);
    link.href = target.href;
    link.textContent = `„${better}“`;
    suggestion.hidden = false;
  };

  const load = async (): Promise<PagefindApi> => {
    if (!pagefind) {
      pagefind = (await import(/* @vite-ignore */ `${form.dataset.bundle}pagefind.js`)) as PagefindApi;
      // No web worker: it would fetch a second copy of the search code (43 kB) for an index this small.
      await pagefind.options({ excerptLength: 24, noWorker: true });
      // A translated page searches its own language's index and the German one. Pagefind skips a
      // merge whose path equals its own bundle path, so the German index is merged by absolute URL.
      if (form.dataset.mergeLanguage) {
        // The reader's own page first: German results weigh half.
        await pagefind.mergeIndex(new URL(form.dataset.bundle!, location.href).href, { language: form.dataset.mergeLanguage, indexWeight: 0.5 });
      }
    }
    return pagefind;
  };

  const selectedFilters = (): Record<string, string[]> => {
    const filters: Record<string, string[]> = {};
    for (const box of facets?.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked') ?? []) {
      (filters[box.name] ??= []).push(box.value);
    }
    return filters;
  };

  const renderMore = async () => {
    const page = await Promise.all(results.slice(shown, shown + PAGE_SIZE).map((r) => r.data()));
    for (const data of page) list.append(resultItem(doc, data, ownPrefix && !data.url.startsWith(ownPrefix) ? messages.otherLanguage : undefined));
    shown += page.length;
    more.hidden = shown >= results.length;
  };

  const run = async () => {
    const q = input.value.trim();
    const url = new URL(location.href);
    if (q) url.searchParams.set('q', q);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
    list.replaceChildren();
    if (suggestion) suggestion.hidden = true;
    shown = 0;
    if (!q) {
      section.hidden = true;
      return;
    }
    section.hidden = false;
    status.textContent = messages.running;
    const api = await load();
    const search = await api.search(q, { filters: selectedFilters() });
    results = search.results;
    await renderMore();
    // Announced once the first results are on the page.
    status.textContent = fill(results.length === 0 ? messages.none : results.length === 1 ? messages.one : messages.many, q, results.length);
    await suggest(q);
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  facets?.addEventListener('change', () => void run());
  more.addEventListener('click', () => {
    const first = list.children.length;
    void renderMore().then(() => (list.children[first]?.querySelector('a') as HTMLElement | null)?.focus());
  });

  const initial = new URL(location.href).searchParams.get('q');
  if (initial) {
    input.value = initial;
    void run();
  }
}

/** One result: linked title, page type, excerpt with the hit marked; German results on a translated page say so. */
function resultItem(doc: Document, data: PagefindResultData, otherLanguage?: string): HTMLLIElement {
  const li = doc.createElement('li');
  const heading = doc.createElement('h3');
  const link = doc.createElement('a');
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  heading.append(link);
  if (otherLanguage) {
    li.lang = 'de';
    li.dir = 'ltr';
    link.hreflang = 'de';
    const tag = doc.createElement('span');
    tag.className = 'tag';
    tag.lang = doc.documentElement.lang;
    tag.dir = doc.documentElement.dir;
    tag.textContent = otherLanguage;
    heading.append(' ', tag);
  }
  // Page types are German words: shown on German results only.
  const type = data.filters.Seitentyp?.[0];
  if (type && (otherLanguage || doc.documentElement.lang === 'de')) {
    const tag = doc.createElement('span');
    tag.className = 'tag';
    tag.textContent = type;
    heading.append(' ', tag);
  }
  li.append(heading);
  if (data.meta.stand) {
    const stand = doc.createElement('p');
    stand.className = 'search-stand';
    stand.textContent = data.meta.stand;
    li.append(stand);
  }
  const excerpt = doc.createElement('p');
  // Pagefind escapes the indexed text; its only markup is <mark> around the hits.
  excerpt.innerHTML = data.excerpt;
  li.append(excerpt);
  return li;
}
