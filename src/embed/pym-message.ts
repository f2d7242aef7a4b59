/**
 * The one message an embed sends its parent page, in Pym.js's child protocol
 * (https://github.com/nprapps/pym.js, MIT): "pym" xPYMx id xPYMx "height"
 * xPYMx pixels. A pym.Parent gives its iframe an id in the `childId` query
 * parameter and resizes it on this message; a page without Pym can match the
 * same string (README, "Embedding").
 */

const DELIMITER = 'xPYMx';

/** The id a Pym parent gave this embed, from the embed's query string ("" when none did). */
export function childId(search: string): string {
  return new URLSearchParams(search).get('childId') ?? '';
}

/** The height message for an embed known to its parent as `id`. */
export function heightMessage(id: string, height: number): string {
  return ['pym', id, 'height', String(Math.ceil(height))].join(DELIMITER);
}

/** Whether a message is a Pym parent telling the embed `id` its new width (the cue to measure again). */
export function isWidthMessage(data: unknown, id: string): boolean {
  return id !== '' && typeof data === 'string' && data.startsWith(['pym', id, 'width', ''].join(DELIMITER));
}

/** The height a message carries, if it is a height message (what a parent without Pym needs). */
export function parseHeightMessage(data: unknown): number | undefined {
  if (typeof data !== 'string') return undefined;
  const match = /^pymxPYMx\S*xPYMxheightxPYMx(\d+)$/.exec(data);
  return match ? Number(match[1]) : undefined;
}
