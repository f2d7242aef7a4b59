/**
 * Places map labels so that none overlaps another label, a marker or a
 * reserved area (the inset, the scale bar). Deterministic: each label tries
 * the positions round its point in a fixed order and takes the first free one.
 */
import type { Box, MapPoint } from './map-frame.ts';

/** A label to place: its text beside a marker of the given radius. */
export interface LabelRequest {
  id: string;
  text: string;
  point: MapPoint;
  radius: number;
}

/** Where a label went: the text's anchor point and alignment, and the box it covers. */
export interface PlacedLabel {
  id: string;
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  box: Box;
  /** False when every position collided and the least bad one was taken. */
  clear: boolean;
}

/** The type and the space labels are placed in. */
export interface LabelLayout {
  fontSize: number;
  /** Labels stay this far inside the frame. */
  frame: Box;
  /** Areas no label may cover. */
  reserved: readonly Box[];
  /** Space kept between a label and anything else. */
  gap: number;
}

// An average glyph of a bold sans-serif is about 0.6 em wide; overestimating keeps labels apart on any font.
const GLYPH_EM = 0.62;

/** How wide a label is likely to be, in the map's units. */
export function labelWidth(text: string, fontSize: number): number {
  return Math.ceil([...text].length * fontSize * GLYPH_EM);
}

/** The area two boxes share, 0 when they do not touch. */
export function overlap(a: Box, b: Box): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/** The box round a marker. */
export function markerBox([x, y]: MapPoint, radius: number): Box {
  return { x: x - radius, y: y - radius, width: 2 * radius, height: 2 * radius };
}

/** A box made larger by `by` on every side. */
export const grow = (box: Box, by: number): Box => ({
  x: box.x - by,
  y: box.y - by,
  width: box.width + 2 * by,
  height: box.height + 2 * by,
});

const outside = (box: Box, frame: Box) =>
  box.x < frame.x ||
  box.y < frame.y ||
  box.x + box.width > frame.x + frame.width ||
  box.y + box.height > frame.y + frame.height;

// Right, left, above, below, then the diagonals: the cartographer's usual order of preference.
const POSITIONS = [
  [1, 0],
  [-1, 0],
  [0, -1],
  [0, 1],
  [1, -1],
  [1, 1],
  [-1, -1],
  [-1, 1],
] as const;

function candidate(request: LabelRequest, [dx, dy]: readonly [number, number], layout: LabelLayout): PlacedLabel {
  const width = labelWidth(request.text, layout.fontSize);
  const height = layout.fontSize;
  const offset = request.radius + layout.gap;
  const [px, py] = request.point;
  const anchor = dx > 0 ? 'start' : dx < 0 ? 'end' : 'middle';
  const x = px + dx * offset;
  // Text sits on its baseline; about 0.35 em below the middle centres a line on the point.
  const middle = py + dy * (offset + height / 2);
  const left = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
  const box = { x: left, y: middle - height / 2, width, height };
  return { id: request.id, x, y: Math.round((middle + 0.35 * height) * 10) / 10, anchor, box, clear: true };
}

/** Places labels in the order given (most important first), each clear of the ones before it and of every marker. */
export function placeLabels(requests: readonly LabelRequest[], layout: LabelLayout): PlacedLabel[] {
  const markers = requests.map((r) => markerBox(r.point, r.radius));
  const placed: PlacedLabel[] = [];
  for (const request of requests) {
    const obstacles = [...markers, ...layout.reserved, ...placed.map((p) => p.box)].map((b) => grow(b, layout.gap / 2));
    const options = POSITIONS.map((position) => candidate(request, position, layout));
    const cost = (option: PlacedLabel) =>
      obstacles.reduce((sum, box) => sum + overlap(grow(option.box, layout.gap / 2), box), 0) +
      (outside(option.box, layout.frame) ? 1e9 : 0);
    const free = options.find((option) => cost(option) === 0);
    // Never drop a label: take the least bad spot and say so, so a test or the build can catch it.
    const best = free ?? options.reduce((a, b) => (cost(b) < cost(a) ? b : a));
    placed.push({ ...best, clear: free !== undefined });
  }
  return placed;
}
