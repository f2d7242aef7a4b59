/**
 * The content check: every entry against its schema, then every id and
 * reference across collections. Pure: takes raw entries, returns problems
 * and the validated content, so tests need no disk and no Astro.
 */
import { COLLECTIONS, COLLECTION_NAMES, type CollectionName, type EntryData } from '../schemas/collections.ts';
import type { Ref, RefKind } from '../schemas/ref.ts';
import { bodyTree } from './body-tree.ts';
import { classifyLink, findLinks } from '../markdown/cross-refs.ts';
import { comparePartialDates } from '../dates/partial-date.ts';
import { describeValue, type Problem } from './problem.ts';
import type { RawEntry } from './read-content.ts';
import { closest, expectedFallback, issuesToProblems } from './zod-problems.ts';

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

/** Which namespace a reference kind resolves in; sections and events share the timeline's. */
const NAMESPACE_OF: Record<RefKind, 'timeline' | 'facts' | 'sources'> = {
  event: 'timeline',
  section: 'timeline',
  fact: 'facts',
  source: 'sources',
};

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

interface Owner {
  file: string;
  live: boolean;
  /** The live id an alias points to. */
  target: string;
}

/** Live ids and aliases of one namespace, with the files that own them. */
type Namespace = Map<string, Owner>;

function aliasesOf(entry: ValidEntry<CollectionName>): string[] {
  const data = entry.data as { aliases?: string[] };
  return data.aliases ?? [];
}

function buildNamespaces(
  content: ValidContent,
  problems: Problem[],
): Record<'timeline' | 'facts' | 'sources' | 'places', Namespace> {
  const groups = {
    timeline: [...content.sections, ...content.events],
    facts: content.facts,
    sources: content.sources,
    places: content.places,
  };
  const result = { timeline: new Map(), facts: new Map(), sources: new Map(), places: new Map() } as Record<
    keyof typeof groups,
    Namespace
  >;
  for (const [name, entries] of Object.entries(groups) as [keyof typeof groups, ValidEntry<CollectionName>[]][]) {
    const space = result[name];
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

const SINGULAR: Partial<Record<CollectionName, string>> = {
  sections: 'section',
  events: 'event',
  facts: 'fact',
  sources: 'source',
  places: 'place',
};

/** The kind of entry ("event") an id belongs to, when it is not one of the collections it was looked for in. */
function otherKindOf(id: string, wanted: readonly CollectionName[], present: PresentIds): string | undefined {
  const found = COLLECTION_NAMES.find((name) => !wanted.includes(name) && SINGULAR[name] && present[name].has(id));
  return found && SINGULAR[found];
}

/** Ids of every file present per collection, valid or not, so a broken entry is reported once, not again by each reference to it. */
export type PresentIds = Record<CollectionName, ReadonlySet<string>>;

/** Checks ids, aliases and every reference between entries, including links in bodies. */
export function checkReferences(content: ValidContent, present: PresentIds): Problem[] {
  const problems: Problem[] = [];
  const spaces = buildNamespaces(content, problems);

  const presentIn: Record<string, CollectionName[]> = {
    'section or event': ['sections', 'events'],
    section: ['sections'],
    place: ['places'],
    source: ['sources'],
    fact: ['facts'],
  };
  const need = (
    entry: ValidEntry<CollectionName>,
    field: string,
    path: PropertyKey[],
    space: Namespace,
    id: string,
    what: string,
    line?: number,
    asRef = false,
  ) => {
    const owner = space.get(id);
    if (owner?.live) return;
    if (!owner && presentIn[what]?.some((name) => present[name].has(id))) return;
    const other = owner ? undefined : otherKindOf(id, presentIn[what] ?? [], present);
    if (other) {
      // The id exists, as another kind of entry: say which, and how to point at it.
      const fix = asRef && other !== 'place' ? `${other}:${id}` : `the id of a ${what}`;
      problems.push({
        file: entry.file,
        field,
        found: `"${id}", which is ${other === 'event' ? 'an' : 'a'} ${other} (content/${other === 'fact' ? 'facts' : `${other}s`}), not a ${what}`,
        expected:
          asRef && other !== 'place' ? `${fix} to link to that ${other}` : `${fix}; "${id}" cannot be used here`,
        line: line ?? entry.lineOf(path),
      });
      return;
    }
    const found = owner ? `"${id}", an old id of ${owner.file}` : `"${id}", which no ${what} has`;
    // Ids share long words ("-missing", "-report"), so a guess must be a near miss, not a third rewritten.
    const candidates = (presentIn[what] ?? []).flatMap((name) => [...present[name]]);
    const guess = closest(id, candidates, Math.max(1, Math.floor(id.length / 6)));
    const create = `npm run new -- ${what === 'section or event' ? 'event' : what}`;
    const fix = guess
      ? `; did you mean "${guess}"? If it is new, create it first with ${create}`
      : `; check the spelling, or create it first with ${create}`;
    const expected = owner
      ? `its current id "${owner.target}"`
      : `the id of a ${what} (a file name in content/${what === 'section or event' ? 'sections or content/events' : `${what}s`}, without the extension)${fix}`;
    problems.push({ file: entry.file, field, found, expected, line: line ?? entry.lineOf(path) });
  };
  const needRef = (entry: ValidEntry<CollectionName>, field: string, path: PropertyKey[], ref: Ref, line?: number) => {
    const what = ref.kind === 'event' || ref.kind === 'section' ? 'section or event' : ref.kind;
    need(entry, field, path, spaces[NAMESPACE_OF[ref.kind]], ref.id, what, line, true);
    // An id that is both a section and an event is reported once, on the file that repeats it.
    const collides = content.sections.some((s) => s.id === ref.id) && content.events.some((e) => e.id === ref.id);
    const kindOk =
      collides ||
      (ref.kind === 'event'
        ? content.sections.every((s) => s.id !== ref.id)
        : ref.kind === 'section'
          ? content.events.every((e) => e.id !== ref.id)
          : true);
    if (!kindOk)
      problems.push({
        file: entry.file,
        field,
        found: `${ref.kind}:${ref.id}`,
        expected: `${ref.kind === 'event' ? 'section' : 'event'}:${ref.id} (that id is a ${ref.kind === 'event' ? 'section' : 'event'})`,
        line: line ?? entry.lineOf(path),
      });
  };
  const needSources = (entry: ValidEntry<CollectionName>, ids: readonly string[]) =>
    ids.forEach((id, i) => need(entry, `sources.${i}`, ['sources', i], spaces.sources, id, 'source'));

  for (const event of content.events) {
    need(event, 'section', ['section'], spaces.timeline, event.data.section, 'section');
    const sectionToo = content.sections.some((s) => s.id === event.data.section);
    if (!sectionToo && content.events.some((e) => e.id === event.data.section)) {
      problems.push({
        file: event.file,
        field: 'section',
        found: `"${event.data.section}", which is an event`,
        expected: 'a section id from content/sections',
        line: event.lineOf(['section']),
      });
    }
    need(event, 'place', ['place'], spaces.places, event.data.place, 'place');
    needSources(event, event.data.sources);
  }
  for (const fact of content.facts) {
    needSources(fact, fact.data.sources);
    const earlier = fact.data.previous;
    if (earlier === undefined) continue;
    need(fact, 'previous', ['previous'], spaces.facts, earlier, 'fact');
    const other = content.facts.find((f) => f.id === earlier);
    const problem = (found: string, expected: string) =>
      problems.push({ file: fact.file, field: 'previous', found, expected, line: fact.lineOf(['previous']) });
    if (earlier === fact.id) problem(`"${earlier}", this fact itself`, 'the id of an earlier count of the same thing');
    else if (other && other.data.unit !== fact.data.unit)
      problem(`"${earlier}", counted in ${other.data.unit}`, `an earlier count in the same unit (${fact.data.unit})`);
    else if (other && comparePartialDates(other.data.asOf.start, fact.data.asOf.start) >= 0)
      problem(
        `"${earlier}", as of the same date or later`,
        'the id of a count made before this one (its asOf is earlier)',
      );
  }
  for (const article of content.article) {
    needSources(article, article.data.sources);
    article.data.corrections.forEach((c, i) =>
      c.settledBy.forEach((ref, j) =>
        needRef(article, `corrections.${i}.settledBy.${j}`, ['corrections', i, 'settledBy', j], ref),
      ),
    );
    for (const list of ['known', 'unknown'] as const) {
      article.data[list].forEach((line, i) => {
        if (line.see) needRef(article, `${list}.${i}.see`, [list, i, 'see'], line.see);
      });
    }
    problems.push(...checkCorrectionQuotes(article));
  }

  const orders = new Map<number, string>();
  for (const section of content.sections) {
    const other = orders.get(section.data.order);
    if (other)
      problems.push({
        file: section.file,
        field: 'order',
        found: `${section.data.order}, also the order of ${other}`,
        expected: 'a number no other section uses; renumber one of the two',
        line: section.lineOf(['order']),
      });
    else orders.set(section.data.order, section.file);
  }

  for (const name of COLLECTION_NAMES) {
    for (const entry of content[name] as ValidEntry<CollectionName>[]) {
      if (entry.body.trim() === '') continue;
      for (const link of findLinks(bodyTree(entry.body))) {
        const line = link.line === undefined ? undefined : entry.bodyLine + link.line - 1;
        const kind = classifyLink(link.url);
        if (kind.type === 'bad')
          problems.push({
            file: entry.file,
            field: 'body',
            found: `a link to ${JSON.stringify(link.url)}`,
            expected: kind.expected,
            line,
          });
        if (kind.type === 'ref') needRef(entry, 'body', [], kind.ref, line);
      }
    }
  }
  return problems;
}

/** The words of a markdown text as a reader sees them, with runs of white space made single. */
function readableText(markdown: string): string {
  type Node = { value?: unknown; children?: Node[] };
  const words = (node: Node): string =>
    typeof node.value === 'string' ? node.value : (node.children ?? []).map(words).join('');
  return bodyTree(markdown)
    .children.map((block) => words(block as Node))
    .join(' ')
    .replace(/\s+/g, ' ');
}

/** Each correction must quote words the article really says, or readers cannot find what it corrects. */
export function checkCorrectionQuotes(article: ValidEntry<'article'>): Problem[] {
  const text = readableText(article.body);
  return article.data.corrections.flatMap((correction, i): Problem[] =>
    text.includes(correction.quote.replace(/\s+/g, ' '))
      ? []
      : [
          {
            file: article.file,
            field: `corrections.${i}.quote`,
            found: describeValue(correction.quote),
            expected:
              'words that appear in the article text exactly as published; copy them from the article, curly quotes and apostrophes included',
            line: article.lineOf(['corrections', i, 'quote']),
          },
        ],
  );
}

/** Whole-collection rules: exactly one article file (whether or not it validated). */
export function checkArticleCount(articleFiles: number): Problem[] {
  if (articleFiles === 1) return [];
  const found = articleFiles === 0 ? 'no article file' : `${articleFiles} article files`;
  return [{ file: 'content/article', field: 'file', found, expected: 'exactly one markdown file holding the article' }];
}
