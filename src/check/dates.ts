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

type Dated = { entry: ValidEntry<CollectionName>; path: (string | number)[]; date: PartialDate | undefined };

/** Every date in the content that says when something happened or was written. */
function pastDates(content: ValidContent): Dated[] {
  const dated: Dated[] = [];
  for (const event of content.events) {
    dated.push({ entry: event, path: ['date'], date: event.data.date });
    dated.push({ entry: event, path: ['updated'], date: event.data.updated });
  }
  for (const source of content.sources) {
    dated.push({ entry: source, path: ['published'], date: source.data.published as PartialDate | undefined });
  }
  for (const fact of content.facts) {
    dated.push({ entry: fact, path: ['asOf'], date: fact.data.asOf.end ?? fact.data.asOf.start });
    dated.push({ entry: fact, path: ['updated'], date: fact.data.updated });
  }
  for (const article of content.article) {
    dated.push({ entry: article, path: ['published'], date: article.data.published });
    dated.push({ entry: article, path: ['updated'], date: article.data.updated });
    article.data.corrections.forEach((c, i) =>
      dated.push({ entry: article, path: ['corrections', i, 'date'], date: c.date }),
    );
  }
  return dated;
}

const problem = (d: Dated, found: string, expected: string): Problem => ({
  file: d.entry.file,
  field: d.path.join('.'),
  found,
  expected,
  line: d.entry.lineOf(d.path),
});

/** Errors: dates after today, updates before what they update, corrections before the article. */
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
  for (const event of content.events) {
    const { updated, date } = event.data;
    if (updated && endKey(updated) < startKey(date)) {
      problems.push(
        problem(
          { entry: event, path: ['updated'], date: updated },
          `"${updated.iso}", before the event itself ("${date.iso}")`,
          'the day this entry last changed, on or after the date of the event',
        ),
      );
    }
  }
  for (const article of content.article) {
    const { published, updated, corrections } = article.data;
    if (updated.iso < published.iso) {
      problems.push(
        problem(
          { entry: article, path: ['updated'], date: updated },
          `"${updated.iso}", before published ("${published.iso}")`,
          'the day the article last changed, on or after the day it was published',
        ),
      );
    }
    corrections.forEach((c, i) => {
      if (c.date.iso < published.iso)
        problems.push(
          problem(
            { entry: article, path: ['corrections', i, 'date'], date: c.date },
            `"${c.date.iso}", before the article was published ("${published.iso}")`,
            'the day the correction was added, on or after the day the article was published',
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
