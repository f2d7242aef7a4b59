/**
 * When each page last changed, for the sitemap's lastmod: derived from the
 * content's own dates and logs (an entry's latest log entry, or its own date),
 * never from the build clock or git, so two builds of one commit agree.
 */
import type { PartialDate } from '../dates/partial-date.ts';
import { lastUpdated } from './last-updated.ts';
import { latestByStart } from './update-log.ts';

const logDates = (log: readonly { date: PartialDate }[]) => log.map((entry) => entry.date);
// A log entry is never dated before its entry (the check says so), so the latest entry wins when there is one.
const lastChanged = (log: readonly { date: PartialDate }[], own: PartialDate): PartialDate =>
  latestByStart(logDates(log)) ?? own;

type Logged<T> = { id: string; data: T & { log: readonly { date: PartialDate }[] } };

/** The entries the dates are read from, as validated. */
export interface PageDateContent {
  article: readonly Logged<{ published: PartialDate; standing?: { date: PartialDate } | undefined }>[];
  sections: readonly Logged<object>[];
  events: readonly Logged<{ date: PartialDate; section: string }>[];
  facts: readonly Logged<{ asOf: { start: PartialDate; end?: PartialDate | undefined } }>[];
}

/** Page paths (under `base`, with a trailing slash) and the ISO date each last changed; pages without a date are left out. */
export function pageDates(content: PageDateContent, base: string): Map<string, string> {
  const root = base.replace(/\/?$/, '/');
  const dates = new Map<string, string>();
  const [article] = content.article;
  const eventDate = (event: PageDateContent['events'][number]) => lastChanged(event.data.log, event.data.date);
  const events = content.events.map(eventDate);
  for (const event of content.events) dates.set(`${root}timeline/${event.id}/`, eventDate(event).iso);
  for (const section of content.sections) {
    const own = content.events.filter((e) => e.data.section === section.id).map(eventDate);
    const date = latestByStart([...own, ...logDates(section.data.log)]);
    if (date) dates.set(`${root}timeline/${section.id}/`, date.iso);
  }
  const sectionLogs = content.sections.flatMap((section) => logDates(section.data.log));
  const timeline = latestByStart([...events, ...sectionLogs]);
  if (timeline) dates.set(`${root}timeline/`, timeline.iso);
  const facts = content.facts.map((fact) => lastChanged(fact.data.log, fact.data.asOf.end ?? fact.data.asOf.start));
  const factsDate = latestByStart(facts);
  if (factsDate) dates.set(`${root}facts/`, factsDate.iso);
  if (article) {
    const home = lastUpdated({
      article: article.data,
      events: content.events,
      facts: content.facts,
      sections: content.sections,
    });
    dates.set(root, home.iso);
  }
  return dates;
}
