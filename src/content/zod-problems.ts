/**
 * Turns zod's issues into editor-facing problems. Every message our schemas
 * carry is phrased as what was expected; this module adds what was found,
 * read from the raw data so it shows exactly what the editor typed.
 */
import type { z } from 'astro/zod';
import { fieldDoc } from '../schemas/fields/field-doc.ts';
import { RETIRED_FIELDS } from '../schemas/log.ts';
import { describeValue, type Problem } from './problem.ts';

type Path = readonly PropertyKey[];

/** Fallback wording for zod's built-in checks that our schemas do not word themselves. */
export const expectedFallback = (issue: z.core.$ZodRawIssue): string => {
  switch (issue.code) {
    case 'invalid_type':
      return `a value of type ${issue.expected}`;
    case 'too_small':
      return `at least ${String(issue.minimum)}`;
    case 'too_big':
      return `at most ${String(issue.maximum)}`;
    default:
      return 'a valid value';
  }
};

/** The raw value at a path, or undefined when the path does not exist. */
export function valueAt(data: unknown, path: Path): unknown {
  let here: unknown = data;
  for (const key of path) {
    if (here === null || typeof here !== 'object') return undefined;
    here = (here as Record<PropertyKey, unknown>)[key];
  }
  return here;
}

/** The schema inside optional, default, nullable and pipe wrappers: what an editor's value is first checked as. */
export function unwrapSchema(schema: unknown): unknown {
  let here = schema;
  for (;;) {
    const def = (here as { def?: { type?: string; innerType?: unknown; in?: unknown } }).def;
    if (def?.type === 'optional' || def?.type === 'default' || def?.type === 'nullable') here = def.innerType;
    else if (def?.type === 'pipe') here = def.in;
    else return here;
  }
}

/** The schema of the field at a path (list indexes step into items), as declared, or undefined. */
export function fieldSchemaAt(schema: z.ZodType, path: Path): z.ZodType | undefined {
  let here: unknown = schema;
  for (const key of path) {
    const def = (unwrapSchema(here) as { def?: { type?: string; element?: unknown; shape?: Record<string, unknown> } })
      .def;
    if (def?.type === 'array' && typeof key === 'number') here = def.element;
    else if (def?.type === 'object' && typeof key === 'string') here = def.shape?.[key];
    else return undefined;
    if (here === undefined) return undefined;
  }
  return here as z.ZodType;
}

/** The field names an object schema accepts at a path, unwrapping optionals, defaults and arrays. */
export function knownFieldsAt(schema: z.ZodType, path: Path): string[] {
  const at = fieldSchemaAt(schema, path);
  const shape = (unwrapSchema(at) as { def?: { shape?: Record<string, unknown> } } | undefined)?.def?.shape;
  return shape ? Object.keys(shape) : [];
}

/** Edit distance counting a swap of two neighbours as one edit, for "did you mean" on typos. */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number): number => d[i]?.[j] ?? Infinity;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
      (d[i] as number[])[j] = best;
    }
  }
  return at(a.length, b.length);
}

/** The known name closest to a typo, when it is close enough to be what was meant (by default a third of it may differ). */
export function closest(
  name: string,
  known: readonly string[],
  maxDistance = Math.max(1, Math.floor(name.length / 3)),
): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const distance = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return bestDistance <= maxDistance ? best : undefined;
}

/** Everything needed to place a problem in its file. */
export interface IssueContext {
  file: string;
  data: unknown;
  schema: z.ZodType;
  lineOf: (path: Path) => number | undefined;
}

/** How to add a missing field: a line to copy, from the example its schema documents. */
function requiredFix(schema: z.ZodType, path: Path): string {
  const key = path.at(-1);
  const field = fieldSchemaAt(schema, path);
  const example = field && fieldDoc(field)?.example;
  if (typeof key !== 'string' || example === undefined) return ' (this field is required)';
  return ` (this field is required; add it, e.g. ${key}: ${example})`;
}

/** One problem per zod issue (one per unknown field), with the raw value as "found". */
export function issuesToProblems(issues: readonly z.core.$ZodIssue[], context: IssueContext): Problem[] {
  const { file, data, schema, lineOf } = context;
  return issues.flatMap((issue): Problem[] => {
    if (issue.code === 'unrecognized_keys') {
      const known = knownFieldsAt(schema, issue.path);
      return issue.keys.map((key) => {
        const retired = issue.path.length === 0 ? RETIRED_FIELDS[key] : undefined;
        if (retired)
          return { file, field: key, found: 'a field that is no longer used', expected: retired, line: lineOf([key]) };
        const guess = closest(key, known);
        const hint = guess ? `; did you mean "${guess}"?` : '; fix its name, or delete the line';
        return {
          file,
          field: [...issue.path, key].join('.'),
          found: 'a field this kind of entry does not have',
          expected: `one of ${known.join(', ')}${hint}`,
          line: lineOf([...issue.path, key]),
        };
      });
    }
    const raw = valueAt(data, issue.path);
    let fix = '';
    // A missing choice field fails as an invalid value, not an invalid type; both mean "add it".
    if (raw === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value')) {
      fix = requiredFix(schema, issue.path);
    }
    if (issue.code === 'invalid_value' && typeof raw === 'string') {
      const guess = closest(raw, issue.values.map(String));
      if (guess) fix = `; did you mean "${guess}"?`;
    }
    return [
      {
        file,
        field: issue.path.join('.') || 'file',
        found: describeValue(raw),
        expected: issue.message + fix,
        line: lineOf(issue.path),
      },
    ];
  });
}
