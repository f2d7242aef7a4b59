/**
 * Marks on the story map: places at the same point share one mark, and a
 * group of marks too close together to label at a phone's size is drawn
 * again, enlarged, in a close-up whose frame this module works out.
 */
import type { Box, FrameSpec, MapPoint } from './frame.ts';
import type { GeoProjection } from 'd3-geo';

/** What a spot needs to know of each place it marks. */
export interface SpotPlace {
  id: string;
  point: MapPoint;
  radius: number;
  precision: 'exact' | 'approximate' | 'area';
  events: readonly unknown[];
}

/** One mark on the map: a dot or an area, for one place or for several at the same point. */
export interface Spot<P extends SpotPlace = SpotPlace> {
  /** The first place's id. */
  id: string;
  point: MapPoint;
  radius: number;
  /** Drawn as a shaded area rather than a dot. */
  area: boolean;
  places: P[];
}

/**
 * One spot per point: places with the same coordinates share a mark (never two dots on top of
 * each other), areas and dots apart, since a dot at an area's centre still reads as both. In the order given.
 */
export function mergeSpots<P extends SpotPlace>(places: readonly P[]): Spot<P>[] {
  const spots = new Map<string, Spot<P>>();
  for (const place of places) {
    const area = place.precision === 'area';
    const key = `${place.point.join(',')}/${area ? place.radius : 'dot'}`;
    const spot = spots.get(key);
    if (spot) spot.places.push(place);
    else spots.set(key, { id: place.id, point: place.point, radius: place.radius, area, places: [place] });
  }
  return [...spots.values()];
}

/** The gap between two spots' edges, in map units. */
const gap = (a: Spot, b: Spot) => Math.hypot(a.point[0] - b.point[0], a.point[1] - b.point[1]) - a.radius - b.radius;

const eventCount = (spots: readonly Spot[]) =>
  spots.reduce((n, s) => n + s.places.reduce((m, p) => m + p.events.length, 0), 0);

/**
 * The largest group of spots that lie within `distance` of one another (a chain counts), or []
 * when no two spots are that close. Ties go to the group with more events, then to the first.
 */
export function crowdedGroup<S extends Spot>(spots: readonly S[], distance: number): S[] {
  const groups: S[][] = [];
  const seen = new Set<S>();
  for (const start of spots) {
    if (seen.has(start)) continue;
    const group = [start];
    seen.add(start);
    for (let i = 0; i < group.length; i++) {
      const current = group[i] as S;
      for (const other of spots) {
        if (!seen.has(other) && gap(current, other) < distance) {
          seen.add(other);
          group.push(other);
        }
      }
    }
    if (group.length > 1) groups.push(group);
  }
  const rank = (g: S[]) => g.length * 1e6 + eventCount(g);
  return groups.reduce<S[]>((best, g) => (rank(g) > rank(best) ? g : best), []);
}

/** The box round a group of spots, areas included, in map units. */
export function spotsBox(spots: readonly Spot[]): Box {
  const xs = spots.flatMap((s) => [s.point[0] - s.radius, s.point[0] + s.radius]);
  const ys = spots.flatMap((s) => [s.point[1] - s.radius, s.point[1] + s.radius]);
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
}

/** How a close-up is framed: its size in its own units, and how much room to leave round the group. */
export interface CloseUpShape {
  width: number;
  height: number;
  /** The close-up spans this many times the group's extent, so labels have room round it. */
  padding: number;
}

/**
 * The close-up of a group of spots: the rectangle it covers on the main map (its proportions the
 * close-up's own), and that rectangle as a frame of the Earth, drawn at the close-up's width.
 */
export function closeUpFrame(
  spots: readonly Spot[],
  projection: GeoProjection,
  shape: CloseUpShape,
): { extent: Box; spec: FrameSpec } {
  const box = spotsBox(spots);
  const aspect = shape.height / shape.width;
  const width = Math.max(box.width, box.height / aspect) * shape.padding;
  const height = width * aspect;
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const tenth = (n: number) => Math.round(n * 10) / 10;
  const extent = { x: tenth(cx - width / 2), y: tenth(cy - height / 2), width: tenth(width), height: tenth(height) };
  const [west, north] = projection.invert?.([extent.x, extent.y]) ?? [NaN, NaN];
  const [east, south] = projection.invert?.([extent.x + extent.width, extent.y + extent.height]) ?? [NaN, NaN];
  const round = (n: number) => Math.round(n * 1e4) / 1e4;
  const spec = { west: round(west), east: round(east), south: round(south), north: round(north), width: shape.width };
  return { extent, spec };
}

/** Whether a point lies inside a box, edges included. */
export const insideBox = ([x, y]: MapPoint, box: Box) =>
  x >= box.x && y >= box.y && x <= box.x + box.width && y <= box.y + box.height;
