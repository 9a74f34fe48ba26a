import { describe, expect, it } from 'vitest';
import { highlightedActions } from '../../../src/lib/project/highlights';
import type { Action } from '../../../src/lib/project/model';
import { makeAction } from '../project/make-action';

const action = (id: string, status: Action['status'], herkunft: Action['herkunft']): Action => makeAction(id, { status, herkunft });

describe('highlightedActions(actions, count)', () => {
  it('puts actions under way first, then decided ones, then those the report recommends, then by title; does not mutate', () => {
    const input = [
      action('c', 'noch nicht festgelegt', 'Vorschlag der Redaktion'),
      action('b', 'vorgeschlagen', 'Empfehlung des Berichts'),
      action('a', 'vorgeschlagen', 'Empfehlung des Berichts'),
      action('y', 'vorgeschlagen', 'Beschluss'),
      action('z', 'im Aufbau', 'Empfehlung des Berichts'),
    ];
    const before = structuredClone(input);
    expect(highlightedActions(input, 4).map((a) => a.id)).toEqual(['z', 'y', 'a', 'b']);
    expect(input).toEqual(before);
  });
});
