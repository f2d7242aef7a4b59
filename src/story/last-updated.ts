/**
 * The site's "Updated" stamp, derived from the content so it is never typed
 * twice: the latest date of any entry's update log (the article's, an event's,
 * a fact's or a section's), of the "Where it stands" note, or else the day the
 * article was first published.
 */
import type { PartialDate } from '../dates/partial-date.ts';
import { latestDate } from './update-log.ts';

type Logged = { data: { log: readonly { date: PartialDate }[] } };

/** What the stamp is read from: the article and every entry carrying a log. */
export interface DatedContent {
  article: {
    published: PartialDate;
    standing?: { date: PartialDate } | undefined;
    log: readonly { date: PartialDate }[];
  };
  events: readonly Logged[];
  facts: readonly Logged[];
  sections?: readonly Logged[];
}

/** The latest change to the story, for the byline's "Updated" stamp. */
export function lastUpdated({ article, events, facts, sections = [] }: DatedContent): PartialDate {
  const dates = [
    ...(article.standing ? [article.standing.date] : []),
    ...article.log.map((entry) => entry.date),
    ...[...events, ...facts, ...sections].flatMap((entry) => entry.data.log.map((item) => item.date)),
  ];
  return latestDate(dates, article.published);
}
