/** The map's information as text: what the list beside the map says of each place, drawn or not. */
import type { Place } from '../schemas/place.ts';
import type { ListedPlace, MapMarker } from './places.ts';
import type { Entry, EventView } from '../story/story.ts';
import { counted } from '../util/plural.ts';

/** One place as the list reads: "Pont-Sondé (location approximate). In the commune of …". */
export interface PlaceListItem {
  id: string;
  name: string;
  /** Right after the name, with its leading space: " (approximate area)", or "". */
  aside: string;
  /** What follows the aside, punctuation included: ". Haiti's capital.", or "" for nothing. */
  after: string;
  /** The events listed as links under the place: a drawn place's latest few, oldest first. */
  events: EventView[];
  /** How many of its events are not listed: "2 earlier events", or "" when all are. */
  unlisted: string;
}

/**
 * A drawn place lists at most this many events; an undrawn one none. The front page must stay
 * within 14 KB however many events a place gathers, and every event is in the timeline.
 */
export const EVENTS_PER_PLACE = 3;

const WHERE = { exact: '', approximate: ' (location approximate)', area: ' (approximate area)' };
const WHY = { outside: 'outside the map', 'no-coordinates': 'no precise location' };

/** The list's two groups: places on the map, then places only listed, with why. */
export function placeListGroups(
  markers: readonly MapMarker[],
  listed: readonly ListedPlace[],
  places: readonly Entry<Place>[],
): { title: string; places: PlaceListItem[] }[] {
  // Notes are one line, usually without a full stop; in running text they need one, and a capital.
  const note = (id: string) =>
    places
      .find((place) => place.id === id)
      ?.data.note?.replace(/([^.!?])$/, '$1.')
      .replace(/^\p{Ll}/u, (first) => first.toUpperCase());
  // A note that starts by saying how approximate the place is says it better than the aside.
  const where = (marker: MapMarker) => (/^approximate\b/i.test(note(marker.id) ?? '') ? '' : WHERE[marker.precision]);
  const after = (id: string, all: readonly EventView[]) => {
    const parts = [note(id), all.length === 0 ? 'No event on the timeline.' : undefined].filter(Boolean);
    return parts.length > 0 ? `. ${parts.join(' ')}` : '';
  };
  const item = (
    place: { id: string; name: string; events: EventView[] },
    aside: string,
    shown: number,
  ): PlaceListItem => {
    const listedEvents = shown > 0 ? place.events.slice(-shown) : [];
    const rest = place.events.length - listedEvents.length;
    return {
      id: place.id,
      name: place.name,
      aside,
      after: after(place.id, place.events),
      events: listedEvents,
      unlisted: rest === 0 ? '' : counted(rest, listedEvents.length > 0 ? 'earlier event' : 'event'),
    };
  };
  return [
    { title: 'On the map', places: markers.map((m) => item(m, where(m), EVENTS_PER_PLACE)) },
    {
      title: 'Not on the map',
      places: listed.map((p) => item(p, ` (${p.country === p.name ? '' : `${p.country}; `}${WHY[p.reason]})`, 0)),
    },
  ];
}
