/**
 * The two directions of an axis drawing. Layout works in "along" (time) and
 * "across" (lanes) coordinates; a frame turns them into x and y for one
 * orientation, so the horizontal and vertical drawings share every rule.
 */

/** Which way time runs: left to right, or top to bottom. */
export type Orientation = 'horizontal' | 'vertical';

/** A rectangle in drawing coordinates (CSS pixels at the drawing's natural size). */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A point in drawing coordinates. */
export interface Point {
  x: number;
  y: number;
}

/** A line in drawing coordinates: the axis, a year's rule or a month's tick. */
export interface AxisLine {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  kind: 'axis' | 'year' | 'month';
}

/** A piece of text in the drawing; all of it is also said in words outside the drawing. */
export interface AxisLabel {
  x: number;
  y: number;
  text: string;
  kind: 'year' | 'month' | 'band' | 'count';
  anchor: 'start' | 'middle' | 'end';
}

/** Rounds to a whole CSS pixel: the drawings are never shown smaller than their natural size, and whole numbers keep the markup short. */
export function px(value: number): number {
  return Math.round(value);
}

/**
 * Lines as one SVG path with relative moves ("M12 174v5m24-5v5"): one element
 * for all the ticks of a kind, and month after month repeats the same few
 * characters, which compress to almost nothing.
 */
export function linesPath(lines: readonly AxisLine[]): string {
  let at: Point | undefined;
  let d = '';
  for (const l of lines) {
    d += at ? `m${l.x1 - at.x} ${l.y1 - at.y}`.replace(' -', '-') : `M${l.x1} ${l.y1}`;
    d +=
      l.x1 === l.x2
        ? `v${l.y2 - l.y1}`
        : l.y1 === l.y2
          ? `h${l.x2 - l.x1}`
          : `l${l.x2 - l.x1} ${l.y2 - l.y1}`.replace(' -', '-');
    at = { x: l.x2, y: l.y2 };
  }
  return d;
}

/** Turns along/across coordinates into drawing coordinates for one orientation. */
export function frame(orientation: Orientation) {
  const horizontal = orientation === 'horizontal';
  return {
    box: (along: number, across: number, alongLength: number, acrossLength: number): Box => {
      // Round the edges, not the sizes, so boxes that touch before rounding still touch after.
      const a = px(along);
      const c = px(across);
      const alongSize = px(along + alongLength) - a;
      const acrossSize = px(across + acrossLength) - c;
      return horizontal
        ? { x: a, y: c, width: alongSize, height: acrossSize }
        : { x: c, y: a, width: acrossSize, height: alongSize };
    },
    point: (along: number, across: number): Point =>
      horizontal ? { x: px(along), y: px(across) } : { x: px(across), y: px(along) },
  };
}

/** A rough width of a line of text, erring wide (DejaVu Sans, the Linux fallback, is wide), to decide whether it fits. */
export function textWidth(text: string, fontSize: number): number {
  return text.length * fontSize * 0.62;
}
