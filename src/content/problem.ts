import { visible } from './visible.ts';

/** One thing wrong with the content, located as precisely as we can. */
export interface Problem {
  /** Path from the project root, e.g. "content/events/kaetuai-killed.md". */
  file: string;
  /** The field, dotted for nested values ("corrections.0.settledBy"), or "file" for the whole file. */
  field: string;
  /** What was there, already formatted for reading. */
  found: string;
  /** What should be there, and how to fix it where that helps. */
  expected: string;
  /** 1-based line in the file, where known. */
  line?: number | undefined;
}

/** The one-line report an editor reads: "file: field: found X, expected Y (line N)". */
export function formatProblem(problem: Problem): string {
  const where = problem.line === undefined ? '' : ` (line ${problem.line})`;
  return `${visible(problem.file)}: ${problem.field}: found ${problem.found}, expected ${problem.expected}${where}`;
}

/** Orders problems by file, then line, so a report reads top to bottom. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || a.field.localeCompare(b.field),
  );
}

/** Shows a raw value the way an editor typed it, briefly. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (value instanceof Date) {
    const iso = Number.isNaN(value.getTime()) ? 'an invalid date' : value.toISOString().slice(0, 10);
    return `${iso} without quotes`;
  }
  if (typeof value === 'string') {
    const shown = value.length > 60 ? `${value.slice(0, 57)}…` : value;
    // Invisible characters shown as escapes, so a value that looks right is seen to hold one.
    return visible(JSON.stringify(shown));
  }
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : `a list of ${value.length}`;
  if (typeof value === 'object') return 'a group of fields';
  return String(value);
}
