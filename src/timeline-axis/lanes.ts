/** Collision-free stacking: intervals that overlap along the axis go to different lanes. */

// Positions are floats; intervals that touch in exact arithmetic must not be split by rounding.
const EPSILON = 1e-6;

/** A stretch along the axis, start inclusive, end exclusive (touching intervals do not overlap). */
export interface Interval {
  start: number;
  end: number;
}

/**
 * The lane (0, 1, 2, …) of each interval, in input order: each takes the lowest
 * lane where it overlaps nothing already placed. Placed in order of start, this
 * uses as few lanes as the most intervals overlapping at any one point, the least
 * any assignment can.
 */
export function assignLanes(intervals: readonly Interval[]): number[] {
  const order = intervals.map((interval, index) => ({ ...interval, index })).sort((a, b) => a.start - b.start);
  const laneEnds: number[] = [];
  const lanes: number[] = new Array<number>(intervals.length).fill(0);
  for (const { start, end, index } of order) {
    let lane = laneEnds.findIndex((laneEnd) => laneEnd <= start + EPSILON);
    if (lane === -1) lane = laneEnds.length;
    laneEnds[lane] = end;
    lanes[index] = lane;
  }
  return lanes;
}

/** How many lanes an assignment uses. */
export function laneCount(lanes: readonly number[]): number {
  return lanes.length === 0 ? 0 : Math.max(...lanes) + 1;
}
