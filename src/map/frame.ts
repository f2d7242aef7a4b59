/**
 * Where a longitude and latitude land on a map drawn at build time. A frame
 * is a rectangle of the Earth, in degrees, drawn at a given width in SVG
 * units; everything else on the map (geometry, markers, labels, scale bar)
 * is placed in those units.
 */
import { geoDistance, geoMercator, type GeoProjection } from 'd3-geo';

/** A point on a map, in SVG user units from its top-left corner. */
export type MapPoint = readonly [x: number, y: number];

/** A rectangle on a map, in SVG user units. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The part of the Earth a map shows, in degrees (east and north positive), and its width in SVG units. */
export interface FrameSpec {
  west: number;
  east: number;
  south: number;
  north: number;
  width: number;
}

/** A frame made ready to draw on: its size in SVG units and the projection that fills it. */
export interface Frame {
  spec: FrameSpec;
  width: number;
  height: number;
  projection: GeoProjection;
}

/**
 * Haiti whole, Tortuga to Île à Vache, with the Dominican Republic's west and
 * the sea round it. The sea north-west of the Môle holds the inset, the sea
 * south-west of Tiburon the scale bar.
 */
export const HAITI_FRAME: FrameSpec = { west: -74.6, east: -71.1, south: 17.8, north: 20.35, width: 560 };

/** The Caribbean from the Yucatán to the Lesser Antilles, for the inset that shows where Haiti is. */
export const CARIBBEAN_FRAME: FrameSpec = { west: -88, east: -59, south: 8, north: 27, width: 132 };

/** The mean Earth radius in km (IUGG), which turns d3's angular distances into km. */
const EARTH_RADIUS_KM = 6371.0088;

const mercatorY = (latitude: number) => Math.log(Math.tan(Math.PI / 4 + (latitude * Math.PI) / 360));

/** A Mercator frame: the north-west corner lands at (0, 0) and the east edge at `width`; the height follows. */
export function makeFrame(spec: FrameSpec): Frame {
  const { west, east, south, north, width } = spec;
  if (!(west < east && south < north && width > 0)) throw new Error(`Not a map frame: ${JSON.stringify(spec)}`);
  // Mercator keeps shapes true, and across a country of Haiti's size its scale varies by under 2%.
  const scale = width / (((east - west) * Math.PI) / 180);
  const projection = geoMercator().scale(scale).translate([0, 0]);
  const [x0, y0] = projection([west, north]) ?? [0, 0];
  projection.translate([-x0, -y0]);
  const height = Math.round(scale * (mercatorY(north) - mercatorY(south)));
  return { spec, width, height, projection };
}

/** Where a longitude and latitude land on the frame, to a tenth of a unit. */
export function project(frame: Frame, lon: number, lat: number): MapPoint {
  const point = frame.projection([lon, lat]);
  if (!point) throw new Error(`Cannot project ${lon}, ${lat}`);
  return [Math.round(point[0] * 10) / 10, Math.round(point[1] * 10) / 10];
}

/** Whether a point lies inside the frame, at least `margin` units from its edges. */
export function inFrame(frame: Frame, [x, y]: MapPoint, margin = 0): boolean {
  return x >= margin && y >= margin && x <= frame.width - margin && y <= frame.height - margin;
}

/** SVG units per km along the frame's middle parallel: what the scale bar and km radii are drawn with. */
export function unitsPerKm(frame: Frame): number {
  const { west, east, south, north } = frame.spec;
  const lat = (south + north) / 2;
  const a = frame.projection([west, lat]) ?? [0, 0];
  const b = frame.projection([east, lat]) ?? [0, 0];
  const km = geoDistance([west, lat], [east, lat]) * EARTH_RADIUS_KM;
  return Math.hypot(b[0] - a[0], b[1] - a[1]) / km;
}

/** Round lengths a scale bar may show, in km. */
const SCALE_STEPS = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000];

/** The longest round length in km whose bar fits in `maxUnits`, and its length in units. */
export function scaleBar(perKm: number, maxUnits: number): { km: number; units: number } {
  const km = SCALE_STEPS.filter((step) => step * perKm <= maxUnits).at(-1) ?? SCALE_STEPS[0] ?? 1;
  return { km, units: Math.round(km * perKm * 10) / 10 };
}
