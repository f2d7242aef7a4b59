/** The sections as bands beside the axis, each over the stretch its events cover, numbered for the key. */
import { frame, px, textWidth, type AxisLabel, type Box, type Orientation } from './frame.ts';
import { assignLanes } from './lanes.ts';
import { widen, type AxisEvent } from './marks.ts';
import { dateSpan } from './scale.ts';

/** What the axis needs of a section. */
export interface AxisSection {
  id: string;
  title: string;
}

/** A section's band: its number in reading order (as in the key), its title and where it is drawn. */
export interface AxisBand {
  id: string;
  number: number;
  title: string;
  box: Box;
}

/** A band before it is placed: its lane, and how to place it once the drawing knows where bands go. */
export interface BandPlan {
  lane: number;
  place: (orientation: Orientation, at: number) => { band: AxisBand; label: AxisLabel | undefined };
}

const MIN_BAND = 16;
const FONT = 12;

/** One band per section that has events, in lanes so overlapping sections sit side by side. */
export function sectionBands(
  events: readonly AxisEvent[],
  sections: readonly AxisSection[],
  scale: (day: number) => number,
  pitch: number,
): BandPlan[] {
  const spans = sections.flatMap((section, index) => {
    const days = events.filter((event) => event.section === section.id).map((event) => dateSpan(event.date));
    if (days.length === 0) return [];
    const start = scale(Math.min(...days.map((d) => d.start)));
    const end = scale(Math.max(...days.map((d) => d.end)));
    return [{ section, number: index + 1, ...widen(start, end, MIN_BAND, Infinity) }];
  });
  const lanes = assignLanes(spans);
  return spans.map((span, index) => {
    const lane = lanes[index] ?? 0;
    return {
      lane,
      place: (orientation, at) => {
        const across = at + lane * pitch;
        const length = span.end - span.start;
        // Inset by a pixel at each end so neighbouring bands never read as one.
        const box = frame(orientation).box(span.start + 1, across, length - 2, pitch - 2);
        const band = { id: span.section.id, number: span.number, title: span.section.title, box };
        const full = `${span.number} ${span.section.title}`;
        const label: AxisLabel =
          orientation === 'horizontal'
            ? textWidth(full, FONT) <= length - 10
              ? { x: px(span.start + 5), y: px(across + 13), text: full, kind: 'band', anchor: 'start' }
              : {
                  x: px(span.start + length / 2),
                  y: px(across + 13),
                  text: String(span.number),
                  kind: 'band',
                  anchor: 'middle',
                }
            : {
                x: px(across + (pitch - 2) / 2),
                y: px(span.start + 13),
                text: String(span.number),
                kind: 'band',
                anchor: 'middle',
              };
        return { band, label };
      },
    };
  });
}
