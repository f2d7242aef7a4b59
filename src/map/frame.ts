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

/** A rectangle of the Earth in degrees, east and north positive. */
export type Bounds = Omit<FrameSpec, 'width'>;

/** The story map's width in SVG units; its height follows from the country's shape. */
export const MAIN_WIDTH = 560;
/** The locator inset's width in SVG units. */
export const INSET_WIDTH = 132;

const outward = (n: number, up: boolean) => (up ? Math.ceil(n * 20) : Math.floor(n * 20)) / 20;

/**
 * The story map's frame: the country's outline with a tenth of its larger
 * span of sea and neighbours round it, rounded out to 0.05°.
 */
export function mainFrame(country: Bounds): FrameSpec {
  const pad = Math.max(country.east - country.west, country.north - country.south) / 10;
  return {
    west: outward(country.west - pad, false),
    east: outward(country.east + pad, true),
    south: outward(country.south - pad, false),
    north: outward(country.north + pad, true),
    width: MAIN_WIDTH,
  };
}

/**
 * The locator inset's frame: centred on the country, five times its larger span
 * wide (29° at least, enough to show the region round a small country; 120° at
 * most), and two thirds as tall in degrees.
 */
export function insetFrame(country: Bounds): FrameSpec {
  const lon = (country.west + country.east) / 2;
  const lat = (country.south + country.north) / 2;
  const half = Math.min(Math.max(2.5 * Math.max(country.east - country.west, country.north - country.south), 14.5), 60);
  const halfLat = (half * 2) / 3;
  return {
    west: Math.round(lon - half),
    east: Math.round(lon + half),
    south: Math.max(Math.round(lat - halfLat), -80),
    north: Math.min(Math.round(lat + halfLat), 80),
    width: INSET_WIDTH,
  };
}

/** The mean Earth radius in km (IUGG), which turns d3's angular distances into km. */
const EARTH_RADIUS_KM = 6371.0088;

const mercatorY = (latitude: number) => Math.log(Math.tan(Math.PI / 4 + (latitude * Math.PI) / 360));

/** A Mercator frame: the north-west corner lands at (0, 0) and the east edge at `width`; the height follows. */
export function makeFrame(spec: FrameSpec): Frame {
  const { west, east, south, north, width } = spec;
  if (!(west < east && south < north && width > 0)) throw new Error(`Not a map frame: ${JSON.stringify(spec)}`);
  // Mercator keeps shapes true, and across a country a few hundred km tall its scale varies by a few per cent.
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
