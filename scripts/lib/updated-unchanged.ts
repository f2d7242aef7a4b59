/**
 * The "changed without a dated note" rule: a content file whose status, figure,
 * dates or sources differ from the last commit while its update log gained no
 * entry. Pure: the script layer asks git for the files and their committed
 * text; this only compares, and shows the editor the log entry to add.
 */
import { COLLECTIONS, COLLECTION_NAMES, type CollectionName } from '../../src/schemas/collections.ts';
import { describeValue, type Problem } from '../../src/content/problem.ts';
import { parseContentFile } from '../../src/content/read-content.ts';

/** A content file as it is in the last commit and as it is now. */
export interface ChangedFile {
  /** Path from the project root, e.g. "content/events/kaetuai-killed.md". */
  file: string;
  before: string;
  after: string;
}

/** The fields whose change readers must be told about, per collection that keeps a log. */
export const WATCHED_FIELDS: Partial<Record<CollectionName, readonly string[]>> = {
  events: ['status', 'date', 'approximate', 'time', 'timeZone', 'sources'],
  facts: ['value', 'upTo', 'qualifier', 'unit', 'asOf', 'sources'],
  article: ['published', 'publishedApproximate', 'sources'],
};

/** The collection a content path belongs to, when that collection has watched fields. */
function watchedCollection(file: string): CollectionName | undefined {
  return COLLECTION_NAMES.find((name) => {
    const { folder, extension } = COLLECTIONS[name];
    const rest = file.slice(`content/${folder}/`.length);
    return (
      file.startsWith(`content/${folder}/`) && !rest.includes('/') && rest.endsWith(extension) && !!WATCHED_FIELDS[name]
    );
  });
}

function fieldsOf(collection: CollectionName, file: string, text: string) {
  const parsed = parseContentFile(collection, file, text);
  if (!('collection' in parsed) || typeof parsed.data !== 'object' || parsed.data === null) return undefined;
  const data = parsed.data as Record<string, unknown>;
  return { data, log: Array.isArray(data['log']) ? data['log'].length : 0, lineOf: parsed.lineOf };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** A value briefly, lists with their items, since "a list of 3" would not show which source changed. */
const shown = (value: unknown) =>
  Array.isArray(value) && value.every((item) => typeof item === 'string')
    ? `[${value.join(', ')}]`
    : describeValue(value);

/** A value as it would be written in the log's `previous`, for the suggested entry. */
const inWords = (value: unknown) => (Array.isArray(value) ? value.join(', ') : String(value));

/** The YAML of the log entry to add, indented to go under the file's `log:` line. */
export function suggestedEntry(today: string, field: string, before: unknown): string {
  const kind = field === 'sources' ? 'update' : 'update # or correction, if the old value was wrong';
  const previous =
    field === 'sources' || before === undefined ? [] : [`    previous: ${JSON.stringify(inWords(before))}`];
  return [
    'log:',
    `  - date: "${today}"`,
    `    kind: ${kind}`,
    '    note: "What changed and why, in one sentence."',
    ...previous,
  ].join('\n    ');
}

/** Errors for files whose watched fields changed since the last commit with no new log entry; `today` is "YYYY-MM-DD". */
export function missingLogEntries(changes: readonly ChangedFile[], today: string): Problem[] {
  return changes.flatMap(({ file, before, after }): Problem[] => {
    const collection = watchedCollection(file);
    if (!collection || before === after) return [];
    const old = fieldsOf(collection, file, before);
    const now = fieldsOf(collection, file, after);
    // A file that no longer parses gets its own error from the check; one message is enough.
    if (!old || !now || now.log > old.log) return [];
    return (WATCHED_FIELDS[collection] ?? []).flatMap((field): Problem[] => {
      const [was, is] = [old.data[field], now.data[field]];
      if (same(was, is)) return [];
      const line = now.lineOf([field]);
      return [
        {
          file,
          field,
          // The line goes here, not at the end, where it would follow the suggested YAML.
          found: `${shown(is)}${line === undefined ? '' : ` at line ${line}`} (${shown(was)} in the last commit), with no new log entry`,
          expected: `a dated note of the change for readers; add it at the end of the file's log (without "previous" if nothing was replaced):\n    ${suggestedEntry(today, field, was)}`,
        },
      ];
    });
  });
}
