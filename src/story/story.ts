/**
 * Puts validated entries together into the story the pages show: events in
 * date order inside their sections, with their places and sources attached.
 * Pure, so it is tested without Astro; `src/data/story.ts` feeds it.
 */
import type { Article } from '../schemas/article.ts';
import type { Event } from '../schemas/event.ts';
import type { Fact } from '../schemas/fact.ts';
import type { Place } from '../schemas/place.ts';
import type { Section } from '../schemas/section.ts';
import type { Source } from '../schemas/source.ts';
import { lastUpdated } from './last-updated.ts';
import { comparePartialDates, type PartialDate } from '../dates/partial-date.ts';
import type { Ref } from '../schemas/fields/ref.ts';
import type { Urls } from '../site/urls.ts';
import { describeWhen, type When } from './when.ts';
import { refResolver } from './ref-resolver.ts';

/** An entry as collections give it: an id and its validated data. */
export interface Entry<T> {
  id: string;
  data: T;
}

/** An event with everything it points at resolved. */
export interface EventView extends Entry<Event> {
  when: When;
  place: Entry<Place>;
  section: Entry<Section>;
  sources: Entry<Source>[];
  previous: Entry<Event> | undefined;
  next: Entry<Event> | undefined;
}

/** A section with its events in date order. */
export interface SectionView extends Entry<Section> {
  events: EventView[];
}

/** The whole story, ready for pages. */
export interface Story {
  article: Entry<Article>;
  sections: SectionView[];
  events: EventView[];
  facts: Entry<Fact>[];
  sources: Entry<Source>[];
  places: Entry<Place>[];
  /** Old timeline anchors and the ids they now belong to. */
  timelineAliases: Record<string, string>;
  /** The latest change anywhere in the story (see lastUpdated), for the "Updated" stamp. */
  updated: PartialDate;
}

/** All the collections, as plain arrays. */
export interface StoryInput {
  article: Entry<Article>[];
  sections: Entry<Section>[];
  events: Entry<Event>[];
  facts: Entry<Fact>[];
  sources: Entry<Source>[];
  places: Entry<Place>[];
}

function byId<T>(entries: readonly Entry<T>[], what: string): (id: string) => Entry<T> {
  const map = new Map(entries.map((entry) => [entry.id, entry]));
  return (id) => {
    const found = map.get(id);
    // The content check guarantees every reference; reaching this is a bug, not an editor's mistake.
    if (!found) throw new Error(`Unresolved ${what} "${id}": run npm run check`);
    return found;
  };
}

/** Orders events by date (see comparePartialDates), then time, then id, so builds are stable. */
export function compareEvents(a: Entry<Event>, b: Entry<Event>): number {
  const time = (e: Entry<Event>) => (e.data.time ? `${e.data.time.hour}:${e.data.time.minute}` : '');
  return comparePartialDates(a.data.date, b.data.date) || time(a).localeCompare(time(b)) || a.id.localeCompare(b.id);
}

/** Orders sources by publication date, undated ones last, then by id, so builds are stable. */
export function compareSources(a: Entry<Source>, b: Entry<Source>): number {
  const [x, y] = [a.data.published, b.data.published];
  const byDate = x && y ? comparePartialDates(x, y) : x ? -1 : y ? 1 : 0;
  return byDate || a.id.localeCompare(b.id);
}

/** Assembles the story from validated collections. */
export function buildStory(input: StoryInput): Story {
  const [article] = input.article;
  if (!article) throw new Error('No article in content/article: run npm run check');
  const place = byId(input.places, 'place');
  const source = byId(input.sources, 'source');
  const section = byId(input.sections, 'section');
  const sections = [...input.sections].sort((a, b) => a.data.order - b.data.order);
  // Reading order is the timeline's: parts in order, events by date inside each.
  const ordered = sections.flatMap((s) =>
    input.events.filter((event) => event.data.section === s.id).sort(compareEvents),
  );
  const events: EventView[] = ordered.map((event, index) => ({
    ...event,
    when: describeWhen(event.data),
    place: place(event.data.place),
    section: section(event.data.section),
    sources: event.data.sources.map(source),
    previous: ordered[index - 1],
    next: ordered[index + 1],
  }));
  const sectionViews = sections.map((s) => ({ ...s, events: events.filter((event) => event.data.section === s.id) }));
  const timelineAliases: Record<string, string> = {};
  for (const entry of [...input.sections, ...input.events]) {
    for (const alias of entry.data.aliases) timelineAliases[alias] = entry.id;
  }
  return {
    article,
    sections: sectionViews,
    events,
    facts: [...input.facts].sort(
      (a, b) => comparePartialDates(a.data.asOf.start, b.data.asOf.start) || a.id.localeCompare(b.id),
    ),
    sources: [...input.sources].sort(compareSources),
    places: [...input.places].sort((a, b) => a.data.name.localeCompare(b.data.name)),
    timelineAliases,
    updated: lastUpdated({
      article: article.data,
      events: input.events,
      facts: input.facts,
      sections: input.sections,
    }),
  };
}

/** A reference from content resolved to a link and the words for it. */
export interface RefLink {
  href: string;
  label: string;
}

const resolvers = new WeakMap<Story, WeakMap<Urls, ReturnType<typeof refResolver>>>();

/** Resolves a `kind:id` reference to a link labelled with the entry's own title. */
export function refLink(story: Story, ref: Ref, urls: Urls): RefLink {
  const byUrls = resolvers.get(story) ?? new WeakMap();
  resolvers.set(story, byUrls);
  const resolve = byUrls.get(urls) ?? refResolver(story, urls);
  byUrls.set(urls, resolve);
  const found = resolve(ref);
  if (!found) throw new Error(`Unresolved reference ${ref.kind}:${ref.id}: run npm run check`);
  return { href: found.href, label: found.label };
}

/** For each source id, the events and facts that cite it: events in timeline order, then facts. */
export function citations(story: Story, urls: Urls): Map<string, RefLink[]> {
  const cited = new Map<string, RefLink[]>();
  const add = (sourceId: string, link: RefLink) => cited.set(sourceId, [...(cited.get(sourceId) ?? []), link]);
  for (const event of story.events) {
    for (const source of event.sources) add(source.id, refLink(story, { kind: 'event', id: event.id }, urls));
  }
  for (const fact of story.facts) {
    for (const id of fact.data.sources) add(id, refLink(story, { kind: 'fact', id: fact.id }, urls));
  }
  return cited;
}
