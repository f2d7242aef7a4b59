/** Month and year ticks for a time axis, with labels only where they fit. */
import { monthName } from '../dates/partial-date.ts';
import { px, textWidth, type AxisLabel, type AxisLine, type Orientation } from './frame.ts';
import { dayNumber, monthCount, monthOf, nextMonth, type DaySpan } from './scale.ts';

/** One month of the axis, as positions along it. */
export interface MonthTick {
  year: number;
  month: number;
  /** Where the month starts and ends along the axis. */
  start: number;
  end: number;
  /** Its short name ("Jan") where there is room for it, else undefined. */
  label: string | undefined;
}

/** A year's start along the axis; the first year is marked at the axis' start even when it begins mid-year. */
export interface YearTick {
  year: number;
  at: number;
}

/** Label every k-th month (calendar-aligned) for the smallest k whose spacing reaches `minSpacing`; none if even six months is too tight. */
export function monthLabelStep(monthLength: number, minSpacing: number): number | undefined {
  return [1, 3, 6].find((step) => step * monthLength >= minSpacing);
}

/** Every month of a month-aligned domain, positioned by `scale`, labelled every `step` months. */
export function monthTicks(domain: DaySpan, scale: (day: number) => number, step: number | undefined): MonthTick[] {
  const ticks: MonthTick[] = [];
  for (let m = monthOf(domain.start); dayNumber(m.year, m.month, 1) < domain.end; m = nextMonth(m)) {
    const after = nextMonth(m);
    const labelled = step !== undefined && (m.month - 1) % step === 0;
    ticks.push({
      ...m,
      start: scale(dayNumber(m.year, m.month, 1)),
      end: scale(dayNumber(after.year, after.month, 1)),
      label: labelled ? monthName(m.month).slice(0, 3) : undefined,
    });
  }
  return ticks;
}

/** The years the months belong to, each at its first month on the axis. */
export function yearTicks(months: readonly MonthTick[]): YearTick[] {
  return months
    .filter((tick, index) => index === 0 || tick.month === 1)
    .map((tick) => ({ year: tick.year, at: tick.start }));
}

/** Where the ticks go: the axis line's position across, the drawing's top, and the axis' run along. */
export interface TickFrame {
  orientation: Orientation;
  axisAt: number;
  top: number;
  pad: number;
  along: number;
  width: number;
}

const YEAR_FONT = 13;
const MONTH_FONT = 12;

/** Keeps labels from the last back, dropping any too close to the next one kept (so a part-year at the start gives way). */
function spaced<T extends { at: number }>(items: readonly T[], gap: (item: T) => number): T[] {
  const kept: T[] = [];
  for (const item of [...items].reverse()) {
    const next = kept[0];
    if (!next || next.at - item.at >= gap(item)) kept.unshift(item);
  }
  return kept;
}

/** The axis line, year rules, month ticks and their labels; `bottom` is where the labels end (horizontal). */
export function axisTicks(domain: DaySpan, scale: (day: number) => number, at: TickFrame) {
  const horizontal = at.orientation === 'horizontal';
  const monthLength = at.along / monthCount(domain);
  const months = monthTicks(domain, scale, monthLabelStep(monthLength, horizontal ? 30 : 20));
  const labelled = months.some((m) => m.label);
  const monthRow = at.axisAt + 17;
  const yearRow = labelled ? at.axisAt + 33 : monthRow;
  const years = spaced(yearTicks(months), (y) => (horizontal ? textWidth(String(y.year), YEAR_FONT) + 8 : 16));
  const line = (along1: number, across1: number, along2: number, across2: number, kind: AxisLine['kind']): AxisLine =>
    horizontal
      ? { x1: px(along1), y1: px(across1), x2: px(along2), y2: px(across2), kind }
      : { x1: px(across1), y1: px(along1), x2: px(across2), y2: px(along2), kind };
  const lines: AxisLine[] = [
    ...yearTicks(months).map((y) =>
      horizontal ? line(y.at, at.top, y.at, yearRow - 12, 'year') : line(y.at, at.axisAt, y.at, at.width, 'year'),
    ),
    ...months
      .filter((m) => m.month !== 1)
      .map((m) => line(m.start, at.axisAt, m.start, horizontal ? at.axisAt + 5 : at.axisAt - 5, 'month')),
  ];
  const yearStarts = new Set(years.map((y) => y.at));
  const labels: AxisLabel[] = [
    ...months.flatMap((m): AxisLabel[] => {
      if (!m.label) return [];
      if (horizontal) {
        if (m.start + 3 + textWidth(m.label, MONTH_FONT) > at.width) return [];
        return [{ x: px(m.start + 3), y: monthRow, text: m.label, kind: 'month', anchor: 'start' }];
      }
      // Vertical drawings have one label column: a year's label takes its first month's row.
      if (yearStarts.has(m.start)) return [];
      return [{ x: at.axisAt - 5, y: px((m.start + m.end) / 2 + 4), text: m.label, kind: 'month', anchor: 'end' }];
    }),
    ...years.map((y): AxisLabel => {
      const month = months.find((m) => m.start === y.at);
      const centre = month ? (month.start + month.end) / 2 : y.at;
      return horizontal
        ? { x: px(y.at + 3), y: px(yearRow), text: String(y.year), kind: 'year', anchor: 'start' }
        : { x: at.axisAt - 5, y: px(centre + 4), text: String(y.year), kind: 'year', anchor: 'end' };
    }),
  ];
  return {
    axis: line(at.pad, at.axisAt, at.pad + at.along, at.axisAt, 'axis'),
    lines,
    labels,
    bottom: yearRow + 4,
  };
}
