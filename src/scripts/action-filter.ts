// Client-side enhancement of the action catalogue: filter cards by data attributes and
// announce the count. The page is complete without it.

const KEYS = ['handlungsfeld', 'zielgruppe', 'herkunft', 'status'] as const;

/** Wires the filter form on the catalogue page, if present. */
export function initActionFilter(doc: Document): void {
  const form = doc.querySelector<HTMLFormElement>('form.action-filter');
  const status = doc.querySelector<HTMLElement>('.filter-count');
  const cards = [...doc.querySelectorAll<HTMLElement>('.action-card')];
  if (!form || !status) return;
  form.hidden = false;

  const apply = () => {
    const wanted = KEYS.map((key) => [key, (form.elements.namedItem(key) as HTMLSelectElement).value] as const);
    let shown = 0;
    for (const card of cards) {
      const visible = wanted.every(([key, value]) => !value || (card.dataset[key] ?? '').split(' ').includes(value));
      card.hidden = !visible;
      if (visible) shown++;
    }
    const total = status.dataset.total;
    status.textContent = `${shown === 1 ? '1 Maßnahme' : `${shown} Maßnahmen`} von ${total} angezeigt.`;
  };
  form.addEventListener('change', apply);
  form.addEventListener('reset', () => setTimeout(apply));
  form.addEventListener('submit', (e) => e.preventDefault());
}
