/**
 * Places map labels so that none overlaps another label, a marker or a
 * reserved area (the inset, the scale bar). Deterministic: each label tries
 * the positions round its point in a fixed order and takes the first free one.
 */
import type { Box, MapPoint } from './frame.ts';

/** A label to place: its lines of text, as one block beside a marker of the given radius. */
export interface LabelRequest {
  id: string;
  lines: readonly string[];
  point: MapPoint;
  radius: number;
}

/** Where a label went: the text's anchor point and alignment, each line's baseline, and the box it covers. */
export interface PlacedLabel {
  id: string;
  x: number;
  /** The first line's baseline. */
  y: number;
  /** Every line's baseline, the first one included. */
  baselines: number[];
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

/** Lines of a label block are this many ems apart. */
export const LINE_HEIGHT = 1.2;

/**
 * A name broken into lines of at most `maxChars` letters where it can be: first before a
 * bracket, then between words. A single word longer than that stays whole.
 */
export function wrapLabel(name: string, maxChars: number): string[] {
  const lines: string[] = [];
  for (const part of name.split(/ (?=\()/)) {
    let line = '';
    for (const word of part.split(' ')) {
      if (line && [...`${line} ${word}`].length > maxChars) {
        lines.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    if (line) lines.push(line);
  }
  return lines;
}

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

// Right, left, above, below, then the diagonals: the cartographer's usual order of preference. Then, for a
// block of several lines, the same sides with the block run up or down from the point's line, or off to one side.
const POSITIONS = [
  [1, 0, 0],
  [-1, 0, 0],
  [0, -1, 0],
  [0, 1, 0],
  [1, -1, 0],
  [1, 1, 0],
  [-1, -1, 0],
  [-1, 1, 0],
  [1, 0, -1],
  [1, 0, 1],
  [-1, 0, -1],
  [-1, 0, 1],
  [0, -1, -1],
  [0, -1, 1],
  [0, 1, -1],
  [0, 1, 1],
] as const;

type Position = (typeof POSITIONS)[number];

function candidate(request: LabelRequest, [dx, dy, align]: Position, layout: LabelLayout): PlacedLabel {
  const { fontSize } = layout;
  const width = Math.max(...request.lines.map((line) => labelWidth(line, fontSize)));
  const step = fontSize * LINE_HEIGHT;
  const height = fontSize + (request.lines.length - 1) * step;
  const offset = request.radius + layout.gap;
  const [px, py] = request.point;
  // Beside the point, `align` runs the block up (-1) or down (1) from the point's line;
  // above or below it, off to the left (-1) or the right (1), its edge at the point's.
  const anchor = dx > 0 || (dx === 0 && align > 0) ? 'start' : dx < 0 || align < 0 ? 'end' : 'middle';
  const x = dx === 0 ? px - align * request.radius : px + dx * offset;
  const middle = dy === 0 ? py + align * (height - fontSize) * 0.5 : py + dy * (offset + height / 2);
  const left = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
  const box = { x: left, y: middle - height / 2, width, height };
  // Text sits on its baseline; about 0.35 em below the middle centres a line on the point.
  const first = box.y + fontSize / 2 + 0.35 * fontSize;
  const baselines = request.lines.map((_, i) => Math.round((first + i * step) * 10) / 10);
  return { id: request.id, x, y: baselines[0] ?? first, baselines, anchor, box, clear: true };
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
