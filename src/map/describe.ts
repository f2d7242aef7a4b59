/** The story map in words: its description for screen readers and its caption for everyone. */
import type { DrawnSpot } from './panel.ts';
import type { MapMarker, PlaceMapModel } from './places.ts';

const names = (list: readonly string[]) =>
  list.length <= 1 ? (list[0] ?? '') : `${list.slice(0, -1).join(', ')} and ${list.at(-1)}`;

/** Every spot of both panels, the close-up's in place of the main map's. */
const allSpots = (model: PlaceMapModel): DrawnSpot<MapMarker>[] => [
  ...model.main.spots,
  ...(model.closeUp?.spots ?? []),
];

/** The words the settings give the map: the country's name and the region the inset shows it in. */
export interface MapWords {
  name: string;
  region: string;
}

/** What the map shows, in words: only what is drawn, as it is drawn. */
export function describeMap(model: PlaceMapModel, words: MapWords): string {
  const inset = `an inset shows where ${words.name} lies in ${words.region}.`;
  const spots = allSpots(model);
  const dots = spots.filter((s) => !s.area);
  const areas = spots.filter((s) => s.area).flatMap((s) => s.places.map((p) => p.name));
  const approximate = (name: string) => model.markers.some((m) => m.name === name && m.precision === 'approximate');
  const shared = dots
    .filter((s) => s.places.length > 1)
    .map((s) => {
      const all = s.places.map((p) => p.name);
      const rough = all.filter(approximate);
      const how =
        rough.length === 0
          ? ''
          : rough.length === all.length
            ? `; ${all.length === 2 ? 'both' : 'all'} locations are approximate`
            : `; the ${rough.length === 1 ? 'location' : 'locations'} of ${names(rough)} ${rough.length === 1 ? 'is' : 'are'} approximate`;
      return `The dot of ${all[0]} also marks ${names(all.slice(1))}${how}.`;
    });
  const alone = dots
    .filter((s) => s.places.length === 1)
    .flatMap((s) => s.places.map((p) => p.name))
    .filter(approximate);
  const close = model.closeUp;
  return [
    `${words.name}, with its neighbours shaded and the sea around.`,
    dots.length > 0 ? `Dots mark ${names(dots.map((s) => s.places[0]?.name ?? ''))}.` : '',
    ...shared,
    alone.length > 0
      ? `The ${alone.length === 1 ? 'location' : 'locations'} of ${names(alone)} ${alone.length === 1 ? 'is' : 'are'} approximate.`
      : '',
    areas.length > 0
      ? `A dashed circle marks the approximate area of ${names(areas)}; its size is a drawing choice, not a measurement.`
      : '',
    close
      ? `A close-up, outlined on the main map, enlarges the area round ${names(close.spots.map((s) => s.places[0]?.name ?? ''))}.`
      : '',
    close
      ? `Scale bars show ${model.main.scale.km} km on the main map and ${close.scale.km} km on the close-up; ${inset}`
      : `A scale bar shows ${model.main.scale.km} km; ${inset}`,
  ]
    .filter(Boolean)
    .join(' ');
}
