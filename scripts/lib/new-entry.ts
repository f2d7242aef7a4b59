/**
 * What `npm run new` writes: a new entry's file name and text from an editor's
 * answers, checked against the schema before anything touches the disk. Pure;
 * scripts/new-entry.ts asks the questions and writes the file.
 */
import yaml from 'js-yaml';
import { COLLECTIONS } from '../../src/schemas/collections.ts';
import { ID_EXPECTED, ID_PATTERN, kebabId } from '../../src/schemas/fields/id.ts';
import type { Problem } from '../../src/content/problem.ts';
import { fieldsOf, type FieldInfo } from './schema-fields.ts';
import { yamlLineFinder } from '../../src/content/yaml-lines.ts';
import { closest, expectedFallback, issuesToProblems } from '../../src/content/zod-problems.ts';

/** The kinds of entry `npm run new` makes, and their collections, in the order its usage line names them (each is a collection's singular in COLLECTIONS, with scaffold: true; a test holds the two equal). */
export const NEW_KINDS = {
  event: 'events',
  fact: 'facts',
  source: 'sources',
  place: 'places',
  section: 'sections',
} as const;

/** One kind `npm run new` makes. */
export type NewKind = keyof typeof NEW_KINDS;

/** Whether a word names a kind `npm run new` makes. */
export function isNewKind(word: string | undefined): word is NewKind {
  return word !== undefined && Object.hasOwn(NEW_KINDS, word);
}

/** The fields of a kind an editor can give, in the order they appear in its file. */
export function newEntryFields(kind: NewKind): FieldInfo[] {
  return fieldsOf(COLLECTIONS[NEW_KINDS[kind]].schema).filter((field) => field.kind !== 'groups');
}

/** What to ask for: the id, then every required field that is not filled in for the editor. */
export function questionsFor(kind: NewKind): FieldInfo[] {
  return newEntryFields(kind).filter((field) => field.required || ALSO_ASKED[kind]?.includes(field.name));
}

/**
 * Optional in the schema only because another field can stand in for them (a source's title, when
 * `noTitleRecorded: true` says none was recorded): nearly every new entry has one, so ask.
 */
const ALSO_ASKED: Partial<Record<NewKind, readonly string[]>> = { source: ['title'] };

/** A text value as YAML: bare when YAML reads it back unchanged, else in double quotes (dates always are). */
export function yamlScalar(text: string): string {
  try {
    const back = (yaml.load(`value: ${text}`) as { value?: unknown } | undefined)?.value;
    if (back === text && text.trim() === text && !text.includes('#')) return text;
  } catch {
    // Not valid bare: quote it.
  }
  return JSON.stringify(text);
}

/** Why one typed answer will not do for a field, phrased as what is expected, or undefined when it will. */
export function checkAnswer(field: FieldInfo, answer: string): string | undefined {
  const result = field.schema.safeParse(toValue(field, answer.trim()), { error: expectedFallback });
  if (result.success) return undefined;
  const guess = field.choices && closest(answer.trim(), field.choices);
  return `${result.error.issues[0]?.message ?? 'a valid value'}${guess ? `; did you mean "${guess}"?` : ''}`;
}

function toValue(field: FieldInfo, answer: string): unknown {
  switch (field.kind) {
    case 'number':
      return answer.trim() !== '' && Number.isFinite(Number(answer)) ? Number(answer) : answer;
    case 'boolean':
      return answer === 'true' ? true : answer === 'false' ? false : answer;
    case 'list':
      return answer.split(/[\s,]+/).filter((item) => item !== '');
    default:
      return answer;
  }
}

function toYaml(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((item) => yamlScalar(String(item))).join(', ')}]`;
  if (typeof value === 'string') return yamlScalar(value);
  return String(value);
}

/** The new file, or the problems that stop it being written. */
export type NewEntry = { ok: true; file: string; text: string } | { ok: false; problems: Problem[] };

/**
 * Builds a new entry from answers keyed by field name (plus `id`), as typed: lists
 * comma-separated, numbers and true/false as words. A new entry starts with an
 * empty log: its own date is its "last updated" until something changes.
 */
export function newEntry(kind: NewKind, answers: Readonly<Record<string, string>>): NewEntry {
  const collection = NEW_KINDS[kind];
  const { folder, extension, schema } = COLLECTIONS[collection];
  const id = answers['id']?.trim() ?? '';
  const file = `content/${folder}/${id}${extension}`;
  if (!ID_PATTERN.test(id)) {
    const suggested = kebabId(id);
    const fix = suggested && suggested !== id ? `; try "${suggested}"` : '';
    return {
      ok: false,
      problems: [{ file, field: 'id', found: JSON.stringify(id), expected: `${ID_EXPECTED}${fix}` }],
    };
  }
  const fields = newEntryFields(kind);
  const withToday = { ...answers };
  const lines: string[] = [];
  const data: Record<string, unknown> = {};
  for (const field of fields) {
    const answer = withToday[field.name];
    if (answer === undefined || answer.trim() === '') continue;
    data[field.name] = toValue(field, answer.trim());
    // Dates stay quoted so YAML never turns them into timestamps or numbers.
    const shown =
      field.kind === 'text' && /^\d{4}(-\d{2}){0,2}$/.test(answer.trim()) ? JSON.stringify(answer.trim()) : undefined;
    lines.push(`${field.name}: ${shown ?? toYaml(data[field.name])}`);
  }
  const markdown = extension === '.md';
  const result = schema.safeParse(data, { error: expectedFallback });
  if (!result.success) {
    const lineOf = yamlLineFinder(lines.join('\n'), markdown ? 2 : 1);
    return { ok: false, problems: issuesToProblems(result.error.issues, { file, data, schema, lineOf }) };
  }
  const text = markdown ? `---\n${lines.join('\n')}\n---\n` : `${lines.join('\n')}\n`;
  return { ok: true, file, text };
}
