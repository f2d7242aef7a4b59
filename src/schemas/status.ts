import { z } from 'astro/zod';

/** How well an event is established, from strongest to weakest. */
export const STATUSES = ['confirmed', 'reported', 'unconfirmed', 'disputed'] as const;

/** One of the four status words. */
export type Status = (typeof STATUSES)[number];

/** What each status means, shown to readers beside the label. */
export const STATUS_MEANINGS: Record<Status, string> = {
  confirmed: 'Stated officially, or by several independent reports.',
  reported: 'Reported by one solid source; not yet independently confirmed.',
  unconfirmed: 'Claimed, but not verified by any source we trust.',
  disputed: 'Sources conflict; the page says how.',
};

/** The event's status: one of confirmed, reported, unconfirmed, disputed. */
export const StatusSchema = z.enum(STATUSES, {
  error: `one of ${STATUSES.join(', ')}`,
});
