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
import { comparePartialDates, startKey } from './partial-date.ts';
import { describeWhen, type When } from './when.ts';

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

/** Orders events by date (coarser precision first on ties), then time, then id, so builds are stable. */
export function compareEvents(a: Entry<Event>, b: Entry<Event>): number {
  const time = (e: Entry<Event>) => (e.data.time ? `${e.data.time.hour}:${e.data.time.minute}` : '');
  return comparePartialDates(a.data.date, b.data.date) || time(a).localeCompare(time(b)) || a.id.localeCompare(b.id);
}

/** Assembles the story from validated collections. */
export function buildStory(input: StoryInput): Story {
  const [article] = input.article;
  if (!article) throw new Error('No article in content/article: run npm run check');
  const place = byId(input.places, 'place');
  const source = byId(input.sources, 'source');
  const section = byId(input.sections, 'section');
  const ordered = [...input.events].sort(compareEvents);
  const events: EventView[] = ordered.map((event, index) => ({
    ...event,
    when: describeWhen(event.data),
    place: place(event.data.place),
    section: section(event.data.section),
    sources: event.data.sources.map(source),
    previous: ordered[index - 1],
    next: ordered[index + 1],
  }));
  const sections = [...input.sections]
    .sort((a, b) => a.data.order - b.data.order)
    .map((s) => ({ ...s, events: events.filter((event) => event.data.section === s.id) }));
  const timelineAliases: Record<string, string> = {};
  for (const entry of [...input.sections, ...input.events]) {
    for (const alias of entry.data.aliases) timelineAliases[alias] = entry.id;
  }
  return {
    article,
    sections,
    events,
    facts: [...input.facts].sort((a, b) => a.data.label.localeCompare(b.data.label)),
    sources: [...input.sources].sort(
      (a, b) => startKey(a.data.published).localeCompare(startKey(b.data.published)) || a.id.localeCompare(b.id),
    ),
    places: [...input.places].sort((a, b) => a.data.name.localeCompare(b.data.name)),
    timelineAliases,
  };
}
