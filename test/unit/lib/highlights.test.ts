import { describe, expect, it } from 'vitest';
import { highlightedActions } from '../../../src/lib/project/highlights';
import type { Action } from '../../../src/lib/project/model';

const action = (id: string, status: Action['status'], herkunft: Action['herkunft']): Action => ({
  id, titel: id, file: `${id}.md`, status, herkunft, handlungsfelder: [], zielgruppen: ['Ehrenamt'], belege: ['x'], schlagwoerter: [], suchbegriffe: [],
});

describe('highlightedActions(actions, count)', () => {
  it('puts actions under way first, then those the report recommends, then by title; does not mutate', () => {
    const input = [action('c', 'vorgeschlagen', 'abgeleitet'), action('b', 'vorgeschlagen', 'Bericht'), action('a', 'vorgeschlagen', 'Bericht'), action('z', 'im Aufbau', 'Bericht')];
    const before = structuredClone(input);
    expect(highlightedActions(input, 3).map((a) => a.id)).toEqual(['z', 'a', 'b']);
    expect(input).toEqual(before);
  });
});
