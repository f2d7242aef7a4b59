/**
 * The one reference resolver: where a `kind:id` reference from content leads,
 * and the words for it. The markdown plugin asks it (from the content index)
 * for a link and an event's date; pages ask it (from the story) for a link
 * labelled with the entry's own title. Live ids only: old ids and unknown ones
 * resolve to nothing, and the content check has already reported them.
 */
import type { Event } from '../schemas/event.ts';
import type { Ref } from '../schemas/fields/ref.ts';
import type { Urls } from '../site/urls.ts';
import { sourceLabel } from './source-name.ts';
import { describeWhen, type EventWhen } from './when.ts';

/** The entries a reference can point at, as validated content or the story holds them. */
export interface RefEntries {
  events: readonly { id: string; data: EventWhen & Pick<Event, 'title'> }[];
  sections: readonly { id: string; data: { title: string } }[];
  facts: readonly { id: string; data: { label: string } }[];
  sources: readonly { id: string; data: Parameters<typeof sourceLabel>[0] }[];
}

/** A resolved reference: its link, the entry's own words, and for an event its absolute date. */
export interface ResolvedRef {
  href: string;
  label: string;
  date?: string | undefined;
}

/** A lookup from reference to link, label and date, built once for a set of entries. */
export function refResolver(entries: RefEntries, urls: Urls): (ref: Ref) => ResolvedRef | undefined {
  const found = new Map<string, ResolvedRef>();
  const add = (ref: Ref, label: string, date?: string) =>
    found.set(`${ref.kind}:${ref.id}`, { href: urls.ref(ref), label, ...(date !== undefined && { date }) });
  for (const event of entries.events) {
    const date = describeWhen(event.data).date;
    add({ kind: 'event', id: event.id }, `${event.data.title} (${date})`, date);
  }
  for (const section of entries.sections) add({ kind: 'section', id: section.id }, section.data.title);
  for (const fact of entries.facts) add({ kind: 'fact', id: fact.id }, fact.data.label);
  for (const source of entries.sources) add({ kind: 'source', id: source.id }, sourceLabel(source.data));
  return (ref) => found.get(`${ref.kind}:${ref.id}`);
}
