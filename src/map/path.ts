/**
 * Compact SVG path data for shapes drawn by d3-geo. Coordinates are rounded
 * to a fixed step and written as relative moves, so a coastline costs a few
 * bytes a point instead of d3's default of about sixteen.
 */
import { geoPath, type GeoContext, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';

/** A number as short as SVG allows: "0.5" as ".5", "-0.5" as "-.5". */
function short(value: number): string {
  return String(value).replace(/^(-?)0\./, '$1.');
}

/** Joins numbers with commas, leaving them out before a minus sign, where SVG needs none. */
function joinNumbers(values: readonly number[]): string {
  return values.map((v, i) => (i > 0 && v >= 0 ? ',' : '') + short(v)).join('');
}

/** A d3-geo path context that collects rings and lines as compact SVG path data. */
export class CompactPathContext implements GeoContext {
  readonly #scale: number;
  #out = '';
  // The current sub-path, in whole steps, held back until it is known to have enough points.
  #points: [number, number][] = [];

  /** Rounds to `decimals` places (0 for whole units, 1 for tenths). */
  constructor(decimals: number) {
    this.#scale = 10 ** decimals;
  }

  /** Unused: the maps draw points themselves, never through d3. */
  arc(): void {
    throw new Error('CompactPathContext draws lines and rings, not points');
  }

  /** Starts over. */
  beginPath(): void {
    this.#out = '';
    this.#points = [];
  }

  /** Starts a sub-path. */
  moveTo(x: number, y: number): void {
    this.#flush(false);
    this.#points = [this.#step(x, y)];
  }

  /** Extends the sub-path, skipping points that round onto the previous one. */
  lineTo(x: number, y: number): void {
    const point = this.#step(x, y);
    const last = this.#points.at(-1);
    if (!last || last[0] !== point[0] || last[1] !== point[1]) this.#points.push(point);
  }

  /** Closes the sub-path as a ring. */
  closePath(): void {
    this.#flush(true);
  }

  /** The path data collected so far. */
  result(): string {
    this.#flush(false);
    return this.#out;
  }

  #step(x: number, y: number): [number, number] {
    return [Math.round(x * this.#scale), Math.round(y * this.#scale)];
  }

  #flush(closed: boolean): void {
    const points = this.#points;
    this.#points = [];
    const [first] = points;
    const last = points.at(-1);
    if (closed && first && last && points.length > 1 && first[0] === last[0] && first[1] === last[1]) points.pop();
    // A ring rounded down to a line, or a line to a dot, would draw nothing visible.
    if (!first || points.length < (closed ? 3 : 2)) return;
    const deltas = points.slice(1).flatMap(([x, y], i) => {
      const [px, py] = points[i] ?? first;
      return [(x - px) / this.#scale, (y - py) / this.#scale];
    });
    this.#out += `M${joinNumbers([first[0] / this.#scale, first[1] / this.#scale])}l${joinNumbers(deltas)}${closed ? 'z' : ''}`;
  }
}

/** The SVG path data of a GeoJSON object under a projection, rounded to `decimals` places. */
export function compactPathData(projection: GeoProjection, object: GeoPermissibleObjects, decimals: number): string {
  const context = new CompactPathContext(decimals);
  geoPath(projection, context)(object);
  return context.result();
}

/** A d3-geo path context that keeps the projected rings themselves, for measuring shapes rather than drawing them. */
class RingContext implements GeoContext {
  readonly rings: [number, number][][] = [];

  arc(): void {
    throw new Error('RingContext records lines and rings, not points');
  }
  beginPath(): void {}
  moveTo(x: number, y: number): void {
    this.rings.push([[x, y]]);
  }
  lineTo(x: number, y: number): void {
    this.rings.at(-1)?.push([x, y]);
  }
  closePath(): void {}
}

/** The rings of a GeoJSON object as drawn under a projection (clipping included), in map units. */
export function projectedRings(projection: GeoProjection, object: GeoPermissibleObjects): [number, number][][] {
  const context = new RingContext();
  geoPath(projection, context)(object);
  return context.rings.filter((ring) => ring.length > 2);
}
