// A complete Action for unit tests; tests override what they are about.
import type { Action } from '../../../src/lib/project/model';

/** An action with empty history and defaults for every list. */
export function makeAction(id: string, over: Partial<Action> = {}): Action {
  return {
    id, titel: id, file: `src/content/massnahmen/${id}.md`, status: 'noch nicht festgelegt', verlauf: [], herkunft: 'Vorschlag der Redaktion',
    handlungsfelder: [], zielgruppen: ['Ehrenamt'], partner: [], meilensteine: [], ziele: [], belege: ['x'], schlagwoerter: [], suchbegriffe: [], aenderungen: [], body: '', bodyLine: 1,
    ...over,
  };
}
