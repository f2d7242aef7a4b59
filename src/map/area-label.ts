/**
 * Where to write a country's name on the map: the most open spot inside its
 * shape where the name fits, clear of the place labels already there.
 */
import type { Box, MapPoint } from './frame.ts';
import { overlap } from './labels.ts';

/** A closed ring of points in map units, as drawn (clipped to the frame). */
export type Ring = readonly (readonly [number, number])[];

/** Every edge of the rings as [ax, ay, bx, by], flattened: the search below visits each thousands of times. */
function edgeList(rings: readonly Ring[]): Float64Array {
  const flat: number[] = [];
  for (const ring of rings) {
    ring.forEach(([ax, ay], i) => {
      const [bx, by] = ring[(i + 1) % ring.length] ?? [ax, ay];
      flat.push(ax, ay, bx, by);
    });
  }
  return Float64Array.from(flat);
}

/** Whether a point is inside the rings, counting crossings so that a hole is outside. */
export function insideRings(rings: readonly Ring[] | Float64Array, [x, y]: MapPoint): boolean {
  const e = rings instanceof Float64Array ? rings : edgeList(rings);
  let inside = false;
  for (let i = 0; i < e.length; i += 4) {
    const ax = e[i] ?? 0;
    const ay = e[i + 1] ?? 0;
    const bx = e[i + 2] ?? 0;
    const by = e[i + 3] ?? 0;
    if (ay > y !== by > y && x < ((bx - ax) * (y - ay)) / (by - ay) + ax) inside = !inside;
  }
  return inside;
}

/** How far a point is from the nearest edge of the rings. */
export function clearance(rings: readonly Ring[] | Float64Array, [x, y]: MapPoint): number {
  const e = rings instanceof Float64Array ? rings : edgeList(rings);
  let nearest = Infinity;
  for (let i = 0; i < e.length; i += 4) {
    const ax = e[i] ?? 0;
    const ay = e[i + 1] ?? 0;
    const dx = (e[i + 2] ?? 0) - ax;
    const dy = (e[i + 3] ?? 0) - ay;
    const t =
      dx === 0 && dy === 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
    const ex = x - (ax + t * dx);
    const ey = y - (ay + t * dy);
    nearest = Math.min(nearest, ex * ex + ey * ey);
  }
  return Math.sqrt(nearest);
}

/**
 * The centre of the most open spot inside the rings where a box of the given size
 * fits, clear of `taken`; undefined when there is none. Searches a grid `step` apart.
 */
export function openSpot(
  rings: readonly Ring[],
  size: { width: number; height: number },
  taken: readonly Box[],
  step = 4,
): MapPoint | undefined {
  const e = edgeList(rings);
  const points = rings.flat();
  const xs = points.map(([x]) => x);
  const ys = points.map(([, y]) => y);
  const spots: { point: MapPoint; room: number }[] = [];
  for (let y = Math.ceil(Math.min(...ys)); y <= Math.max(...ys); y += step) {
    for (let x = Math.ceil(Math.min(...xs)); x <= Math.max(...xs); x += step) {
      if (insideRings(e, [x, y])) spots.push({ point: [x, y], room: clearance(e, [x, y]) });
    }
  }
  // Most room first; the grid order breaks ties, so the answer never depends on sort stability.
  spots.sort((a, b) => b.room - a.room);
  const { width, height } = size;
  for (const { point, room } of spots) {
    if (room < Math.min(width, height) / 2) break;
    const [x, y] = point;
    const box = { x: x - width / 2, y: y - height / 2, width, height };
    const corners: MapPoint[] = [
      [box.x, box.y],
      [box.x + width, box.y],
      [box.x, box.y + height],
      [box.x + width, box.y + height],
    ];
    if (corners.every((corner) => insideRings(e, corner)) && taken.every((t) => overlap(t, box) === 0)) return point;
  }
  return undefined;
}

/** A country's name written inside it: lines centred on x, each with its baseline. */
export interface CountryLabel {
  x: number;
  lines: { text: string; y: number }[];
}

/**
 * A country's name, `size` units a letter, at the most open spot inside it that is clear of `taken`;
 * undefined where it fits nowhere.
 */
export function countryLabel(
  lines: readonly string[],
  rings: readonly Ring[],
  taken: readonly Box[],
  size: number,
): CountryLabel | undefined {
  // Spaced capitals run about 0.85 em a letter; a little spare room keeps the name off the coast.
  const width = Math.max(...lines.map((line) => line.length)) * size * 0.85 + 8;
  const height = lines.length * size * 1.2 + 4;
  const spot = openSpot(rings, { width, height }, taken);
  if (!spot) return undefined;
  const [x, middle] = spot;
  // Baselines a line-height apart, the block centred on the spot (a capital's middle is about 0.35 em above its baseline).
  const first = middle - ((lines.length - 1) * size * 1.2) / 2 + size * 0.35;
  return { x, lines: lines.map((text, i) => ({ text, y: Math.round(first + i * size * 1.2) })) };
}
