/**
 * The story map's close-up: where it is framed round a crowded group of
 * places, and its spots, projected on its own frame and labelled.
 */
import { makeFrame, project, unitsPerKm, type Box, type Frame, type FrameSpec } from './frame.ts';
import { AREA_RADIUS_KM, cornerScale, labelSpots, MARKER_RADIUS, PANEL_WIDTH, scaleBox } from './panel.ts';
import type { CloseUpPanel, MapMarker } from './places.ts';
import { closeUpFrame, insideBox, type CloseUpShape, type Spot } from './spots.ts';

/** The close-up's size in its own units; its reach round its group is one of PADDINGS. */
export const CLOSE_UP: Omit<CloseUpShape, 'padding'> = { width: PANEL_WIDTH, height: 400 };

/** How far round its group a close-up may reach, and how wide its label lines may run, in the order tried. */
const PADDINGS = [1.9, 1.6, 2.3, 2.8];
const LINE_SHARES = [0.6, 0.45, 0.35];

/**
 * The close-up of a crowded group: the first framing and line width, in the order tried, at which every
 * label is clear, else the one with fewest labels not clear. It holds every spot inside its rectangle.
 */
export function bestCloseUp(
  group: readonly Spot<MapMarker>[],
  spots: readonly Spot<MapMarker>[],
  projection: Frame['projection'],
  coordinates: ReadonlyMap<string, [number, number]>,
): { extent: Box; panel: CloseUpPanel } {
  let best: { extent: Box; panel: CloseUpPanel; unclear: number } | undefined;
  for (const padding of PADDINGS) {
    const { extent, spec } = closeUpFrame(group, projection, { ...CLOSE_UP, padding });
    const held = spots.filter((spot) => group.includes(spot) || insideBox(spot.point, extent));
    for (const share of LINE_SHARES) {
      const panel = closeUp(spec, held, coordinates, share);
      const unclear = panel.spots.flatMap((spot) => spot.labels).filter((label) => !label.clear).length;
      if (unclear === 0) return { extent, panel };
      if (!best || unclear < best.unclear) best = { extent, panel, unclear };
    }
  }
  if (!best) throw new Error('No close-up framed');
  return best;
}

/** The close-up's spots, projected on its own frame, with their labels. */
function closeUp(
  spec: FrameSpec,
  spots: readonly Spot<MapMarker>[],
  coordinates: ReadonlyMap<string, [number, number]>,
  lineShare: number,
): CloseUpPanel {
  const frame = makeFrame(spec);
  const perKm = unitsPerKm(frame);
  const moved = spots.map((spot) => {
    const [lon, lat] = coordinates.get(spot.id) ?? [NaN, NaN];
    const radius = spot.area ? Math.round(AREA_RADIUS_KM * perKm * 10) / 10 : MARKER_RADIUS;
    const places = spot.places.map((place) => ({ ...place, radius }));
    return { ...spot, point: project(frame, lon, lat), radius, places };
  });
  const scale = cornerScale(perKm, frame.height);
  return {
    width: frame.width,
    height: frame.height,
    spec,
    spots: labelSpots(moved, frame.height, [scaleBox(scale)], lineShare),
    scale,
  };
}
