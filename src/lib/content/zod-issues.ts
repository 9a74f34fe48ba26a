/** Turns zod issues into German editor messages with positions in the YAML source. */
import type { z } from 'astro/zod';
import { msg } from '../errors/messages';
import { problemAt, type Message, type Problem } from '../errors/problem';
import { closest } from '../text/closest';
import type { YamlSource } from './front-matter';

const TYPE_NAMES: Record<string, string> = {
  string: 'ein Text',
  number: 'eine Zahl',
  integer: 'eine ganze Zahl',
  boolean: 'true oder false',
  array: 'eine Liste',
  object: 'eine Gruppe von Feldern',
};

function fieldName(path: ReadonlyArray<string | number>): string {
  return path.map((p) => (typeof p === 'number' ? `${p + 1}. Eintrag` : p)).join(' → ');
}

function toMessage(issue: z.ZodIssue, data: unknown): Message {
  const field = fieldName(issue.path);
  switch (issue.code) {
    case 'invalid_type':
      return issue.received === 'undefined'
        ? msg.requiredField(field)
        : msg.wrongType(field, TYPE_NAMES[issue.expected] ?? issue.expected);
    case 'invalid_enum_value':
      return msg.invalidChoice(field, String(issue.received), issue.options.map(String));
    case 'too_small':
      if (issue.type === 'array') return msg.emptyList(field);
      if (issue.type === 'string') return msg.emptyText(field);
      return msg.invalidNumber(field, `mindestens ${String(issue.minimum)}`);
    case 'too_big':
      return msg.invalidNumber(field, `höchstens ${String(issue.maximum)}`);
    case 'invalid_string':
      if (issue.message === 'date') return msg.invalidDate(field, String(valueAt(data, issue.path)));
      return msg.invalidId(field, String(valueAt(data, issue.path)));
    case 'custom':
      if (issue.message === 'dependent:herkunft') return msg.dependentField(field, '„herkunft: Vorschlag der Redaktion“ angegeben ist');
      if (issue.message === 'status:quelle') return msg.statusWithoutSource(Number(issue.path[1]) + 1);
      if (issue.message === 'decision:beschluss') return msg.decisionMissing();
      if (issue.message === 'decision:herkunft') return msg.decisionWithoutOrigin(String(valueAt(data, ['herkunft'])));
      if (issue.message.startsWith('decision:')) return msg.decisionIncomplete(issue.message.slice(9) as 'gremium' | 'datum' | 'vorlage');
      return { message: issue.message, hint: 'Die Angabe berichtigen.' };
    default:
      return msg.wrongType(field, 'anders angegeben');
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
