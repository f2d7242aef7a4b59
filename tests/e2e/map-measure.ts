/** What the browser tests measure on the drawn story map: its labels and marks as rendered, in CSS px. */
import type { Page } from '@playwright/test';

/** A rectangle on the page, in CSS px. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One text on a map panel: its name lines (notes left out), its rendered size, and its box. */
export interface MeasuredText {
  name: string;
  px: number;
  lineHeights: number[];
  rect: Rect;
}

/** One drawn map of the figure: its texts and its marks (by their centres in map units). */
export interface MeasuredPanel {
  texts: MeasuredText[];
  marks: { at: string; rect: Rect }[];
}

/** Every panel of the story map on the page, measured as drawn. */
export function measureMap(page: Page): Promise<MeasuredPanel[]> {
  return page.evaluate(() => {
    const box = (el: Element) => {
      const { x, y, width, height } = el.getBoundingClientRect();
      return { x, y, width, height };
    };
    return [...document.querySelectorAll<SVGSVGElement>('figure.place-map .pm > svg')].map((svg) => {
      // SVG text is sized in map units: what a reader sees is that times the drawn scale.
      const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      const texts = [...svg.querySelectorAll('text')]
        .filter((text) => getComputedStyle(text).display !== 'none')
        .map((text) => {
          const spans = [...text.querySelectorAll('tspan')];
          const lines = spans.length > 0 ? spans : [text];
          return {
            name: lines
              .filter((line) => !line.classList.contains('note'))
              .map((line) => line.textContent?.trim())
              .join(' '),
            px: parseFloat(getComputedStyle(text).fontSize) * scale,
            lineHeights: lines.map((line) => line.getBoundingClientRect().height),
            rect: box(text),
          };
        });
      const marks = [...svg.querySelectorAll(':scope > g > circle, :scope > a > circle')].map((circle) => ({
        at: `${circle.getAttribute('cx')},${circle.getAttribute('cy')}`,
        rect: box(circle),
      }));
      return { texts, marks };
    });
  });
}

/** The area two rectangles share, after trimming `slack` px off each side for anti-aliasing. */
export function shared(a: Rect, b: Rect, slack = 0.5): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x) - 2 * slack;
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y) - 2 * slack;
  return w > 0 && h > 0 ? w * h : 0;
}

/** The WCAG contrast ratio of two colours as getComputedStyle gives them: rgb(…) or color(srgb …). */
export function contrast(a: string, b: string): number {
  const luminance = (css: string) => {
    const srgb = /color\(srgb ([\d.]+) ([\d.]+) ([\d.]+)/.exec(css);
    const rgb = /rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(css);
    const channels = srgb
      ? srgb.slice(1, 4).map(Number)
      : rgb
        ? rgb.slice(1, 4).map((c) => Number(c) / 255)
        : undefined;
    if (!channels) throw new Error(`Not a colour I can read: ${css}`);
    const [r = 0, g = 0, bl = 0] = channels.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}
