/** Reads and checks all of content/: the one entry point for `npm run check` and the build. */
import { sortProblems, type Problem } from '../content/problem.ts';
import { LEDGER_SPACES, missingPublishedIds } from '../content/published-ids.ts';
import type { RawEntry } from '../content/read-content.ts';
import { bodyTree } from '../content/body-tree.ts';
import { COLLECTIONS, COLLECTION_NAMES, type CollectionName } from '../schemas/collections.ts';
import { checkPlaceCoordinates, mapCountryProblems } from './place-coordinates.ts';
import type { Site } from '../schemas/site.ts';
import { contentIndex, type ContentIndex } from '../content/content-index.ts';
import { bodyProblems as markdownProblems } from './bodies.ts';
import { checkToday, dateProblems } from './dates.ts';
import { factNumberProblems } from './fact-numbers.ts';
import { placeCountryProblems } from './place-country.ts';
import { reservedIdProblems } from './site-links.ts';
import { MAX_DEPTH, treeDepth } from './markdown-depth.ts';
import { ALLOWED_TAGS, findRawHtml } from './raw-html.ts';
import type { PresentIds, ValidContent } from '../content/validate-content.ts';
import { checkArticleCount } from './article-rules.ts';
import { checkReferences } from './references.ts';

export { checkSite, readLedger } from '../content/check-site.ts';

/** A problem for each body nested too deeply to render, or holding raw HTML beyond the small allowlist. */
function bodyProblems(content: ValidContent): Problem[] {
  return COLLECTION_NAMES.flatMap((name) =>
    (content[name] as ValidContent[CollectionName]).flatMap((entry): Problem[] => {
      if (entry.body.trim() === '') return [];
      const tree = bodyTree(entry.body);
      const depth = treeDepth(tree);
      if (depth > MAX_DEPTH) {
        const found = `markdown nested ${depth} levels deep`;
        const expected = `at most ${MAX_DEPTH} levels of quotes and lists inside each other; flatten it`;
        return [{ file: entry.file, field: 'body', found, expected }];
      }
      return findRawHtml(tree).map((finding) => ({
        file: entry.file,
        field: 'body',
        found: `raw HTML ${JSON.stringify(finding.tag)}`,
        expected: `markdown only (HTML allowed: ${ALLOWED_TAGS.map((t) => `<${t}>`).join(', ')}); write a link as [words](https://…) or [words](event:<id>)`,
        line: finding.line === undefined ? undefined : entry.bodyLine + finding.line - 1,
      }));
    }),
  );
}

/** The ledger's namespace of a collection's ids (places are never linked from outside, so not recorded). */
function ledgerSpace(name: CollectionName): string | undefined {
  const space = COLLECTIONS[name].namespace;
  return space && (LEDGER_SPACES as readonly string[]).includes(space) ? space : undefined;
}

/** Ids and old ids present on disk, valid or not, keyed by the ledger's namespaces ("timeline:<id>"). */
function presentInLedgerSpaces(present: PresentIds, entries: readonly RawEntry[]): Set<string> {
  const keys = COLLECTION_NAMES.flatMap((name) => {
    const space = ledgerSpace(name);
    return space ? [...present[name]].map((id) => `${space}:${id}`) : [];
  });
  // A file that failed its schema still vouches for the old ids it lists.
  for (const entry of entries) {
    const aliases = (entry.data as { aliases?: unknown }).aliases;
    const space = ledgerSpace(entry.collection);
    if (space && Array.isArray(aliases)) {
      keys.push(...aliases.filter((a): a is string => typeof a === 'string').map((a) => `${space}:${a}`));
    }
  }
  return new Set(keys);
}

// The rules that do not depend on the day, worked out once per index.
const fixedProblems = new WeakMap<ContentIndex, { before: Problem[]; after: Problem[] }>();

function rulesOf(index: ContentIndex): { before: Problem[]; after: Problem[] } {
  const known = fixedProblems.get(index);
  if (known) return known;
  const { read, content, present } = index;
  // The map's own frame check goes first; a place it reports is not judged again by country.
  const { site, lineOf } = index.site;
  const coordinates = site ? checkPlaceCoordinates(content.places, site) : [];
  const before = [
    ...read.problems,
    ...index.schemaProblems,
    ...checkArticleCount(present.article.size),
    ...checkReferences(content, present),
    ...coordinates,
    ...placeCountryProblems(content.places, new Set(coordinates.map((p) => p.file))),
    ...factNumberProblems(content.facts),
  ];
  const after = [...index.site.problems, ...(site && lineOf ? mapCountryProblems(site, lineOf) : [])];
  after.push(...bodyProblems(content), ...markdownProblems(content), ...reservedIdProblems(content));
  const ledger = index.ledger;
  if (ledger) {
    // A file that cannot be read at all may hold the old id; its own problem is reported, so say nothing more.
    const unreadable = new Set(read.problems.map((p) => p.file.split('/')[1]));
    const missing = missingPublishedIds(ledger.ledger, content, presentInLedgerSpaces(present, read.entries)).filter(
      (p) => !(p.field === 'timeline' ? ['sections', 'events'] : [p.field]).some((folder) => unreadable.has(folder)),
    );
    after.push(...ledger.problems, ...missing);
  }
  const rules = { before, after };
  fixedProblems.set(index, rules);
  return rules;
}

/** Every problem in `<root>/content` (and its ledger of published ids), sorted, plus what validated. */
export function checkContent(
  root: string,
  today = checkToday(),
): { problems: Problem[]; content: ValidContent; site?: Site | undefined } {
  const index = contentIndex(root);
  const { before, after } = rulesOf(index);
  const all = [...before, ...dateProblems(index.content, today), ...after];
  return { problems: sortProblems(all), content: index.content, site: index.site.site };
}
