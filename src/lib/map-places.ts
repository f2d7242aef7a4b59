/**
 * The story map's content: which places are drawn and where, what each
 * marker links to, where labels, inset and scale bar go, and which places
 * are only listed. Pure: it takes the places and events the Story holds.
 */
import type { Place } from '../schemas/place.ts';
import {
  HAITI_FRAME,
  inFrame,
  makeFrame,
  project,
  scaleBar,
  unitsPerKm,
  type Box,
  type Frame,
  type MapPoint,
} from './map-frame.ts';
import { openSpot, type Ring } from './map-area-label.ts';
import { grow, markerBox, placeLabels, type PlacedLabel } from './map-labels.ts';
import type { Entry, EventView } from './story.ts';
import type { Urls } from './urls.ts';

/**
 * How far round its point an "area" place is shaded, in km. A drawing choice,
 * not a measurement: the content gives no size, and the page says the area is approximate.
 */
export const AREA_RADIUS_KM = 5;

/** A point marker's radius, in map units. */
export const MARKER_RADIUS = 4.5;

/** Place labels' size in map units: 18 px where the map is drawn at its widest, 640 px. */
export const LABEL_SIZE = 16;

/** Country names' size in map units, set in spaced capitals. */
export const COUNTRY_SIZE = 12;

/** The inset's size and place, top left over the sea north-west of the Môle. */
export const INSET_BOX: Box = { x: 8, y: 8, width: 132, height: 91 };

/** A place drawn on the map. */
export interface MapMarker {
  id: string;
  name: string;
  point: MapPoint;
  precision: NonNullable<Place['precision']>;
  /** The marker's radius in map units: a dot, or the shaded area of an "area" place. */
  radius: number;
  events: EventView[];
  /** Where the marker leads: the one event, the place's entry in the list, or nowhere when it has no event. */
  href: string | undefined;
  label: PlacedLabel;
  /** The words of its label: its name, or the shortest name of places sharing the marker. */
  labelText: string;
  /** The places the marker stands for: itself, or every place given the same point. */
  places: SharedPlace[];
}

/** One of the places a marker stands for, as the list beside the map names it. */
export interface SharedPlace {
  id: string;
  name: string;
  precision: NonNullable<Place['precision']>;
  events: EventView[];
}

/** A place only listed: no coordinates, or coordinates outside the map. */
export interface ListedPlace {
  id: string;
  name: string;
  country: string;
  reason: 'no-coordinates' | 'outside';
  events: EventView[];
}

/** A country's name written inside it: one or more lines centred on x, each with its baseline. */
export interface CountryLabel {
  x: number;
  lines: { text: string; y: number }[];
}

/** The drawn outlines of the countries the map names, as map-geometry gives them. */
export interface CountryShapes {
  haiti: Ring[];
  dominicanRepublic: Ring[];
}

/** Everything the map and the list beside it show. */
export interface PlaceMapModel {
  width: number;
  height: number;
  markers: MapMarker[];
  countries: CountryLabel[];
  listed: ListedPlace[];
  scale: { km: number; units: number; x: number; y: number };
  inset: Box;
}

/** The id of a place's entry in the list beside the map. */
export const placeAnchor = (id: string) => `place-${id}`;

/** Where a place's events lead from the map: straight to a lone event, else to the place's list of events. */
export function placeHref(id: string, events: readonly EventView[], urls: Urls): string | undefined {
  if (events.length === 0) return undefined;
  const [only] = events;
  return events.length === 1 && only ? urls.timelineAnchor(only.id) : `#${placeAnchor(id)}`;
}

/** Where a place is drawn on the story map's frame, or why it is not. */
export function locate(place: Place): { point: MapPoint; radius: number } | ListedPlace['reason'] {
  if (place.lat === undefined || place.lon === undefined) return 'no-coordinates';
  const frame = haitiFrame();
  const point = project(frame, place.lon, place.lat);
  if (!inFrame(frame, point)) return 'outside';
  const radius = place.precision === 'area' ? Math.round(AREA_RADIUS_KM * unitsPerKm(frame) * 10) / 10 : MARKER_RADIUS;
  return { point, radius };
}

let frameMemo: Frame | undefined;
const haitiFrame = () => (frameMemo ??= makeFrame(HAITI_FRAME));

/** Lays out the story map for the given places and the events (in timeline order) that happened at them. */
export function placeMap(
  places: readonly Entry<Place>[],
  events: readonly EventView[],
  urls: Urls,
  shapes: CountryShapes,
): PlaceMapModel {
  const frame = haitiFrame();
  const drawn: Drawn[] = [];
  const listed: ListedPlace[] = [];
  for (const { id, data } of places) {
    const base = { id, name: data.name, events: events.filter((event) => event.place.id === id) };
    const spot = locate(data);
    if (typeof spot === 'string') {
      listed.push({ ...base, country: data.country, reason: spot });
    } else {
      const precision = data.precision ?? 'exact';
      drawn.push({ ...base, ...spot, precision, href: placeHref(id, base.events, urls) });
    }
  }
  mergeSamePoint(drawn, events, urls);
  const bar = scaleBar(unitsPerKm(frame), 120);
  const scale = { ...bar, x: 16, y: frame.height - 16 };
  const reserved = [INSET_BOX, { x: scale.x - 4, y: scale.y - 24, width: bar.units + 40, height: 32 }];
  // Places with more events claim their best label spot first.
  const byWeight = [...drawn].sort((a, b) => b.events.length - a.events.length || a.name.localeCompare(b.name));
  const labels = placeLabels(
    byWeight.map(({ id, name, labelText, point, radius }) => ({ id, text: labelText ?? name, point, radius })),
    { fontSize: LABEL_SIZE, frame: { x: 4, y: 4, width: frame.width - 8, height: frame.height - 8 }, reserved, gap: 3 },
  );
  const markers = drawn.map((marker) => {
    const label = labels.find((l) => l.id === marker.id);
    if (!label) throw new Error(`No label placed for ${marker.id}`);
    const { id, name, precision, events: own } = marker;
    const places = marker.places ?? [{ id, name, precision, events: own }];
    return { ...marker, labelText: marker.labelText ?? marker.name, places, label };
  });
  // Kept well apart from the place labels, so a country's name never reads as one of them.
  const taken = [...reserved, ...markers.flatMap((m) => [markerBox(m.point, m.radius), m.label.box])].map((box) =>
    grow(box, 10),
  );
  const countries = [
    countryLabel(['HAITI'], shapes.haiti, taken),
    countryLabel(['DOMINICAN', 'REPUBLIC'], shapes.dominicanRepublic, taken),
  ].filter((label) => label !== undefined);
  return { width: frame.width, height: frame.height, markers, countries, listed, scale, inset: INSET_BOX };
}

/** A drawn place before its label is placed; a merged marker labels itself with its shortest name. */
type Drawn = Omit<MapMarker, 'label' | 'labelText' | 'places'> & { labelText?: string; places?: SharedPlace[] };

/**
 * Places given the very same point (a road known only to be near a town) share
 * one marker: it names them all, carries all their events in timeline order and
 * is labelled with the shortest name, so two labels never fight over one spot.
 */
function mergeSamePoint(drawn: Drawn[], events: readonly EventView[], urls: Urls): void {
  for (let i = 0; i < drawn.length; i += 1) {
    const first = drawn[i];
    if (!first) continue;
    const same = drawn.filter((d, j) => j > i && d.point[0] === first.point[0] && d.point[1] === first.point[1]);
    if (same.length === 0) continue;
    const group = [first, ...same];
    const names = group.map((d) => d.name);
    first.places = group.map(({ id, name, precision, events: own }) => ({ id, name, precision, events: own }));
    const ids = new Set(group.map((d) => d.id));
    first.labelText = [...names].sort((a, b) => a.length - b.length)[0] ?? first.name;
    first.name = names.join(' and ');
    first.events = events.filter((event) => ids.has(event.place.id));
    first.href = placeHref(first.id, first.events, urls);
    first.precision = group.some((d) => d.precision === 'approximate') ? 'approximate' : first.precision;
    for (const d of same) drawn.splice(drawn.indexOf(d), 1);
  }
}

/** A country's name at the most open spot inside it that is clear of the place labels, if it fits anywhere. */
function countryLabel(lines: string[], rings: Ring[], taken: readonly Box[]): CountryLabel | undefined {
  // Spaced capitals run about 0.85 em a letter; a little spare room keeps the name off the coast.
  const width = Math.max(...lines.map((line) => line.length)) * COUNTRY_SIZE * 0.85 + 8;
  const height = lines.length * COUNTRY_SIZE * 1.2 + 4;
  const spot = openSpot(rings, { width, height }, taken);
  if (!spot) return undefined;
  const [x, middle] = spot;
  // Baselines a line-height apart, the block centred on the spot (a capital's middle is about 0.35 em above its baseline).
  const first = middle - ((lines.length - 1) * COUNTRY_SIZE * 1.2) / 2 + COUNTRY_SIZE * 0.35;
  return { x, lines: lines.map((text, i) => ({ text, y: Math.round(first + i * COUNTRY_SIZE * 1.2) })) };
}

const names = (list: readonly string[]) =>
  list.length <= 1 ? (list[0] ?? '') : `${list.slice(0, -1).join(', ')} and ${list.at(-1)}`;

/** What the map shows, in words: its description for screen readers and its caption for everyone. */
export function describeMap(model: PlaceMapModel): string {
  const points = model.markers.filter((m) => m.precision !== 'area').map((m) => m.name);
  const areas = model.markers.filter((m) => m.precision === 'area').map((m) => m.name);
  return [
    'Haiti, with its neighbours shaded (the Dominican Republic to the east) and the sea around.',
    points.length > 0 ? `Dots mark ${names(points)}.` : '',
    areas.length > 0
      ? `A dashed circle marks the approximate area of ${names(areas)}; its size is a drawing choice, not a measurement.`
      : '',
    `A scale bar shows ${model.scale.km} km; an inset shows where Haiti lies in the Caribbean.`,
  ]
    .filter(Boolean)
    .join(' ');
}
