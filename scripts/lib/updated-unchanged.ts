/**
 * The "changed but not re-dated" rule: a content file that differs from the last
 * commit while its `updated` field does not. Pure: the script layer asks git for
 * the files and their committed text; this only compares.
 */
import { COLLECTIONS, COLLECTION_NAMES, type CollectionName } from '../../src/schemas/collections.ts';
import { describeValue, type Problem } from '../../src/content/problem.ts';
import { parseContentFile } from '../../src/content/read-content.ts';
import { knownFieldsAt } from '../../src/content/zod-problems.ts';

/** A content file as it is in the last commit and as it is now. */
export interface ChangedFile {
  /** Path from the project root, e.g. "content/events/kaetuai-killed.md". */
  file: string;
  before: string;
  after: string;
}

/** The collection a content path belongs to, when that collection has an `updated` field. */
function datedCollection(file: string): CollectionName | undefined {
  return COLLECTION_NAMES.find((name) => {
    const { folder, extension, schema } = COLLECTIONS[name];
    const rest = file.slice(`content/${folder}/`.length);
    return (
      file.startsWith(`content/${folder}/`) &&
      !rest.includes('/') &&
      rest.endsWith(extension) &&
      knownFieldsAt(schema, []).includes('updated')
    );
  });
}

/** The latest date that moves the site's stamp: `updated`, or a correction's `date` in the article. */
function stampOf(collection: CollectionName, file: string, text: string) {
  const parsed = parseContentFile(collection, file, text);
  if (!('collection' in parsed)) return undefined;
  const data = parsed.data as { updated?: unknown; corrections?: unknown };
  const corrections = Array.isArray(data.corrections) ? data.corrections : [];
  const dates = [data.updated, ...corrections.map((c: unknown) => (c as { date?: unknown } | null)?.date)].filter(
    (date): date is string => typeof date === 'string',
  );
  // Day-precise ISO dates sort as text.
  const latest = dates.sort().at(-1);
  return { value: latest, updated: data.updated, line: parsed.lineOf(['updated']) };
}

/** Warnings for files that changed since the last commit but kept the same `updated`; `today` is "YYYY-MM-DD". */
export function updatedUnchanged(changes: readonly ChangedFile[], today: string): Problem[] {
  return changes.flatMap(({ file, before, after }): Problem[] => {
    const collection = datedCollection(file);
    if (!collection || before === after) return [];
    const old = stampOf(collection, file, before);
    const now = stampOf(collection, file, after);
    // A file that no longer parses gets its own error from the check; one message is enough.
    if (!old || !now || old.value !== now.value) return [];
    const found =
      now.updated === undefined
        ? 'nothing, though the file changed since the last commit'
        : `${describeValue(now.updated)}, the same as in the last commit, though the file changed`;
    const correction = collection === 'article' ? ', or a new correction dated today' : '';
    return [
      {
        file,
        field: 'updated',
        found,
        expected: `the day of this change, updated: "${today}"${correction} (leave it only when the change is not one of substance, such as a typo)`,
        line: now.line,
      },
    ];
  });
}
