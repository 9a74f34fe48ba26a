/**
 * Kinds of validation rule our schemas add to zod's own. A rule carries its kind in zod's
 * `params`, and src/lib/content/zod-issues.ts picks the German message by that kind, never by
 * the issue's message text.
 */
import { z } from 'astro/zod';

/** Every kind of custom rule; a new kind needs a case in zod-issues.ts (the compiler checks). */
export const ISSUE_KINDS = ['id', 'date', 'format', 'requires', 'status-source', 'decision-missing', 'decision-incomplete', 'decision-origin', 'change-note-text', 'period-reversed', 'url', 'target-date', 'max', 'whole-number'] as const;
export type IssueKind = (typeof ISSUE_KINDS)[number];

/** What a custom issue carries in `params`. */
export type IssueParams =
  | { kind: 'id' }
  | { kind: 'date' }
  /** A text with a fixed shape; `example` shows a valid value. */
  | { kind: 'format'; example: string }
  /** The field is required because `other` has the value `value`. */
  | { kind: 'requires'; other: string; value: string }
  /** A status entry with neither source nor note. */
  | { kind: 'status-source' }
  /** „herkunft: Beschluss“ without a decision block. */
  | { kind: 'decision-missing' }
  /** A decision without body, date or document number. */
  | { kind: 'decision-incomplete'; part: 'gremium' | 'datum' | 'vorlage' }
  /** A decision block on an action whose origin is not „Beschluss“. */
  | { kind: 'decision-origin'; origin: string }
  /** A change note without its sentence. */
  | { kind: 'change-note-text' }
  /** A period whose „von“ lies after its „bis“. */
  | { kind: 'period-reversed'; from: string; to: string }
  /** A link with a scheme other than http(s), mailto, tel. */
  | { kind: 'url' }
  /** An indicator's target without a date. */
  | { kind: 'target-date' }
  /** A number above a limit that depends on another field (a share above 100). */
  | { kind: 'max'; limit: number }
  /** A count that is not a whole number. */
  | { kind: 'whole-number' };

/** The params of a custom issue, if it came from one of our rules. */
export function issueParams(issue: z.ZodIssue): IssueParams | undefined {
  if (issue.code !== 'custom') return undefined;
  const params = issue.params as Partial<IssueParams> | undefined;
  return params?.kind && (ISSUE_KINDS as readonly string[]).includes(params.kind) ? (params as IssueParams) : undefined;
}

/** A text matching `pattern`, reported as the given kind. */
export const matching = (pattern: RegExp, params: IssueParams): z.ZodEffects<z.ZodString> =>
  z.string().refine((v) => pattern.test(v), { params });
