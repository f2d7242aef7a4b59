/**
 * The whole drawing as plain data: ticks, section bands and marks, in drawing
 * coordinates, for one orientation and size. The component only prints it.
 */
import { formatPartialDate } from '../dates/partial-date.ts';
import { frame, px, type AxisLabel, type AxisLine, type Box, type Orientation } from './frame.ts';
import { laneCount } from './lanes.ts';
import { binEvents, eventMarks, groupMarks, type AxisEvent, type LaneMark } from './marks.ts';
import { sectionBands, type AxisBand, type AxisSection } from './bands.ts';
import { axisTicks } from './ticks.ts';
import { dateSpan, dayNumber, linearScale, monthCount, monthDomain, monthOf, type DaySpan } from './scale.ts';

export type { AxisEvent } from './marks.ts';
export type { AxisSection, AxisBand } from './bands.ts';
export type { AxisLabel, AxisLine } from './frame.ts';

/** How big to draw, and when to stop drawing events one by one. */
export interface AxisOptions {
  orientation: Orientation;
  /** Natural width of the drawing in CSS pixels; it is never shown smaller. */
  width: number;
  /** Vertical drawings: pixels per month along the axis, and the most the axis may be long. */
  monthLength?: number;
  maxLength?: number;
  /** Most lanes of single-event marks; with more, events are grouped by months. */
  maxLanes: number;
  /** Most events drawn one by one, so the drawing's size stays bounded however long the story grows. */
  maxMarks: number;
}

/** One mark: a link to an event (or to the first of a group of them). */
export interface AxisMark {
  kind: LaneMark['kind'];
  target: string;
  label: string;
  approximate: boolean;
  open: boolean;
  count: number;
  /** The area that takes a pointer or shows focus, and the shape drawn inside it. */
  hit: Box;
  shape: Box;
  /** A group's count, written on it. */
  text: AxisLabel | undefined;
}

/** Everything the drawing shows. */
export interface AxisLayout {
  orientation: Orientation;
  width: number;
  height: number;
  /** "events": one mark per event; "groups": one per stretch of months. */
  mode: 'events' | 'groups';
  axis: AxisLine;
  lines: AxisLine[];
  labels: AxisLabel[];
  bands: AxisBand[];
  marks: AxisMark[];
  /** The first and last months the axis covers, as readers read them. */
  from: string;
  to: string;
}

/** Lane pitch and smallest target (WCAG 2.2 target size), in CSS pixels. */
export const LANE = 24;
const DOT_SIZE = 12;
const GROUP_DEPTH = 4 * LANE;
const GROUP_MONTHS = [1, 2, 3, 6, 12, 24, 60, 120, 240, 600];

/** The domain widened to whole stretches of `months` calendar-aligned months. */
function snapDomain(domain: DaySpan, months: number): DaySpan {
  const index = (day: number) => {
    const m = monthOf(day);
    return m.year * 12 + m.month - 1;
  };
  const first = Math.floor(index(domain.start) / months) * months;
  const after = Math.ceil((index(domain.end - 1) + 1) / months) * months;
  const day = (i: number) => dayNumber(Math.floor(i / 12), (i % 12) + 1, 1);
  return { start: day(first), end: day(after) };
}

/** Lays out the axis for a story's events and sections (sections in reading order). */
export function layoutAxis(
  events: readonly AxisEvent[],
  sections: readonly AxisSection[],
  options: AxisOptions,
): AxisLayout {
  const horizontal = options.orientation === 'horizontal';
  // Vertical drawings keep a gutter for year and month labels left of the axis, then the bands, then the marks.
  const BAND = horizontal ? 20 : 16;
  const AXIS_X = 40;
  const base = monthDomain(events.map((event) => dateSpan(event.date)));
  const pad = horizontal ? 12 : 8;
  const alongFor = (domain: DaySpan) =>
    horizontal
      ? options.width - 2 * pad
      : Math.min(monthCount(domain) * (options.monthLength ?? 16), options.maxLength ?? 800);
  const scaleFor = (domain: DaySpan) => linearScale(domain, pad, alongFor(domain));
  const sizes = (domain: DaySpan) => ({ target: LANE, dot: DOT_SIZE, limit: alongFor(domain) + 2 * pad });

  // Vertical drawings put bands and labels left of the marks; count their lanes first to know the room left.
  const bandsOf = (domain: DaySpan) => sectionBands(events, sections, scaleFor(domain), BAND);
  let domain = base;
  let bands = bandsOf(domain);
  const marksFrom = horizontal ? 0 : AXIS_X + 4 + laneCount(bands.map((b) => b.lane)) * BAND + 4;
  const maxLanes = horizontal
    ? options.maxLanes
    : Math.min(options.maxLanes, Math.floor((options.width - marksFrom) / LANE));

  let marks = eventMarks(events, scaleFor(domain), sizes(domain));
  let mode: AxisLayout['mode'] = 'events';
  if (events.length > options.maxMarks || laneCount(marks.map((m) => m.lane)) > maxLanes) {
    mode = 'groups';
    const months =
      GROUP_MONTHS.find((k) => {
        const snapped = snapDomain(base, k);
        return (k * alongFor(snapped)) / monthCount(snapped) >= LANE;
      }) ?? 600;
    domain = snapDomain(base, months);
    bands = bandsOf(domain);
    marks = groupMarks(binEvents(events, months), scaleFor(domain), sizes(domain));
  }

  // Across the axis: distance from the axis line (0) outwards, per lane; groups fill a bar chart first.
  const maxCount = Math.max(...marks.map((m) => (m.lane === 0 ? m.count : 0)));
  // Vertical bar charts use the width left beside the bands (and any lanes of year-only groups).
  const extraLanes = Math.max(0, laneCount(marks.map((m) => m.lane)) - 1);
  const groupDepth = horizontal ? GROUP_DEPTH : options.width - marksFrom - 8 - extraLanes * LANE;
  const depthOf = (m: LaneMark) =>
    mode === 'events' || m.lane > 0 ? LANE : Math.max(LANE, (groupDepth * m.count) / maxCount);
  const offsetOf = (m: LaneMark) =>
    mode === 'events' ? m.lane * LANE : m.lane === 0 ? 0 : groupDepth + (m.lane - 1) * LANE;
  const extent = Math.max(...marks.map((m) => offsetOf(m) + depthOf(m)));

  const along = alongFor(domain);
  const top = 4;
  const axisAt = horizontal ? top + extent + 2 : AXIS_X;
  const f = frame(options.orientation);
  const drawn: AxisMark[] = marks.map((m) => {
    const depth = depthOf(m);
    const near = horizontal ? axisAt - offsetOf(m) - depth : marksFrom + offsetOf(m);
    const hit = f.box(m.hit.start, near, m.hit.end - m.hit.start, depth);
    const thick = mode === 'groups' ? depth - 2 : m.kind === 'day' ? DOT_SIZE : DOT_SIZE - 2;
    const inset = mode === 'groups' ? (horizontal ? 2 : 0) : (depth - thick) / 2;
    const gap = mode === 'groups' ? 1 : 0;
    const shape = f.box(m.shape.start + gap, near + inset, m.shape.end - m.shape.start - 2 * gap, thick);
    const countText = String(m.count);
    const text =
      mode === 'groups'
        ? horizontal
          ? {
              x: px((m.shape.start + m.shape.end) / 2),
              y: px(near + 17),
              text: countText,
              kind: 'count' as const,
              anchor: 'middle' as const,
            }
          : {
              x: px(near + 4),
              y: px((m.shape.start + m.shape.end) / 2 + 4),
              text: countText,
              kind: 'count' as const,
              anchor: 'start' as const,
            }
        : undefined;
    return {
      kind: m.kind,
      target: m.target,
      label: m.label,
      approximate: m.approximate,
      open: m.open,
      count: m.count,
      hit,
      shape,
      text,
    };
  });

  const ticks = axisTicks(domain, scaleFor(domain), {
    orientation: options.orientation,
    axisAt,
    top,
    pad,
    along,
    width: options.width,
  });
  const bandsAt = horizontal ? ticks.bottom + 8 : AXIS_X + 4;
  const placedBands = bands.map((band) => band.place(options.orientation, bandsAt));
  const bandLabels = placedBands.flatMap((band) => (band.label ? [band.label] : []));
  const height = horizontal ? bandsAt + laneCount(bands.map((b) => b.lane)) * BAND + 2 : along + 2 * pad;
  const first = monthOf(base.start);
  const last = monthOf(base.end - 1);
  const monthText = (m: { year: number; month: number }) =>
    formatPartialDate({ precision: 'month', year: m.year, month: m.month, iso: '' });
  return {
    orientation: options.orientation,
    width: options.width,
    height: px(height),
    mode,
    axis: ticks.axis,
    lines: ticks.lines,
    labels: [...ticks.labels, ...bandLabels],
    bands: placedBands.map((band) => band.band),
    marks: drawn,
    from: monthText(first),
    to: monthText(last),
  };
}
