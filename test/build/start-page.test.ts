// The start page shows each figure once: the field shares sit in the field cards, not again as key figures.
import { describe, expect, it } from 'vitest';
import { REAL_SITE } from '../helpers/paths';
import { page, textOf } from '../helpers/site-files';

describe('start page', () => {
  const html = page(REAL_SITE, '');
  const keyFigures = html.slice(html.indexOf('<dl class="key-figures"'), html.indexOf('</dl>', html.indexOf('<dl class="key-figures"')));

  it('has no field share among the key figures', () => {
    expect(keyFigures.length).toBeGreaterThan(0);
    expect(textOf(keyFigures)).not.toMatch(/%/);
  });

  it('shows each field share once, in its card', () => {
    expect(textOf(html).match(/79 % der Befragten sehen hier Priorität/g)).toHaveLength(1);
  });
});
