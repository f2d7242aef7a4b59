/** Reads and checks all of content/: the one entry point for `npm run check` and the build. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sortProblems, type Problem } from './problem.ts';
import { LEDGER_FILE, missingPublishedIds, parseLedger, type Ledger } from './published-ids.ts';
import yaml from 'js-yaml';
import { readContent, type RawEntry } from './read-content.ts';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { COLLECTIONS, COLLECTION_NAMES, type CollectionName } from '../schemas/collections.ts';
import { checkPlaceCoordinates, mapCountryProblems } from './check-place-coordinates.ts';
import { SiteSchema, type Site } from '../schemas/site.ts';
import { yamlLineFinder } from './yaml-lines.ts';
import { issuesToProblems, expectedFallback } from './zod-problems.ts';
import { SITE_FILE } from './site-file.ts';
import { bodyProblems as markdownProblems } from './checks/bodies.ts';
import { checkToday, dateProblems } from './checks/dates.ts';
import { factNumberProblems } from './checks/fact-numbers.ts';
import { placeCountryProblems } from './checks/place-country.ts';
import { reservedIdProblems } from './checks/site-links.ts';
import { MAX_DEPTH, treeDepth } from './markdown-depth.ts';
import { ALLOWED_TAGS, findRawHtml } from './raw-html.ts';
import {
  checkArticleCount,
  checkReferences,
  validateEntries,
  type PresentIds,
  type ValidContent,
} from './validate-content.ts';

/** Ids of all files in each collection's folder, whether or not they parsed. */
function presentIds(files: readonly string[]): PresentIds {
  const present = {} as Record<keyof PresentIds, Set<string>>;
  for (const name of COLLECTION_NAMES) {
    const { folder, extension } = COLLECTIONS[name];
    present[name] = new Set(
      files
        .filter((file) => file.startsWith(`content/${folder}/`) && file.endsWith(extension))
        .map((file) => file.slice(`content/${folder}/`.length, -extension.length)),
    );
  }
  return present;
}

/** A problem for each body nested too deeply to render, or holding raw HTML beyond the small allowlist. */
function bodyProblems(content: ValidContent): Problem[] {
  return COLLECTION_NAMES.flatMap((name) =>
    (content[name] as ValidContent[CollectionName]).flatMap((entry): Problem[] => {
      if (entry.body.trim() === '') return [];
      const tree = fromMarkdown(entry.body);
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

/** The ledger of published ids beside content/, if there is one. */
export function readLedger(root: string): { ledger: Ledger; problems: Problem[] } | undefined {
  const file = join(root, LEDGER_FILE);
  return existsSync(file) ? parseLedger(readFileSync(file, 'utf8')) : undefined;
}

/** Ids and old ids present on disk, valid or not, keyed by the ledger's namespaces ("timeline:<id>"). */
function presentInLedgerSpaces(present: PresentIds, entries: readonly RawEntry[]): Set<string> {
  const space = { sections: 'timeline', events: 'timeline', facts: 'facts', sources: 'sources' } as const;
  const keys = (['sections', 'events', 'facts', 'sources'] as const).flatMap((name) =>
    [...present[name]].map((id) => `${space[name]}:${id}`),
  );
  // A file that failed its schema still vouches for the old ids it lists.
  for (const entry of entries) {
    const aliases = (entry.data as { aliases?: unknown }).aliases;
    if (entry.collection in space && Array.isArray(aliases)) {
      const name = space[entry.collection as keyof typeof space];
      keys.push(...aliases.filter((a): a is string => typeof a === 'string').map((a) => `${name}:${a}`));
    }
  }
  return new Set(keys);
}

/** The story's settings file checked against its schema: the settings, or the problems with them. */
export function checkSite(root: string): { site?: Site; problems: Problem[] } {
  const path = join(root, SITE_FILE);
  if (!existsSync(path)) {
    return {
      problems: [
        {
          file: SITE_FILE,
          field: 'file',
          found: 'no file',
          expected: 'the story\'s settings, at least "name: <site name>"',
        },
      ],
    };
  }
  const text = readFileSync(path, 'utf8');
  let data: unknown;
  try {
    data = yaml.load(text) ?? {};
  } catch (error) {
    const reason = error instanceof yaml.YAMLException ? error.reason : String(error);
    return {
      problems: [
        {
          file: SITE_FILE,
          field: 'file',
          found: `YAML it cannot read (${reason})`,
          expected: 'valid YAML: "field: value" lines',
        },
      ],
    };
  }
  const result = SiteSchema.safeParse(data, { error: expectedFallback });
  const lineOf = yamlLineFinder(text, 1);
  if (result.success) return { site: result.data, problems: mapCountryProblems(result.data, lineOf) };
  return {
    problems: issuesToProblems(result.error.issues, { file: SITE_FILE, data, schema: SiteSchema, lineOf }),
  };
}

/** Every problem in `<root>/content` (and its ledger of published ids), sorted, plus what validated. */
export function checkContent(
  root: string,
  today = checkToday(),
): { problems: Problem[]; content: ValidContent; site?: Site | undefined } {
  const read = readContent(root);
  const { content, problems } = validateEntries(read.entries);
  const files = [...new Set([...read.entries, ...read.problems].map((e) => e.file))];
  const present = presentIds(files);
  const settings = checkSite(root);
  // The map's own frame check goes first; a place it reports is not judged again by country.
  const coordinates = settings.site ? checkPlaceCoordinates(content.places, settings.site) : [];
  const all = [
    ...read.problems,
    ...problems,
    ...checkArticleCount(present.article.size),
    ...checkReferences(content, present),
    ...coordinates,
    ...placeCountryProblems(content.places, new Set(coordinates.map((p) => p.file))),
    ...factNumberProblems(content.facts),
    ...dateProblems(content, today),
  ];
  all.push(...settings.problems);
  all.push(...bodyProblems(content), ...markdownProblems(content), ...reservedIdProblems(content));
  const ledger = readLedger(root);
  if (ledger) {
    // A file that cannot be read at all may hold the old id; its own problem is reported, so say nothing more.
    const unreadable = new Set(read.problems.map((p) => p.file.split('/')[1]));
    const missing = missingPublishedIds(ledger.ledger, content, presentInLedgerSpaces(present, read.entries)).filter(
      (p) => !(p.field === 'timeline' ? ['sections', 'events'] : [p.field]).some((folder) => unreadable.has(folder)),
    );
    all.push(...ledger.problems, ...missing);
  }
  return { problems: sortProblems(all), content, site: settings.site };
}
