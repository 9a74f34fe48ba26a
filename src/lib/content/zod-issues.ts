/** Turns zod issues into German editor messages with positions in the YAML source. */
import type { z } from 'astro/zod';
import { msg } from '../errors/messages';
import { problemAt, type Message, type Problem } from '../errors/problem';
import { closest } from '../text/closest';
import { issueParams } from './issue-kinds';
import type { YamlSource } from './front-matter';

function fieldName(path: ReadonlyArray<string | number>): string {
  return path.map((p) => (typeof p === 'number' ? `${p + 1}. Eintrag` : p)).join(' → ');
}

function toMessage(issue: z.ZodIssue, data: unknown): Message {
  const field = fieldName(issue.path);
  const value = () => String(valueAt(data, issue.path));
  switch (issue.code) {
    case 'invalid_type':
      return issue.received === 'undefined' ? msg.requiredField(field) : msg.wrongType(field, issue.expected);
    case 'invalid_enum_value':
      return msg.invalidChoice(field, String(issue.received), issue.options.map(String));
    case 'too_small':
      if (issue.type === 'array') return msg.emptyList(field);
      if (issue.type === 'string') return msg.emptyText(field);
      return msg.invalidNumber(field, 'min', Number(issue.minimum));
    case 'too_big':
      return msg.invalidNumber(field, 'max', Number(issue.maximum));
    case 'invalid_string':
      if (issue.validation === 'url') return msg.invalidUrl(field, value());
      throw new Error(`No editor message for zod string check ${JSON.stringify(issue.validation)} at ${field}: add a kind (src/lib/content/issue-kinds.ts).`);
    case 'custom':
      return customMessage(issue, field, value());
    default:
      return msg.wrongType(field, 'other');
  }
}

/** The message of one of our own rules, chosen by the kind in its params. */
function customMessage(issue: z.ZodIssue, field: string, value: string): Message {
  const params = issueParams(issue);
  switch (params?.kind) {
    case 'id':
      return msg.invalidId(field, value);
    case 'date':
      return msg.invalidDate(field, value);
    case 'format':
      return msg.invalidFormat(field, value, params.example);
    case 'requires':
      return msg.dependentField(field, params.other, params.value);
    case 'status-source':
      return msg.statusWithoutSource(Number(issue.path[1]) + 1);
    case 'decision-missing':
      return msg.decisionMissing();
    case 'decision-incomplete':
      return msg.decisionIncomplete(params.part);
    case 'decision-origin':
      return msg.decisionWithoutOrigin(params.origin);
    case 'change-note-text':
      return msg.changeNoteWithoutText(fieldName(issue.path.slice(0, -1)));
    case 'period-reversed':
      return msg.periodReversed(params.from, params.to);
    case 'url':
      return msg.invalidUrl(field, value);
    case 'target-date':
      return msg.targetWithoutDate();
    case 'max':
      return msg.invalidNumber(field, 'max', params.limit);
    case 'whole-number':
      return msg.notWholeNumber(field);
    case undefined:
      throw new Error(`Custom zod issue without a kind at ${field} (${issue.message}): pass params from src/lib/content/issue-kinds.ts.`);
  }
}

function valueAt(data: unknown, path: ReadonlyArray<string | number>): unknown {
  return path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), data);
}

/** Validates `source.data` against `schema`; returns parsed data or German problems. */
export function validateYaml<S extends z.ZodTypeAny>(
  file: string,
  source: YamlSource,
  schema: S,
  keys: readonly string[],
): { data?: z.output<S>; problems: Problem[] } {
  if (source.errors.length > 0) {
    return { problems: source.errors.map((e) => problemAt(file, e.line, e.column, msg.yamlSyntax(e.code))) };
  }
  const result = schema.safeParse(source.data ?? {});
  if (result.success) return { data: result.data, problems: [] };
  const problems: Problem[] = [];
  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const at = source.positionOf([...issue.path, key], true);
        problems.push(problemAt(file, at.line, at.column, msg.unknownField(key, closest(key, keys))));
      }
      continue;
    }
    // Point at the value; for a missing field, at its parent.
    const at = source.positionOf(issue.path);
    problems.push(problemAt(file, at.line, at.column, toMessage(issue, source.data)));
  }
  return { problems };
}
