import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/check/check-content.ts';
import { makeFrame, unitsPerKm } from '../../../src/map/frame.ts';
import { storyCountry } from '../../../src/map/country-frames.ts';
import { baseMaps } from '../../../src/map/geometry.ts';
import { insideRings } from '../../../src/map/area-label.ts';
import { markerBox, overlap } from '../../../src/map/labels.ts';
import { describeMap } from '../../../src/map/describe.ts';
import {
  AREA_RADIUS_KM,
  LABEL_SIZE,
  LABEL_STEPS,
  MARKER_RADIUS,
  PANEL_WIDTH,
  scaleBox,
} from '../../../src/map/panel.ts';
import { locate, placeMap } from '../../../src/map/places.ts';
import { insideBox } from '../../../src/map/spots.ts';
import { formatProblem } from '../../../src/content/problem.ts';
import { buildStory } from '../../../src/story/story.ts';
import { makeUrls } from '../../../src/site/urls.ts';

const root = join(import.meta.dirname, '../../..');
const story = buildStory(checkContent(root).content);
const { rings } = baseMaps().detail;
const shapes = { name: storyCountry().name, rings };
const HAITI_FRAME = storyCountry().main;
const model = placeMap(story.places, story.events, makeUrls('/'), shapes);
const marker = (id: string) => model.markers.find((m) => m.id === id);

describe('locate', () => {
  it('gives a dot for an exact place and a shaded area for an "area" place', () => {
    expect(
      locate({ name: 'P', kind: 'town', country: 'Haiti', lat: 18.533, lon: -72.333, precision: 'exact' }),
    ).toEqual({
      point: [362.7, 308.3],
      radius: MARKER_RADIUS,
    });
    const area = locate({ name: 'A', kind: 'area', country: 'Haiti', lat: 19.133, lon: -72.483, precision: 'area' });
    expect(typeof area === 'object' && area.radius).toBeCloseTo(AREA_RADIUS_KM * unitsPerKm(makeFrame(HAITI_FRAME)), 1);
  });

  it('says why a place is not drawn: outside the frame, or no coordinates', () => {
    expect(
      locate({ name: 'Nairobi', kind: 'city', country: 'Kenya', lat: -1.283, lon: 36.817, precision: 'exact' }),
    ).toBe('outside');
    expect(locate({ name: 'New York', kind: 'city', country: 'United States' })).toBe('no-coordinates');
  });
});

describe('placeMap on the real content', () => {
  const panels = [
    { name: 'main', ...model.main, reserved: [model.main.inset, scaleBox(model.main.scale)] },
    ...(model.closeUp ? [{ name: 'close-up', ...model.closeUp, reserved: [scaleBox(model.closeUp.scale)] }] : []),
  ];

  it('draws every place in Haiti that has coordinates, and lists every other place', () => {
    const inHaiti = story.places.filter((p) => p.data.country === 'Haiti' && p.data.lat !== undefined).map((p) => p.id);
    expect(model.markers.map((m) => m.id).sort()).toEqual(inHaiti.sort());
    expect([...model.markers, ...model.listed]).toHaveLength(story.places.length);
    expect(model.listed.find((p) => p.id === 'nairobi')?.reason).toBe('outside');
    expect(model.listed.filter((p) => p.reason === 'no-coordinates').map((p) => p.id)).toContain('new-york');
    const drawn = panels.flatMap((panel) => panel.spots.flatMap((spot) => spot.places.map((p) => p.id)));
    expect(drawn.sort()).toEqual(inHaiti.sort());
  });

  it('gives the ambush and the town one dot at the Pont-Sondé point, with a label for each', () => {
    const spot = model.closeUp?.spots.find((s) => s.id === 'pont-sonde');
    expect(spot?.places.map((p) => p.id)).toEqual(['pont-sonde', 'pont-sonde-area']);
    expect(spot?.area).toBe(false);
    expect(spot?.labels.map((l) => l.placeId)).toEqual(['pont-sonde', 'pont-sonde-area']);
    const ambush = spot?.labels.find((l) => l.placeId === 'pont-sonde-area');
    expect(ambush?.lines.map((l) => l.text).join(' ')).toBe(
      'Pont-Sondé area (Carrefour Paye–Savien supply route) (approximate)',
    );
    for (const panel of panels) {
      const points = panel.spots.filter((s) => !s.area).map((s) => s.point.join());
      expect(new Set(points).size, panel.name).toBe(points.length);
    }
  });

  it('enlarges the crowded places in a close-up, outlined on the main map clear of the inset', () => {
    expect(model.closeUp?.spots.map((s) => s.id).sort()).toEqual(['pont-sonde', 'saint-marc', 'segur-savien']);
    expect(model.main.spots.map((s) => s.id)).toEqual(['port-au-prince']);
    const box = model.main.closeUpBox;
    expect(box && overlap(box, model.main.inset)).toBe(0);
    const pontSonde = model.markers.find((m) => m.id === 'pont-sonde');
    expect(box && pontSonde && insideBox(pontSonde.point, box)).toBe(true);
    // Saint-Marc and Pont-Sondé, 7 px apart on a phone's whole-country map, are some 50 px apart in the close-up.
    const [a, b] = ['saint-marc', 'pont-sonde'].map((id) => model.closeUp?.spots.find((s) => s.id === id)?.point);
    expect(Math.hypot((a?.[0] ?? 0) - (b?.[0] ?? 0), (a?.[1] ?? 0) - (b?.[1] ?? 0)) * (288 / 560)).toBeGreaterThan(45);
  });

  it('keeps every marker, label and country name inside its panel', () => {
    for (const panel of panels) {
      for (const spot of panel.spots) {
        expect(spot.point[0] - spot.radius, spot.id).toBeGreaterThanOrEqual(0);
        expect(spot.point[1] + spot.radius, spot.id).toBeLessThanOrEqual(panel.height);
        for (const { box } of spot.labels) {
          const { x, y, width, height } = box;
          expect(x >= 0 && y >= 0 && x + width <= panel.width && y + height <= panel.height, spot.id).toBe(true);
        }
      }
    }
    expect(model.main.countries.map((c) => c.lines.map((line) => line.text).join(' '))).toEqual(['HAITI']);
    const [haiti] = model.main.countries;
    for (const line of haiti?.lines ?? []) expect(insideRings(shapes.rings, [haiti?.x ?? NaN, line.y])).toBe(true);
  });

  it('sets labels at the size a 320 px screen draws at 12 CSS px, and a 375 px one at 14', () => {
    expect(LABEL_SIZE * (288 / PANEL_WIDTH)).toBeCloseTo(12, 1);
    expect(LABEL_SIZE * (343 / PANEL_WIDTH)).toBeCloseTo(14.3, 1);
  });

  it('places labels clear of each other, of every other place’s mark and of the inset and scale bars', () => {
    for (const panel of panels) {
      const labels = panel.spots.flatMap((spot) => spot.labels.map((label) => ({ spot, label })));
      for (const [i, { spot, label }] of labels.entries()) {
        const what = `${panel.name}: ${label.placeId}`;
        expect(label.clear, what).toBe(true);
        for (const box of panel.reserved) expect(overlap(label.box, box), what).toBe(0);
        for (const other of labels.slice(i + 1))
          expect(overlap(label.box, other.label.box), `${what}/${other.label.placeId}`).toBe(0);
        for (const other of panel.spots)
          expect(overlap(label.box, markerBox(other.point, other.radius)), `${what} over ${other.id}`).toBe(0);
        expect(spot.labels).toContain(label);
      }
    }
  });

  it('links a place to its one event, to its list of events, or nowhere', () => {
    expect(marker('segur-savien')?.href).toBe('/timeline/#kaetuai-killed');
    expect(marker('port-au-prince')?.href).toBe('/timeline/#first-kenyan-officers-land');
    expect(marker('saint-marc')?.href).toBeUndefined();
    expect(marker('pont-sonde-area')?.events.map((e) => e.id)).toContain('ambush-officer-missing');
  });

  it('shades Ségur-Savien as an area rather than pinning it', () => {
    expect(marker('segur-savien')).toMatchObject({ precision: 'area' });
    expect(model.closeUp?.spots.find((s) => s.id === 'segur-savien')?.area).toBe(true);
    expect(marker('segur-savien')?.radius).toBeGreaterThan(MARKER_RADIUS);
  });

  it('fits scale bars of round lengths', () => {
    expect(model.main.scale).toMatchObject({ km: 50 });
    expect(model.closeUp?.scale).toMatchObject({ km: 10 });
  });
});

describe('the label sizes of the stylesheet', () => {
  const css = readFileSync(join(root, 'src/components/map/place-map.css'), 'utf8');
  const steps = [...css.matchAll(/@container \(min-width: (\d+)px\) \{\s*\.place-map svg \{\s*font-size: ([\d.]+)px/g)];
  const base = /\.place-map svg \{[^}]*font: 600 ([\d.]+)px/.exec(css);

  it('are the steps the layout assumes, the largest first', () => {
    expect([
      { minWidth: 0, size: Number(base?.[1]) },
      ...steps.map(([, w, px]) => ({ minWidth: Number(w), size: Number(px) })),
    ]).toEqual(LABEL_STEPS.map((step) => ({ ...step })));
  });

  it('draw every label between 12 and 16 CSS px on a map 288 to 640 px wide', () => {
    for (let width = 288; width <= 640; width++) {
      const step = LABEL_STEPS.filter((s) => width >= s.minWidth).at(-1);
      const px = ((step?.size ?? 0) * width) / PANEL_WIDTH;
      expect(px, `${width} px`).toBeGreaterThanOrEqual(12);
      expect(px, `${width} px`).toBeLessThanOrEqual(16);
      expect(step?.size ?? Infinity).toBeLessThanOrEqual(LABEL_SIZE);
    }
  });
});

describe('describeMap', () => {
  it('says in words what the map shows, and only that', () => {
    expect(describeMap(model, storyCountry())).toBe(
      'Haiti, with its neighbours shaded and the sea around. ' +
        'Dots mark Port-au-Prince, Pont-Sondé and Saint-Marc. ' +
        'The dot of Pont-Sondé also marks Pont-Sondé area (Carrefour Paye–Savien supply route); both locations are approximate. ' +
        'A dashed circle marks the approximate area of Ségur-Savien; its size is a drawing choice, not a measurement. ' +
        'A close-up, outlined on the main map, enlarges the area round Pont-Sondé, Saint-Marc and Ségur-Savien. ' +
        'Scale bars show 50 km on the main map and 10 km on the close-up; an inset shows where Haiti lies in the Caribbean.',
    );
  });
});

describe('a coordinate out of range in content/places', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'map-places-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('fails the content check with the file and the field, before any map is drawn', () => {
    cpSync(join(root, 'tests/fixtures/valid'), scratch, { recursive: true });
    writeFileSync(
      join(scratch, 'content/places/a-town.yaml'),
      'name: A Town\nkind: town\ncountry: Haiti\nlat: 19.1\nlon: -272.6\nprecision: exact\n',
    );
    expect(checkContent(scratch).problems.map(formatProblem)).toEqual([
      'content/places/a-town.yaml: lon: found -272.6, expected a longitude between -180 and 180 (line 5)',
    ]);
  });
});
