import { describe, expect, it } from 'vitest';
import { overlap } from '../../../src/map/labels.ts';
import { APPROXIMATE, LABEL_SIZE, labelSpots, type PanelPlace } from '../../../src/map/panel.ts';
import { mergeSpots } from '../../../src/map/spots.ts';

const place = (id: string, name: string, x: number, precision: PanelPlace['precision']): PanelPlace => ({
  id,
  name,
  point: [x, 200],
  radius: 6,
  precision,
  events: [],
  href: undefined,
});
const texts = (spot: ReturnType<typeof labelSpots>[number]) =>
  spot.labels.map((label) => label.lines.map((line) => `${line.note ? '~' : ''}${line.text}`));

describe('labelSpots', () => {
  it('labels each place at a shared spot in a block of its own, round the one mark', () => {
    const spots = labelSpots(
      mergeSpots([place('town', 'Town', 280, 'exact'), place('road', 'The road (between two villages)', 280, 'exact')]),
      400,
      [],
    );
    expect(spots).toHaveLength(1);
    const [spot] = spots;
    expect(spot && texts(spot)).toEqual([['Town'], ['The road', '(between two villages)']]);
    const [a, b] = spot?.labels ?? [];
    expect(a && b && overlap(a.box, b.box)).toBe(0);
    expect(spot?.labels.every((label) => label.clear)).toBe(true);
  });

  it('says "approximate" once for a spot whose places all are, else under each place that is', () => {
    const [both] = labelSpots(
      mergeSpots([place('town', 'Town', 280, 'approximate'), place('road', 'The road (near it)', 280, 'approximate')]),
      400,
      [],
    );
    expect(both && texts(both)).toEqual([['Town'], ['The road', '(near it)', `~${APPROXIMATE}`]]);
    const [mixed] = labelSpots(
      mergeSpots([place('town', 'Town', 280, 'approximate'), place('road', 'The road', 280, 'exact')]),
      400,
      [],
    );
    expect(mixed && texts(mixed)).toEqual([['Town', `~${APPROXIMATE}`], ['The road']]);
  });

  it('breaks a long name to fit the share of the panel it is given', () => {
    const name = 'Pont-Sondé area (Carrefour Paye–Savien supply route)';
    const [wide] = labelSpots(mergeSpots([place('a', name, 280, 'exact')]), 400, [], 0.6);
    const [narrow] = labelSpots(mergeSpots([place('a', name, 280, 'exact')]), 400, [], 0.35);
    const widest = (spot: typeof wide) => Math.max(...(spot?.labels ?? []).map((l) => l.box.width));
    expect(widest(narrow)).toBeLessThanOrEqual(560 * 0.35);
    expect(widest(narrow)).toBeLessThan(widest(wide));
    expect(narrow?.labels[0]?.box.height).toBeGreaterThan(LABEL_SIZE * 3);
  });
});
