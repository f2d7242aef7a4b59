/**
 * The drawings the component offers, one chosen by the width it gets: a wide
 * horizontal one, and for narrow screens a horizontal (compact) or vertical
 * (full) one. Each is drawn at its natural size or larger, never smaller, so no
 * text falls below 12 CSS px; the compact ones group events sooner, which
 * bounds their size on the front page however many events there are.
 */
import type { AxisOptions } from './layout.ts';

/** One drawing and the CSS class that decides when it shows. */
export interface AxisVariant {
  name: 'wide' | 'narrow' | 'tall';
  options: AxisOptions;
}

/** The narrowest room the wide drawing gets: below this the narrow one shows. */
export const WIDE_MIN = 720;
/** Natural width of the narrow drawings: a 320 px screen less the page's side padding. */
export const NARROW_WIDTH = 288;

/** The two drawings for the front page (compact) or the timeline page (full). */
export function axisVariants(compact: boolean): [AxisVariant, AxisVariant] {
  const wide: AxisVariant = {
    name: 'wide',
    options: { orientation: 'horizontal', width: WIDE_MIN, maxLanes: 12, maxMarks: compact ? 60 : 200 },
  };
  return compact
    ? [
        wide,
        { name: 'narrow', options: { orientation: 'horizontal', width: NARROW_WIDTH, maxLanes: 16, maxMarks: 60 } },
      ]
    : [
        wide,
        {
          name: 'tall',
          options: {
            orientation: 'vertical',
            width: NARROW_WIDTH,
            // 24 px a month gives every mark its own row in a crowded month of a two-year story (about
            // 740 px tall, a phone's screen); a longer story compresses to 960 px, then counts by bars.
            monthLength: 24,
            maxLength: 960,
            maxLanes: 8,
            maxMarks: 200,
          },
        },
      ];
}
