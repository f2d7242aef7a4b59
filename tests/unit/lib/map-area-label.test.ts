import { describe, expect, it } from 'vitest';
import { clearance, insideRings, openSpot, type Ring } from '../../../src/map/area-label.ts';

const square = (x: number, y: number, size: number): Ring => [
  [x, y],
  [x + size, y],
  [x + size, y + size],
  [x, y + size],
];

describe('insideRings', () => {
  it('counts a hole as outside', () => {
    const rings = [square(0, 0, 100), square(40, 40, 20)];
    expect(insideRings(rings, [10, 10])).toBe(true);
    expect(insideRings(rings, [50, 50])).toBe(false);
    expect(insideRings(rings, [150, 50])).toBe(false);
  });
});

describe('clearance', () => {
  it('is the distance to the nearest edge', () => {
    expect(clearance([square(0, 0, 100)], [30, 50])).toBe(30);
  });
});

describe('openSpot', () => {
  it('finds the middle of an empty shape', () => {
    expect(openSpot([square(0, 0, 100)], { width: 30, height: 10 }, [], 5)).toEqual([50, 50]);
  });

  it('moves off a box that is already taken', () => {
    const taken = [{ x: 30, y: 30, width: 40, height: 40 }];
    const spot = openSpot([square(0, 0, 100)], { width: 20, height: 10 }, taken);
    expect(spot).toBeDefined();
    const [x = 0, y = 0] = spot ?? [];
    expect(x + 10 <= 30 || x - 10 >= 70 || y + 5 <= 30 || y - 5 >= 70).toBe(true);
  });

  it('gives up when the name does not fit anywhere', () => {
    expect(openSpot([square(0, 0, 20)], { width: 40, height: 10 }, [])).toBeUndefined();
  });
});
