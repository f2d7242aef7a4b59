/**
 * The rules across entries: every id an entry names (its section, place,
 * sources, an earlier count, a correction's evidence, a link in its text) must
 * be a live id of the right kind, and section orders must not repeat.
 */
import { COLLECTIONS, COLLECTION_NAMES, type CollectionName } from '../schemas/collections.ts';
import type { Ref, RefKind } from '../schemas/fields/ref.ts';
import type { LogEntry } from '../schemas/log.ts';
import { noteRefs } from '../story/update-log.ts';
import { comparePartialDates } from '../dates/partial-date.ts';
import { bodyTree } from '../content/body-tree.ts';
import type { Problem } from '../content/problem.ts';
import type { PresentIds, ValidContent, ValidEntry } from '../content/validate-content.ts';
import { classifyLink, findLinks } from '../markdown/cross-refs.ts';
import { checkCorrectionQuotes } from './article-rules.ts';
import { buildNamespaces, missingId, type Namespace, type Need } from './namespaces.ts';

/** The namespace a reference kind ("event") resolves in: its collection's, from the vocabulary table. */
function namespaceOf(kind: RefKind) {
  const name = COLLECTION_NAMES.find((c) => COLLECTIONS[c].singular === kind) as CollectionName;
  return COLLECTIONS[name].namespace ?? 'timeline';
}

/** A section referred to as an event (or the reverse): the problem, unless the id is both (reported once, elsewhere). */
function wrongKind(content: ValidContent, ref: Ref, at: Omit<Need, 'id' | 'what'>): Problem | undefined {
  if (ref.kind !== 'event' && ref.kind !== 'section') return undefined;
  const isSection = content.sections.some((s) => s.id === ref.id);
  const isEvent = content.events.some((e) => e.id === ref.id);
  if (isSection === isEvent || (ref.kind === 'event' ? !isSection : !isEvent)) return undefined;
  const other = ref.kind === 'event' ? 'section' : 'event';
  return {
    file: at.entry.file,
    field: at.field,
    found: `${ref.kind}:${ref.id}`,
    expected: `${other}:${ref.id} (that id is a ${other})`,
    line: at.line ?? at.entry.lineOf(at.path),
  };
}

/** Problems with the earlier count a fact names: itself, another unit, or not earlier. */
function previousProblems(fact: ValidEntry<'facts'>, content: ValidContent): Problem[] {
  const earlier = fact.data.previous;
  if (earlier === undefined) return [];
  const other = content.facts.find((f) => f.id === earlier);
  const problem = (found: string, expected: string): Problem[] => [
    { file: fact.file, field: 'previous', found, expected, line: fact.lineOf(['previous']) },
  ];
  if (earlier === fact.id)
    return problem(`"${earlier}", this fact itself`, 'the id of an earlier count of the same thing');
  if (other && other.data.unit !== fact.data.unit)
    return problem(
      `"${earlier}", counted in ${other.data.unit}`,
      `an earlier count in the same unit (${fact.data.unit})`,
    );
  if (other && comparePartialDates(other.data.asOf.start, fact.data.asOf.start) >= 0)
    return problem(
      `"${earlier}", as of the same date or later`,
      'the id of a count made before this one (its asOf is earlier)',
    );
  return [];
}

/** Two sections with the same order number. */
function orderProblems(content: ValidContent): Problem[] {
  const orders = new Map<number, string>();
  return content.sections.flatMap((section): Problem[] => {
    const other = orders.get(section.data.order);
    if (!other) {
      orders.set(section.data.order, section.file);
      return [];
    }
    return [
      {
        file: section.file,
        field: 'order',
        found: `${section.data.order}, also the order of ${other}`,
        expected: 'a number no other section uses; renumber one of the two',
        line: section.lineOf(['order']),
      },
    ];
  });
}

/** Checks ids, aliases and every reference between entries, including links in bodies. */
export function checkReferences(content: ValidContent, present: PresentIds): Problem[] {
  const problems: Problem[] = [];
  const spaces = buildNamespaces(content, problems);
  const need = (wanted: Need, space: Namespace) => {
    const problem = missingId(wanted, space, present);
    if (problem) problems.push(problem);
  };
  const needRef = (at: Omit<Need, 'id' | 'what'>, ref: Ref) => {
    const what = ref.kind === 'event' || ref.kind === 'section' ? 'section or event' : ref.kind;
    need({ ...at, id: ref.id, what, asRef: true }, spaces[namespaceOf(ref.kind)]);
    const wrong = wrongKind(content, ref, at);
    if (wrong) problems.push(wrong);
  };
  const needSources = (entry: ValidEntry<CollectionName>, ids: readonly string[]) =>
    ids.forEach((id, i) =>
      need({ entry, field: `sources.${i}`, path: ['sources', i], id, what: 'source' }, spaces.sources),
    );
  // A log entry's settledBy and the cross-references in its note must lead somewhere.
  const needLogRefs = (entry: ValidEntry<CollectionName>, log: readonly LogEntry[]) =>
    log.forEach((item, i) => {
      item.settledBy?.forEach((ref, j) =>
        needRef({ entry, field: `log.${i}.settledBy.${j}`, path: ['log', i, 'settledBy', j] }, ref),
      );
      noteRefs(item.note).forEach((ref) => needRef({ entry, field: `log.${i}.note`, path: ['log', i, 'note'] }, ref));
    });

  for (const event of content.events) {
    const section = event.data.section;
    need({ entry: event, field: 'section', path: ['section'], id: section, what: 'section' }, spaces.timeline);
    if (!content.sections.some((s) => s.id === section) && content.events.some((e) => e.id === section)) {
      problems.push({
        file: event.file,
        field: 'section',
        found: `"${section}", which is an event`,
        expected: 'a section id from content/sections',
        line: event.lineOf(['section']),
      });
    }
    need({ entry: event, field: 'place', path: ['place'], id: event.data.place, what: 'place' }, spaces.places);
    needSources(event, event.data.sources);
    needLogRefs(event, event.data.log);
  }
  for (const fact of content.facts) {
    needSources(fact, fact.data.sources);
    needLogRefs(fact, fact.data.log);
    const earlier = fact.data.previous;
    if (earlier === undefined) continue;
    need({ entry: fact, field: 'previous', path: ['previous'], id: earlier, what: 'fact' }, spaces.facts);
    problems.push(...previousProblems(fact, content));
  }
  for (const article of content.article) {
    needSources(article, article.data.sources);
    needLogRefs(article, article.data.log);
    for (const list of ['known', 'unknown'] as const) {
      article.data[list].forEach((line, i) => {
        if (line.see) needRef({ entry: article, field: `${list}.${i}.see`, path: [list, i, 'see'] }, line.see);
      });
    }
    problems.push(...checkCorrectionQuotes(article));
  }
  for (const section of content.sections) needLogRefs(section, section.data.log);
  problems.push(...orderProblems(content));

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
        if (kind.type === 'ref') needRef({ entry, field: 'body', path: [], line }, kind.ref);
      }
    }
  }
  return problems;
}
