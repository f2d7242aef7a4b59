/**
 * The namespaces ids live in (sections and events share the timeline's, one
 * anchor each on /timeline/), with their old ids, and the problem for a
 * reference to an id that is not live in the namespace it needs.
 */
import {
  COLLECTIONS,
  COLLECTION_NAMES,
  collectionsIn,
  type CollectionName,
  type IdNamespace,
} from '../schemas/collections.ts';
import type { Problem } from '../content/problem.ts';
import type { PresentIds, ValidContent, ValidEntry } from '../content/validate-content.ts';
import { closest } from '../content/zod-problems.ts';

interface Owner {
  file: string;
  live: boolean;
  /** The live id an alias points to. */
  target: string;
}

/** Live ids and aliases of one namespace, with the files that own them. */
export type Namespace = Map<string, Owner>;

function aliasesOf(entry: ValidEntry<CollectionName>): string[] {
  const data = entry.data as { aliases?: string[] };
  return data.aliases ?? [];
}

const NAMESPACES = [...new Set(COLLECTION_NAMES.flatMap((name) => COLLECTIONS[name].namespace ?? []))];

/** Every namespace's ids and aliases; a repeated id or alias is a problem, pushed onto `problems`. */
export function buildNamespaces(content: ValidContent, problems: Problem[]): Record<IdNamespace, Namespace> {
  const result = {} as Record<IdNamespace, Namespace>;
  for (const name of NAMESPACES) {
    const space: Namespace = new Map();
    result[name] = space;
    const entries = collectionsIn(name).flatMap((c) => content[c] as ValidEntry<CollectionName>[]);
    for (const entry of entries) {
      const owner = space.get(entry.id);
      if (owner) {
        problems.push({
          file: entry.file,
          field: 'file name',
          found: `the id "${entry.id}", already used by ${owner.file}`,
          expected: `an id of its own (section and event ids share /timeline/ anchors); rename one file`,
        });
      } else {
        space.set(entry.id, { file: entry.file, live: true, target: entry.id });
      }
    }
    for (const entry of entries) {
      aliasesOf(entry).forEach((alias, index) => {
        const owner = space.get(alias);
        if (owner) {
          const what = owner.live ? `the live id of ${owner.file}` : `already an old id of ${owner.file}`;
          problems.push({
            file: entry.file,
            field: `aliases.${index}`,
            found: `"${alias}", ${what}`,
            expected:
              'an old id that no other entry uses; aliases list only ids this entry itself used to have, so remove it',
            line: entry.lineOf(['aliases', index]),
          });
        } else {
          space.set(alias, { file: entry.file, live: false, target: entry.id });
        }
      });
    }
  }
  return result;
}

/** The kind of entry ("event") an id belongs to, when it is not one of the collections it was looked for in. */
function otherKindOf(id: string, wanted: readonly CollectionName[], present: PresentIds): string | undefined {
  const found = COLLECTION_NAMES.find(
    (name) => !wanted.includes(name) && COLLECTIONS[name].namespace && present[name].has(id),
  );
  return found && COLLECTIONS[found].singular;
}

/** What kind of entry a field needs, in words ("section or event"), and the collections that count. */
export const WANTED: Record<string, CollectionName[]> = {
  'section or event': ['sections', 'events'],
  section: ['sections'],
  place: ['places'],
  source: ['sources'],
  fact: ['facts'],
};

/** One id a field of an entry needs: where it is written, and what it must be. */
export interface Need {
  entry: ValidEntry<CollectionName>;
  field: string;
  path: PropertyKey[];
  /** The body line, for a link in the text. */
  line?: number | undefined;
  id: string;
  what: keyof typeof WANTED;
  /** Written as a reference ("event:<id>"), so the fix may be another kind's prefix. */
  asRef?: boolean;
}

/** The problem with a needed id that is not live in `space`, or undefined when it is (or its file is merely broken). */
export function missingId(need: Need, space: Namespace, present: PresentIds): Problem | undefined {
  const { entry, field, id, what } = need;
  const wanted = WANTED[what] ?? [];
  const owner = space.get(id);
  if (owner?.live) return undefined;
  if (!owner && wanted.some((name) => present[name].has(id))) return undefined;
  // Only now: finding a line parses the file's YAML again, which a thousand good references must not cost.
  const line = need.line ?? entry.lineOf(need.path);
  const other = owner ? undefined : otherKindOf(id, wanted, present);
  if (other) {
    // The id exists, as another kind of entry: say which, and how to point at it.
    const linkable = need.asRef && other !== 'place';
    const fix = linkable ? `${other}:${id}` : `the id of a ${what}`;
    return {
      file: entry.file,
      field,
      found: `"${id}", which is ${other === 'event' ? 'an' : 'a'} ${other} (content/${other === 'fact' ? 'facts' : `${other}s`}), not a ${what}`,
      expected: linkable ? `${fix} to link to that ${other}` : `${fix}; "${id}" cannot be used here`,
      line,
    };
  }
  const found = owner ? `"${id}", an old id of ${owner.file}` : `"${id}", which no ${what} has`;
  // Ids share long words ("-missing", "-report"), so a guess must be a near miss, not a third rewritten.
  const candidates = wanted.flatMap((name) => [...present[name]]);
  const guess = closest(id, candidates, Math.max(1, Math.floor(id.length / 6)));
  const create = `npm run new -- ${what === 'section or event' ? 'event' : what}`;
  const fix = guess
    ? `; did you mean "${guess}"? If it is new, create it first with ${create}`
    : `; check the spelling, or create it first with ${create}`;
  const expected = owner
    ? `its current id "${owner.target}"`
    : `the id of a ${what} (a file name in content/${what === 'section or event' ? 'sections or content/events' : `${what}s`}, without the extension)${fix}`;
  return { file: entry.file, field, found, expected, line };
}
