import { describe, expect, it } from 'vitest';
import { makeFrame, type FrameSpec } from '../../../src/map/frame.ts';
import { compactPathData, CompactPathContext, projectedRings } from '../../../src/map/path.ts';

// A frame round Haiti, as the story map drew it before frames came from the country's outline.
const HAITI_FRAME: FrameSpec = { west: -74.6, east: -71.1, south: 17.8, north: 20.35, width: 560 };

function draw(decimals: number, steps: (context: CompactPathContext) => void): string {
  const context = new CompactPathContext(decimals);
  steps(context);
  return context.result();
}

describe('CompactPathContext', () => {
  it('writes the first point absolute and the rest as relative moves, rounded', () => {
    const d = draw(1, (c) => {
      c.moveTo(10.04, 20);
      c.lineTo(12.26, 19.5);
      c.lineTo(12.26, 25.25);
      c.closePath();
    });
    expect(d).toBe('M10,20l2.3-.5,0,5.8z');
  });

  it('skips points that round onto the one before', () => {
    const d = draw(0, (c) => {
      c.moveTo(0, 0);
      c.lineTo(0.2, 0.2);
      c.lineTo(5, 0);
      c.lineTo(5, 5);
      c.closePath();
    });
    expect(d).toBe('M0,0l5,0,0,5z');
  });

  it('drops the closing point that repeats the first, and rings too small to see', () => {
    const d = draw(0, (c) => {
      c.moveTo(0, 0);
      c.lineTo(5, 0);
      c.lineTo(5, 5);
      c.lineTo(0, 0);
      c.closePath();
      c.moveTo(50, 50);
      c.lineTo(50.3, 50.1);
      c.lineTo(50.1, 50.4);
      c.closePath();
    });
    expect(d).toBe('M0,0l5,0,0,5z');
  });

  it('keeps open lines open', () => {
    expect(
      draw(0, (c) => {
        c.moveTo(1, 1);
        c.lineTo(4, 5);
      }),
    ).toBe('M1,1l3,4');
  });
});

describe('compactPathData', () => {
  const frame = makeFrame(HAITI_FRAME);

  it('projects, rounds and clips a line crossing the frame', () => {
    const line = {
      type: 'LineString' as const,
      coordinates: [
        [-75, 19],
        [-72, 19],
      ],
    };
    const clipped = frame.projection.clipExtent([
      [0, 0],
      [frame.width, frame.height],
    ]);
    const d = compactPathData(clipped, line, 1);
    // Clipped at the west edge; d3 bends the line along the great circle, so it takes a few steps east.
    expect(d).toMatch(/^M0,[\d.]+l[-\d.,]+$/);
    const steps = (d.split('l')[1] ?? '').match(/-?[\d.]+/g)?.map(Number) ?? [];
    const east = steps.filter((_, i) => i % 2 === 0).reduce((a, b) => a + b, 0);
    expect(east).toBeCloseTo(((-72 - HAITI_FRAME.west) / (HAITI_FRAME.east - HAITI_FRAME.west)) * frame.width, 0);
  });
});

describe('projectedRings', () => {
  it('gives the rings as drawn, in map units', () => {
    const frame = makeFrame(HAITI_FRAME);
    // d3-geo reads a ring listed clockwise (as seen on the map) as the small area it encloses.
    const square = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [-73, 19],
          [-72, 19],
          [-72, 18.5],
          [-73, 18.5],
          [-73, 19],
        ],
      ],
    };
    const [ring, ...more] = projectedRings(frame.projection, square);
    expect(more).toEqual([]);
    const xs = (ring ?? []).map(([x]) => x);
    expect(Math.min(...xs)).toBeCloseTo(256, 0);
    expect(Math.max(...xs)).toBeCloseTo(416, 0);
  });
});
