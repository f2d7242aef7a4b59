/**
 * Dates that cannot be right: after today (an "Updated 1 January 2030" stamp
 * would top the feed), an update before what it updates, a correction before
 * the article. And, as a warning, a source cited for an event but published
 * before the event happened. Pure: `today` is passed in ("YYYY-MM-DD").
 */
import { addDays, localDay } from '../dates/calendar-days.ts';
import { endKey, startKey, type PartialDate } from '../dates/partial-date.ts';
import type { Problem } from '../content/problem.ts';
import type { ValidContent, ValidEntry } from '../content/validate-content.ts';
import type { CollectionName } from '../schemas/collections.ts';

/** The day the check takes as today: CHECK_TODAY ("YYYY-MM-DD", for tests), else this machine's date. */
export function checkToday(env: Record<string, string | undefined> = process.env): string {
  const forced = env['CHECK_TODAY'];
  return forced && /^\d{4}-\d{2}-\d{2}$/.test(forced) ? forced : localDay(new Date());
}

type LoggedEntry = ValidEntry<CollectionName> & { data: { log: readonly { date: PartialDate }[] } };

/** Every entry that carries an update log. */
const logged = (content: ValidContent): LoggedEntry[] => [
  ...content.article,
  ...content.sections,
  ...content.events,
  ...content.facts,
];

/** The entry's own date, before which nothing can have changed it: an event's date, a fact's asOf, the article's publication. */
function ownDate(entry: LoggedEntry, content: ValidContent): { date: PartialDate; what: string } | undefined {
  const event = content.events.find((e) => e === entry);
  if (event) return { date: event.data.date, what: 'the event itself' };
  const fact = content.facts.find((f) => f === entry);
  if (fact) return { date: fact.data.asOf.start, what: 'the date the figure holds from (asOf)' };
  const article = content.article.find((a) => a === entry);
  return article && { date: article.data.published, what: 'the article was published' };
}

type Dated = { entry: ValidEntry<CollectionName>; path: (string | number)[]; date: PartialDate | undefined };

/** Every date in the content that says when something happened or was written. */
function pastDates(content: ValidContent): Dated[] {
  const dated: Dated[] = [];
  for (const event of content.events) {
    dated.push({ entry: event, path: ['date'], date: event.data.date });
  }
  for (const source of content.sources) {
    dated.push({ entry: source, path: ['published'], date: source.data.published as PartialDate | undefined });
  }
  for (const fact of content.facts) {
    dated.push({ entry: fact, path: ['asOf'], date: fact.data.asOf.end ?? fact.data.asOf.start });
  }
  for (const article of content.article) {
    dated.push({ entry: article, path: ['published'], date: article.data.published });
  }
  for (const entry of logged(content))
    entry.data.log.forEach((item, i) => dated.push({ entry, path: ['log', i, 'date'], date: item.date }));
  return dated;
}

const problem = (d: Dated, found: string, expected: string): Problem => ({
  file: d.entry.file,
  field: d.path.join('.'),
  found,
  expected,
  line: d.entry.lineOf(d.path),
});

/** Errors: dates after today, and log entries dated before the entry they change. */
export function dateProblems(content: ValidContent, today: string): Problem[] {
  // A day ahead of this machine is already today somewhere (up to UTC+14), so only later days are refused.
  const latest = addDays(today, 1);
  const problems = pastDates(content).flatMap((d): Problem[] =>
    d.date && startKey(d.date) > latest
      ? [
          problem(
            d,
            `"${d.date.iso}", a date that has not come yet (today is ${today})`,
            'today or earlier: the day it really happened or was written',
          ),
        ]
      : [],
  );
  for (const entry of logged(content)) {
    const own = ownDate(entry, content);
    entry.data.log.forEach((item, i) => {
      if (own && endKey(item.date) < startKey(own.date))
        problems.push(
          problem(
            { entry, path: ['log', i, 'date'], date: item.date },
            `"${item.date.iso}", before ${own.what} ("${own.date.iso}")`,
            'the day the change was made, on or after the date of the entry it changes',
          ),
        );
    });
  }
  return problems;
}

/** Warnings: a source an event cites that was published before the event happened (compared at the coarser precision). */
export function dateWarnings(content: ValidContent): Problem[] {
  const published = new Map(content.sources.map((s) => [s.id, s.data.published as PartialDate | undefined]));
  return content.events.flatMap((event) =>
    event.data.sources.flatMap((id, i): Problem[] => {
      const date = published.get(id);
      if (!date || endKey(date) >= startKey(event.data.date)) return [];
      return [
        {
          file: event.file,
          field: `sources.${i}`,
          found: `"${id}", published "${date.iso}", before the event ("${event.data.date.iso}")`,
          expected:
            'a source that reports this event; one published before it cannot have, unless it is background: check the source, the event date and the source date',
          line: event.lineOf(['sources', i]),
        },
      ];
    }),
  );
}
