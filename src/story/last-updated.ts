/**
 * The site's "Updated" stamp, derived from the content so it is never typed
 * twice: the latest of the article's `updated`, any event's or fact's
 * `updated`, and any correction's `date`.
 */
import { comparePartialDates, type PartialDate } from '../dates/partial-date.ts';

/** What the stamp is read from: the article and anything carrying its own `updated`. */
export interface DatedContent {
  article: { updated: PartialDate; corrections: readonly { date: PartialDate }[] };
  events: readonly { data: { updated?: PartialDate | undefined } }[];
  facts: readonly { data: { updated?: PartialDate | undefined } }[];
}

/** The latest change to the story, for the byline's "Updated" stamp. */
export function lastUpdated({ article, events, facts }: DatedContent): PartialDate {
  const dates = [
    ...article.corrections.map((correction) => correction.date),
    ...[...events, ...facts].flatMap((entry) => (entry.data.updated ? [entry.data.updated] : [])),
  ];
  return dates.reduce((latest, date) => (comparePartialDates(date, latest) > 0 ? date : latest), article.updated);
}
