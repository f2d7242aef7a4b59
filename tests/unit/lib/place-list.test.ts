import { describe, expect, it } from 'vitest';
import type { ListedPlace, MapMarker } from '../../../src/map/places.ts';
import { placeListGroups } from '../../../src/map/place-list.ts';
import type { EventView } from '../../../src/story/story.ts';
import type { Place } from '../../../src/schemas/place.ts';

const event = { id: 'an-event' } as EventView;
const marker = (id: string, precision: MapMarker['precision'], events: EventView[]) =>
  ({ id, name: id, precision, events }) as unknown as MapMarker;
const listed = (id: string, country: string, reason: ListedPlace['reason']): ListedPlace => ({
  id,
  name: id,
  country,
  reason,
  events: [event],
});
const place = (id: string, note?: string) => ({
  id,
  data: { name: id, kind: 'town', country: 'Haiti', ...(note ? { note } : {}) } as Place,
});

describe('placeListGroups', () => {
  const [onMap, offMap] = placeListGroups(
    [marker('Pont', 'approximate', [event]), marker('Marc', 'exact', []), marker('Savien', 'area', [event])],
    [listed('Nairobi', 'Kenya', 'outside'), listed('Haiti', 'Haiti', 'no-coordinates')],
    [place('Pont', 'In the commune of Saint-Marc'), place('Marc', 'Seat of the commune.'), place('Nairobi')],
  );

  it('says how exactly a drawn place is located, and ends its note with a full stop', () => {
    expect(onMap?.title).toBe('On the map');
    expect(onMap?.places.map((p) => [p.name, p.aside, p.after])).toEqual([
      ['Pont', ' (location approximate)', '. In the commune of Saint-Marc.'],
      ['Marc', '', '. Seat of the commune. No event on the timeline.'],
      ['Savien', ' (approximate area)', ''],
    ]);
  });

  it('says why a place is only listed, naming its country unless it is the country', () => {
    expect(offMap?.title).toBe('Not on the map');
    expect(offMap?.places.map((p) => [p.name, p.aside])).toEqual([
      ['Nairobi', ' (Kenya; outside the map)'],
      ['Haiti', ' (no precise location)'],
    ]);
  });

  it('lets a note that says how approximate a place is stand for the aside, with a capital', () => {
    const [drawn] = placeListGroups(
      [marker('Road', 'approximate', [event])],
      [],
      [place('Road', 'approximate: on the road near the town, not in it')],
    );
    expect(drawn?.places.map((p) => [p.aside, p.after])).toEqual([
      ['', '. Approximate: on the road near the town, not in it.'],
    ]);
  });
});

describe('placeListGroups at scale', () => {
  const many = Array.from({ length: 7 }, (_, i) => ({ id: `e${i}` }) as EventView);
  const [onMap, offMap] = placeListGroups(
    [marker('Pont', 'exact', many)],
    [{ id: 'Haiti', name: 'Haiti', country: 'Haiti', reason: 'no-coordinates', events: many }],
    [],
  );

  it('lists only the latest few events of a drawn place and counts the rest', () => {
    expect(onMap?.places[0]?.events.map((e) => e.id)).toEqual(['e4', 'e5', 'e6']);
    expect(onMap?.places[0]?.unlisted).toBe('4 earlier events');
  });

  it('counts the events of a place that is not drawn instead of listing them', () => {
    expect(offMap?.places[0]?.events).toEqual([]);
    expect(offMap?.places[0]?.unlisted).toBe('7 events');
  });
});
