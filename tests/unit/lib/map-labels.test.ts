import { describe, expect, it } from 'vitest';
import type { Box } from '../../../src/map/frame.ts';
import {
  labelWidth,
  LINE_HEIGHT,
  markerBox,
  overlap,
  placeLabels,
  wrapLabel,
  type LabelLayout,
  type LabelRequest,
} from '../../../src/map/labels.ts';

const layout: LabelLayout = { fontSize: 10, frame: { x: 0, y: 0, width: 400, height: 300 }, reserved: [], gap: 2 };
const request = (id: string, x: number, y: number, ...lines: string[]): LabelRequest => ({
  id,
  lines: lines.length > 0 ? lines : [id],
  point: [x, y],
  radius: 3,
});
const inside = (box: Box, frame: Box) =>
  box.x >= frame.x &&
  box.y >= frame.y &&
  box.x + box.width <= frame.x + frame.width &&
  box.y + box.height <= frame.y + frame.height;

describe('labelWidth', () => {
  it('counts letters, not bytes, so accented names are not overestimated', () => {
    expect(labelWidth('Ségur-Savien', 10)).toBe(labelWidth('Segur-Savien', 10));
    expect(labelWidth('Pont-Sondé', 16)).toBe(100);
  });
});

describe('wrapLabel', () => {
  it('breaks before a bracket, then between words, never inside one', () => {
    expect(wrapLabel('Pont-Sondé area (Carrefour Paye–Savien supply route)', 22)).toEqual([
      'Pont-Sondé area',
      '(Carrefour Paye–Savien',
      'supply route)',
    ]);
    expect(wrapLabel('Pont-Sondé area (Carrefour Paye–Savien supply route)', 14)).toEqual([
      'Pont-Sondé',
      'area',
      '(Carrefour',
      'Paye–Savien',
      'supply route)',
    ]);
    expect(wrapLabel('Port-au-Prince', 5)).toEqual(['Port-au-Prince']);
  });
});

describe('overlap', () => {
  it('is the shared area, and 0 for boxes that only touch', () => {
    expect(overlap({ x: 0, y: 0, width: 10, height: 10 }, { x: 5, y: 5, width: 10, height: 10 })).toBe(25);
    expect(overlap({ x: 0, y: 0, width: 10, height: 10 }, { x: 10, y: 0, width: 10, height: 10 })).toBe(0);
  });
});

describe('placeLabels', () => {
  it('puts a lone label to the right of its point, on the same line', () => {
    const [label] = placeLabels([request('a', 100, 100)], layout);
    expect(label).toMatchObject({ x: 105, anchor: 'start', clear: true });
    expect(label?.box.y).toBe(95);
  });

  it('moves a label left when the right would run off the frame', () => {
    const [label] = placeLabels([request('edge', 390, 100, 'Near the edge')], layout);
    expect(label).toMatchObject({ anchor: 'end', clear: true });
  });

  it('keeps a crowded cluster apart: no label over another label or any point', () => {
    const cluster = [
      request('Pont-Sondé', 200, 150),
      request('Saint-Marc', 190, 154),
      request('Ségur-Savien', 215, 152),
      request('Other', 205, 140),
    ];
    const labels = placeLabels(cluster, layout);
    expect(labels.every((l) => l.clear)).toBe(true);
    for (const [i, a] of labels.entries()) {
      expect(inside(a.box, layout.frame)).toBe(true);
      for (const b of labels.slice(i + 1)) expect(overlap(a.box, b.box), `${a.id} and ${b.id}`).toBe(0);
      for (const r of cluster) expect(overlap(a.box, markerBox(r.point, r.radius)), `${a.id} over ${r.id}`).toBe(0);
    }
  });

  it('stays off reserved areas such as the inset', () => {
    const inset = { x: 104, y: 80, width: 100, height: 40 };
    const [label] = placeLabels([request('a', 100, 100)], { ...layout, reserved: [inset] });
    expect(label?.anchor).toBe('end');
    expect(overlap(label?.box ?? inset, inset)).toBe(0);
  });

  it('never drops a label: with no free spot it takes the least bad one and says so', () => {
    const reserved = [{ x: 0, y: 0, width: 400, height: 300 }];
    const labels = placeLabels([request('a', 100, 100)], { ...layout, reserved });
    expect(labels).toHaveLength(1);
    expect(labels[0]?.clear).toBe(false);
  });

  it('sets a block of lines a line-height apart, its box as tall as the lines', () => {
    const [label] = placeLabels([request('a', 100, 100, 'First', 'Second line', 'Third')], layout);
    expect(label?.baselines).toHaveLength(3);
    const [b0 = 0, b1 = 0, b2 = 0] = label?.baselines ?? [];
    expect(b1 - b0).toBeCloseTo(10 * LINE_HEIGHT, 1);
    expect(b2 - b1).toBeCloseTo(10 * LINE_HEIGHT, 1);
    expect(label?.box).toMatchObject({ width: labelWidth('Second line', 10), height: 10 + 2 * 10 * LINE_HEIGHT });
  });

  it('finds a clear side for a tall block hemmed in by points on every side', () => {
    const tall = request('tall', 100, 100, 'One', 'Two', 'Three', 'Four');
    // Points left, above and below, and one just below the right-hand side, block every centred place.
    const others = [request('l', 60, 100), request('a', 100, 60), request('b', 100, 140), request('r', 125, 112)];
    const labels = placeLabels([tall, ...others], { ...layout, reserved: [{ x: 0, y: 0, width: 400, height: 30 }] });
    const placed = labels[0];
    expect(placed?.clear).toBe(true);
    for (const r of [tall, ...others])
      expect(overlap(placed?.box ?? layout.frame, markerBox(r.point, r.radius))).toBe(0);
  });

  it('gives the same answer every time', () => {
    const cluster = [request('a', 50, 50), request('b', 55, 52), request('c', 48, 58)];
    expect(placeLabels(cluster, layout)).toEqual(placeLabels(cluster, layout));
  });
});
