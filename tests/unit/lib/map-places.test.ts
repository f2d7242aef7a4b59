import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/lib/check-content.ts';
import { HAITI_FRAME, makeFrame, unitsPerKm } from '../../../src/lib/map-frame.ts';
import { baseMaps, DOMINICAN_REPUBLIC_ID, HAITI_ID } from '../../../src/lib/map-geometry.ts';
import { insideRings } from '../../../src/lib/map-area-label.ts';
import { markerBox, overlap } from '../../../src/lib/map-labels.ts';
import { AREA_RADIUS_KM, describeMap, locate, MARKER_RADIUS, placeMap } from '../../../src/lib/map-places.ts';
import { formatProblem } from '../../../src/lib/problem.ts';
import { buildStory } from '../../../src/lib/story.ts';
import { makeUrls } from '../../../src/lib/urls.ts';

const root = join(import.meta.dirname, '../../..');
const story = buildStory(checkContent(root).content);
const { rings } = baseMaps().detail;
const shapes = { haiti: rings.get(HAITI_ID) ?? [], dominicanRepublic: rings.get(DOMINICAN_REPUBLIC_ID) ?? [] };
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
  it('draws every place in Haiti that has coordinates, and lists every other place', () => {
    const inHaiti = story.places.filter((p) => p.data.country === 'Haiti' && p.data.lat !== undefined).map((p) => p.id);
    // The ambush area is given the Pont-Sondé point, so the two share Pont-Sondé's marker.
    expect(model.markers.map((m) => m.id).sort()).toEqual(inHaiti.filter((id) => id !== 'pont-sonde-area').sort());
    expect([...model.markers, ...model.listed]).toHaveLength(story.places.length - 1);
    expect(model.listed.find((p) => p.id === 'nairobi')?.reason).toBe('outside');
    expect(model.listed.filter((p) => p.reason === 'no-coordinates').map((p) => p.id)).toContain('new-york');
  });

  it('keeps every marker, label and country name inside the frame', () => {
    for (const m of model.markers) {
      const { x, y, width, height } = m.label.box;
      expect(m.point[0] - m.radius, m.id).toBeGreaterThanOrEqual(0);
      expect(m.point[1] + m.radius, m.id).toBeLessThanOrEqual(model.height);
      expect(x >= 0 && y >= 0 && x + width <= model.width && y + height <= model.height, m.id).toBe(true);
    }
    expect(model.countries.map((c) => c.lines.map((line) => line.text).join(' '))).toEqual([
      'HAITI',
      'DOMINICAN REPUBLIC',
    ]);
    const [haiti, dominicanRepublic] = model.countries;
    for (const line of haiti?.lines ?? []) expect(insideRings(shapes.haiti, [haiti?.x ?? NaN, line.y])).toBe(true);
    for (const line of dominicanRepublic?.lines ?? []) {
      expect(insideRings(shapes.dominicanRepublic, [dominicanRepublic?.x ?? NaN, line.y])).toBe(true);
    }
  });

  it('places labels clear of each other, of every marker and of the inset', () => {
    for (const [i, a] of model.markers.entries()) {
      expect(a.label.clear, a.id).toBe(true);
      expect(overlap(a.label.box, model.inset), a.id).toBe(0);
      for (const b of model.markers.slice(i + 1)) expect(overlap(a.label.box, b.label.box), `${a.id}/${b.id}`).toBe(0);
      for (const b of model.markers)
        expect(overlap(a.label.box, markerBox(b.point, b.radius)), `${a.id}/${b.id}`).toBe(0);
    }
  });

  it('links a marker to its one event, to its list of events, or nowhere', () => {
    expect(marker('segur-savien')?.href).toBe('/timeline/#kaetuai-killed');
    expect(marker('port-au-prince')?.href).toBe('/timeline/#first-kenyan-officers-land');
    expect(marker('saint-marc')?.href).toBeUndefined();
    expect(marker('pont-sonde')?.href).toBe('#place-pont-sonde');
    expect(marker('pont-sonde')?.events.map((e) => e.id)).toEqual([
      'pont-sonde-massacre',
      'senior-officer-shot',
      'ambush-officer-missing',
    ]);
    expect(marker('pont-sonde')).toMatchObject({
      name: 'Pont-Sondé and Pont-Sondé area (Carrefour Paye–Savien supply route)',
      labelText: 'Pont-Sondé',
    });
  });

  it('shades Ségur-Savien as an area rather than pinning it', () => {
    expect(marker('segur-savien')).toMatchObject({ precision: 'area' });
    expect(marker('segur-savien')?.radius).toBeGreaterThan(MARKER_RADIUS);
  });

  it('fits a scale bar of a round length', () => {
    expect(model.scale).toMatchObject({ km: 50 });
  });
});

describe('describeMap', () => {
  it('says in words what the map shows', () => {
    expect(describeMap(model)).toBe(
      'Haiti, with its neighbours shaded (the Dominican Republic to the east) and the sea around. ' +
        'Dots mark Pont-Sondé and Pont-Sondé area (Carrefour Paye–Savien supply route), Port-au-Prince and Saint-Marc. ' +
        'A dashed circle marks the approximate area of Ségur-Savien; its size is a drawing choice, not a measurement. ' +
        'A scale bar shows 50 km; an inset shows where Haiti lies in the Caribbean.',
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
