/** A status and its note as one line of text, for feeds, previews and alt text. */
import type { Status } from '../schemas/fields/status.ts';

/** "Confirmed: that the council said so", or "Confirmed" when there is no note. */
export function statusText(status: Status, note?: string): string {
  const word = `${status.charAt(0).toUpperCase()}${status.slice(1)}`;
  return note ? `${word}: ${note}` : word;
}
