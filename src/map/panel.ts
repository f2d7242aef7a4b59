/**
 * One drawn panel of the story map (the whole country, or the close-up):
 * its spots with their labels, and its scale bar, laid out at the size
 * labels have when the panel is drawn narrowest.
 */
import { scaleBar, type Box } from './frame.ts';
import { labelWidth, placeLabels, wrapLabel, type PlacedLabel } from './labels.ts';
import type { Spot, SpotPlace } from './spots.ts';

/**
 * Label sizes in map units (a panel is 560 units wide), by the panel's drawn width in CSS px:
 * each step keeps labels between 12 and 16 CSS px. PlaceMap's container queries repeat these.
 * Layout uses the first, largest size, so labels stay clear at every step.
 */
export const LABEL_STEPS = [
  { minWidth: 0, size: 23.4 },
  { minWidth: 368, size: 18.4 },
  { minWidth: 480, size: 14 },
] as const;

/** The size labels are laid out at: the largest, which a panel 288 CSS px wide (a 320 px screen) draws at 12 px. */
export const LABEL_SIZE = LABEL_STEPS[0].size;

/**
 * How far round its point an "area" place is shaded, in km. A drawing choice,
 * not a measurement: the caption says so.
 */
export const AREA_RADIUS_KM = 5;

/** A dot's radius, in map units: about 3 CSS px on a phone, 6 on a desktop. */
export const MARKER_RADIUS = 6;

/** Every panel's width in map units. */
export const PANEL_WIDTH = 560;

/** A place as a panel draws it: a spot's member with its name and link. */
export interface PanelPlace extends SpotPlace {
  name: string;
  href: string | undefined;
}

/** The line under the name of a place whose location is approximate. */
export const APPROXIMATE = '(approximate)';

/** One line of a label, and where its baseline falls. */
export interface LabelLine {
  text: string;
  baseline: number;
  /** A remark on the place (that its location is approximate), not its name. */
  note?: true;
}

/** One place's label: a block of lines beside its spot. */
export interface PlaceLabel extends PlacedLabel {
  placeId: string;
  lines: LabelLine[];
}

/** A spot as drawn: its mark, its places, and a label for each of them round the one mark. */
export interface DrawnSpot<P extends PanelPlace = PanelPlace> extends Spot<P> {
  labels: PlaceLabel[];
}

/** A scale bar: its length in km and in units, and where it starts. */
export interface ScaleBar {
  km: number;
  units: number;
  x: number;
  y: number;
}

/** The box a scale bar and its "50 km" take, for labels to keep off. */
export function scaleBox(scale: ScaleBar): Box {
  const text = labelWidth(`${scale.km} km`, LABEL_SIZE);
  return { x: scale.x - 4, y: scale.y - LABEL_SIZE - 4, width: scale.units + 10 + text, height: LABEL_SIZE + 10 };
}

/** A scale bar in the bottom-left corner, at most `maxUnits` long. */
export function cornerScale(perKm: number, height: number, maxUnits = 120): ScaleBar {
  return { ...scaleBar(perKm, maxUnits), x: 16, y: height - 14 };
}

/**
 * Labels for spots on a panel `height` units tall, clear of each other, of every spot and of `reserved`:
 * one block for each place, so places sharing a spot may sit on different sides of it. A long name is
 * broken into lines at most `lineShare` of the panel wide; an approximate location says so under the name
 * (once for a spot whose places are all approximate).
 */
export function labelSpots<P extends PanelPlace>(
  spots: readonly Spot<P>[],
  height: number,
  reserved: readonly Box[],
  lineShare = 0.6,
): DrawnSpot<P>[] {
  const maxChars = Math.floor((PANEL_WIDTH * lineShare) / (LABEL_SIZE * 0.62));
  const names = new Map(spots.flatMap((spot) => spot.places.map((p) => [p.id, wrapLabel(p.name, maxChars)] as const)));
  // Places sharing a spot share its point, so one note says it for the spot: under its longest name.
  const noted = new Set(
    spots.flatMap((spot) => {
      if (!spot.places.some((p) => p.precision === 'approximate')) return [];
      if (spot.places.length === 1 || !spot.places.every((p) => p.precision === 'approximate')) {
        return spot.places.filter((p) => p.precision === 'approximate').map((p) => p.id);
      }
      const longest = spot.places.reduce((a, b) =>
        (names.get(b.id)?.length ?? 0) > (names.get(a.id)?.length ?? 0) ? b : a,
      );
      return [longest.id];
    }),
  );
  const linesOf = (place: P) => [
    ...(names.get(place.id) ?? []).map((text) => ({ text })),
    ...(noted.has(place.id) ? [{ text: APPROXIMATE, note: true as const }] : []),
  ];
  const requests = spots.flatMap((spot) =>
    spot.places.map((place) => ({
      id: place.id,
      lines: linesOf(place).map((line) => line.text),
      point: spot.point,
      radius: spot.radius,
      events: place.events.length,
    })),
  );
  // Places with more events claim their best spot first; then the bigger blocks, which are harder to fit.
  const size = (r: (typeof requests)[number]) => r.lines.length * Math.max(...r.lines.map((l) => l.length));
  const order = [...requests].sort((a, b) => b.events - a.events || size(b) - size(a) || a.id.localeCompare(b.id));
  const placed = placeLabels(order, {
    fontSize: LABEL_SIZE,
    frame: { x: 4, y: 4, width: PANEL_WIDTH - 8, height: height - 8 },
    reserved,
    gap: 4,
  });
  return spots.map((spot) => ({
    ...spot,
    labels: spot.places.map((place) => {
      const label = placed.find((l) => l.id === place.id);
      if (!label) throw new Error(`No label placed for ${place.id}`);
      const lines = linesOf(place).map((line, i) => ({ ...line, baseline: label.baselines[i] ?? label.y }));
      return { ...label, placeId: place.id, lines };
    }),
  }));
}
