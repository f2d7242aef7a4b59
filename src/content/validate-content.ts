/**
 * Every entry against its schema. Pure: takes raw entries, returns problems
 * and the validated content, so tests need no disk and no Astro. The rules
 * across entries (ids, references) are src/check/references.ts.
 */
import { COLLECTIONS, type CollectionName, type EntryData } from '../schemas/collections.ts';
import type { Problem } from './problem.ts';
import type { RawEntry } from './read-content.ts';
import { expectedFallback, issuesToProblems } from './zod-problems.ts';

/** An entry that passed its schema. */
export interface ValidEntry<C extends CollectionName> {
  id: string;
  file: string;
  data: EntryData<C>;
  body: string;
  bodyLine: number;
  lineOf: RawEntry['lineOf'];
}

/** All entries that passed their schemas, by collection. */
export type ValidContent = { [C in CollectionName]: ValidEntry<C>[] };

function emptyContent(): ValidContent {
  return { article: [], sections: [], events: [], facts: [], sources: [], places: [], pages: [] };
}

/** Checks each raw entry against its collection's schema. */
export function validateEntries(entries: readonly RawEntry[]): { content: ValidContent; problems: Problem[] } {
  const content = emptyContent();
  const problems: Problem[] = [];
  for (const entry of entries) {
    const schema = COLLECTIONS[entry.collection].schema;
    const result = schema.safeParse(entry.data, { error: expectedFallback });
    if (!result.success) {
      problems.push(
        ...issuesToProblems(result.error.issues, { file: entry.file, data: entry.data, schema, lineOf: entry.lineOf }),
      );
      continue;
    }
    const valid = {
      id: entry.id,
      file: entry.file,
      data: result.data,
      body: entry.body,
      bodyLine: entry.bodyLine,
      lineOf: entry.lineOf,
    };
    (content[entry.collection] as ValidEntry<typeof entry.collection>[]).push(valid as never);
  }
  return { content, problems };
}

/** Ids of every file present per collection, valid or not, so a broken entry is reported once, not again by each reference to it. */
export type PresentIds = Record<CollectionName, ReadonlySet<string>>;
