// The search page's enhancement: loads Pagefind only when a search runs, shows results with
// marked hits and facets, announces the count. Without JavaScript the page offers the A–Z index.

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}
interface PagefindApi {
  options: (o: Record<string, unknown>) => Promise<void>;
  search: (q: string, o: { filters: Record<string, string[]> }) => Promise<{ results: Array<{ data: () => Promise<PagefindResultData> }> }>;
}

const PAGE_SIZE = 10;

/** Wires the search form on /suche/. */
export function initSearch(doc: Document): void {
  const form = doc.querySelector<HTMLFormElement>('#search-form');
  const input = doc.querySelector<HTMLInputElement>('#search-q');
  const section = doc.querySelector<HTMLElement>('.search-results');
  const status = doc.querySelector<HTMLElement>('.search-status');
  const list = doc.querySelector<HTMLOListElement>('.search-list');
  const more = doc.querySelector<HTMLButtonElement>('.search-more');
  const facets = doc.querySelector<HTMLFieldSetElement>('.search-facets');
  if (!form || !input || !section || !status || !list || !more || !facets) return;
  doc.querySelector('#search-nojs')?.remove();
  facets.hidden = false;

  let pagefind: PagefindApi | undefined;
  let results: Array<{ data: () => Promise<PagefindResultData> }> = [];
  let shown = 0;

  const load = async (): Promise<PagefindApi> => {
    if (!pagefind) {
      pagefind = (await import(/* @vite-ignore */ `${form.dataset.bundle}pagefind.js`)) as PagefindApi;
      await pagefind.options({ excerptLength: 24 });
    }
    return pagefind;
  };

  const selectedFilters = (): Record<string, string[]> => {
    const filters: Record<string, string[]> = {};
    for (const box of facets.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked')) {
      (filters[box.name] ??= []).push(box.value);
    }
    return filters;
  };

  const renderMore = async () => {
    const page = await Promise.all(results.slice(shown, shown + PAGE_SIZE).map((r) => r.data()));
    for (const data of page) list.append(resultItem(doc, data));
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
    shown = 0;
    if (!q) {
      section.hidden = true;
      return;
    }
    section.hidden = false;
    status.textContent = 'Suche läuft …';
    const api = await load();
    const search = await api.search(q, { filters: selectedFilters() });
    results = search.results;
    await renderMore();
    // Announced once the first results are on the page.
    status.textContent =
      results.length === 0
        ? `Keine Treffer für „${q}“. Versuchen Sie ein kürzeres Wort oder das Stichwortverzeichnis.`
        : `${results.length === 1 ? '1 Treffer' : `${results.length} Treffer`} für „${q}“.`;
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  facets.addEventListener('change', () => void run());
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

/** One result: linked title, page type, excerpt with the hit marked. */
function resultItem(doc: Document, data: PagefindResultData): HTMLLIElement {
  const li = doc.createElement('li');
  const heading = doc.createElement('h3');
  const link = doc.createElement('a');
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  heading.append(link);
  const type = data.filters.Seitentyp?.[0];
  if (type) {
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
