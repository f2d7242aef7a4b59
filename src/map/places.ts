/**
 * The story map's content: which places are drawn and where, what each
 * marker links to, where labels, inset and scale bar go, and which places
 * are only listed. Pure: it takes the places and events the Story holds.
 */
import type { Place } from '../schemas/place.ts';
import {
  inFrame,
  makeFrame,
  project,
  unitsPerKm,
  type Box,
  type Frame,
  type FrameSpec,
  type MapPoint,
} from './frame.ts';
import { countryLabel, type CountryLabel, type Ring } from './area-label.ts';
import { storyCountry } from './country-frames.ts';
import { grow, markerBox } from './labels.ts';
import {
  AREA_RADIUS_KM,
  cornerScale,
  LABEL_SIZE,
  labelSpots,
  MARKER_RADIUS,
  scaleBox,
  type DrawnSpot,
  type PanelPlace,
  type ScaleBar,
} from './panel.ts';
import { bestCloseUp } from './close-up.ts';
import { crowdedGroup, insideBox, mergeSpots, type Spot } from './spots.ts';
import type { Entry, EventView } from '../story/story.ts';
import type { Urls } from '../site/urls.ts';

/** The locator inset's place, top left, and its size: its frame's. */
export function insetBox(inset: Pick<Frame, 'width' | 'height'>): Box {
  return { x: 8, y: 8, width: inset.width, height: inset.height };
}

/** Spots closer than this (edge to edge, in the main map's units) cannot both be labelled there. */
const CROWDED = 3 * LABEL_SIZE;

/** A place drawn on the map, in the main map's units. */
export interface MapMarker extends PanelPlace {
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

/** The story's country as the map names it, and its outline as map-geometry draws it. */
export interface CountryShape {
  /** Its name, written on the map in capitals. */
  name: string;
  rings: Ring[];
}

/** The whole country: its spots, the close-up's rectangle, the names of countries, the locator inset. */
export interface MainPanel {
  width: number;
  height: number;
  spots: DrawnSpot<MapMarker>[];
  scale: ScaleBar;
  countries: CountryLabel[];
  inset: Box;
  /** Where the close-up lies on this map, when there is one. */
  closeUpBox: Box | undefined;
}

/** The close-up: the part of the earth it shows, and its spots in its own units. */
export interface CloseUpPanel {
  width: number;
  height: number;
  spec: FrameSpec;
  spots: DrawnSpot<MapMarker>[];
  scale: ScaleBar;
}

/** Everything the map and the list beside it show. */
export interface PlaceMapModel {
  main: MainPanel;
  closeUp: CloseUpPanel | undefined;
  /** Every place drawn, one each (the list's order), in the main map's units. */
  markers: MapMarker[];
  listed: ListedPlace[];
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
  const frame = storyFrame();
  const point = project(frame, place.lon, place.lat);
  if (!inFrame(frame, point)) return 'outside';
  const radius = place.precision === 'area' ? Math.round(AREA_RADIUS_KM * unitsPerKm(frame) * 10) / 10 : MARKER_RADIUS;
  return { point, radius };
}

let frameMemo: Frame | undefined;
/** The story map's frame, from the site's map country. */
export const storyFrame = () => (frameMemo ??= makeFrame(storyCountry().main));
let insetMemo: Frame | undefined;
const insetFrame = () => (insetMemo ??= makeFrame(storyCountry().inset));

/** Lays out the story map for the given places and the events (in timeline order) that happened at them. */
export function placeMap(
  places: readonly Entry<Place>[],
  events: readonly EventView[],
  urls: Urls,
  shape: CountryShape,
): PlaceMapModel {
  const frame = storyFrame();
  const markers: MapMarker[] = [];
  const coordinates = new Map<string, [number, number]>();
  const listed: ListedPlace[] = [];
  for (const { id, data } of places) {
    const base = { id, name: data.name, events: events.filter((event) => event.place.id === id) };
    const spot = locate(data);
    if (typeof spot === 'string') {
      listed.push({ ...base, country: data.country, reason: spot });
    } else {
      const precision = data.precision ?? 'exact';
      markers.push({ ...base, ...spot, precision, href: placeHref(id, base.events, urls) });
      coordinates.set(id, [data.lon ?? NaN, data.lat ?? NaN]);
    }
  }
  const spots = mergeSpots(markers);
  const group = crowdedGroup(spots, CROWDED);
  const close = group.length > 0 ? bestCloseUp(group, spots, frame.projection, coordinates) : undefined;
  const inClose = (spot: Spot<MapMarker>) =>
    close !== undefined && (group.includes(spot) || insideBox(spot.point, close.extent));
  const scale = cornerScale(unitsPerKm(frame), frame.height);
  const inset = insetBox(insetFrame());
  const reserved = [inset, scaleBox(scale), ...(close ? [close.extent] : [])];
  const mainSpots = labelSpots(
    spots.filter((spot) => !inClose(spot)),
    frame.height,
    reserved,
  );
  // Only the story's country is named: the content brief sources no other geography.
  // Kept well apart from the place labels, so a country's name never reads as one of them.
  const taken = [
    ...reserved,
    ...mainSpots.flatMap((s) => [markerBox(s.point, s.radius), ...s.labels.map((l) => l.box)]),
  ].map((box) => grow(box, 10));
  const countries = [countryLabel([shape.name.toLocaleUpperCase()], shape.rings, taken, LABEL_SIZE)].filter(
    (label) => label !== undefined,
  );
  const main = {
    width: frame.width,
    height: frame.height,
    spots: mainSpots,
    scale,
    countries,
    inset,
    closeUpBox: close?.extent,
  };
  return { main, closeUp: close?.panel, markers, listed };
}
