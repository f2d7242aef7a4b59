import { z } from 'astro/zod';

/** How well an event is established, from strongest to weakest. */
export const STATUSES = ['confirmed', 'reported', 'unconfirmed', 'disputed'] as const;

/** One of the four status words. */
export type Status = (typeof STATUSES)[number];

/** What each status means, shown to readers beside the label. */
export const STATUS_MEANINGS: Record<Status, string> = {
  confirmed:
    'An official statement, or two or more independent reports. A repost and its original count as one report.',
  reported:
    'One solid report. An official act that only one outlet reports counts as reported, unless its own text or a second report is among the sources.',
  unconfirmed: 'Claimed, but not verified.',
  disputed: 'Sources conflict; the page says how.',
};

/** The event's status: one of confirmed, reported, unconfirmed, disputed. */
export const StatusSchema = z.enum(STATUSES, {
  error: `one of ${STATUSES.join(', ')}`,
});
