/**
 * Things worth an editor's look that never stop publishing: figures that may
 * have gone stale, events left unconfirmed, sources and places nothing uses.
 * Pure: `today` is passed in, so the rules are tested with fixed dates.
 */
import type { DateOrRange } from '../schemas/fields/partial-date.ts';
import { addMonths, daysBetween } from '../dates/calendar-days.ts';
import { bodyWarnings } from './bodies.ts';
import { dateWarnings } from './dates.ts';
import { factNumberWarnings } from './fact-numbers.ts';
import { unknownCountryWarnings } from './place-country.ts';
import { bodyTree } from '../content/body-tree.ts';
import { classifyLink, findLinks } from '../markdown/cross-refs.ts';
import { endKey, type PartialDate } from '../dates/partial-date.ts';
import { sortProblems, type Problem } from '../content/problem.ts';
import type { ValidContent } from '../content/validate-content.ts';
import type { Site } from '../schemas/site.ts';
import { SITE_FILE } from '../content/site-file.ts';
import { lastChanged } from '../story/update-log.ts';

/** How long a figure stands without a review date before the check asks for one. */
export const FACT_SHELF_MONTHS = 6;

/** How long an event may stay "unconfirmed" before the check asks for a review. */
export const UNCONFIRMED_DAYS = 30;

const written = (range: DateOrRange) => (range.end ? `${range.start.iso}/${range.end.iso}` : range.start.iso);

/** Facts past their reviewAfter date or, without one, more than six months past their asOf. */
export function staleFacts(content: ValidContent, today: string): Problem[] {
  return content.facts.flatMap((fact): Problem[] => {
    const { reviewAfter, asOf } = fact.data;
    const recheck = `"${addMonths(today, FACT_SHELF_MONTHS)}"`;
    if (reviewAfter) {
      if (today <= endKey(reviewAfter)) return [];
      return [
        {
          file: fact.file,
          field: 'reviewAfter',
          found: `"${reviewAfter.iso}", which has passed`,
          expected: `a current figure: check the sources for a newer one and update value and asOf with a log entry, or, if it still stands, move reviewAfter to a later date such as ${recheck}`,
          line: fact.lineOf(['reviewAfter']),
        },
      ];
    }
    const held = endKey(asOf.end ?? asOf.start);
    if (today <= addMonths(held, FACT_SHELF_MONTHS)) return [];
    return [
      {
        file: fact.file,
        field: 'asOf',
        found: `"${written(asOf)}", more than ${FACT_SHELF_MONTHS} months ago`,
        expected: `a current figure: check the sources for a newer one and update value and asOf with a log entry, or, if it still stands, add reviewAfter: ${recheck}`,
        line: fact.lineOf(['asOf']),
      },
    ];
  });
}

const later = (a: PartialDate, b: PartialDate | undefined) => (b && endKey(b) > endKey(a) ? b : a);

/** Events still "unconfirmed" a month after they happened, or after they were last reviewed. */
export function lingeringUnconfirmed(content: ValidContent, today: string): Problem[] {
  return content.events.flatMap((event): Problem[] => {
    if (event.data.status !== 'unconfirmed') return [];
    const since = later(event.data.date, lastChanged(event.data.log, undefined));
    const days = daysBetween(endKey(since), today);
    if (days <= UNCONFIRMED_DAYS) return [];
    const from = since === event.data.date ? 'the event' : 'its last update';
    return [
      {
        file: event.file,
        field: 'status',
        found: `"unconfirmed", ${days} days after ${from}`,
        expected: `a settled status (confirmed, reported or disputed) once reporting allows: look for newer sources, then change the status and add a log entry dated "${today}"`,
        line: event.lineOf(['status']),
      },
    ];
  });
}

/** Every source id something points at: events, facts, the article, and [text](source:id) links in any text. */
function citedSources(content: ValidContent): Set<string> {
  const cited = new Set<string>();
  for (const entry of [...content.events, ...content.facts, ...content.article]) {
    for (const id of entry.data.sources) cited.add(id);
  }
  for (const article of content.article) {
    for (const line of [...article.data.known, ...article.data.unknown]) {
      if (line.see?.kind === 'source') cited.add(line.see.id);
    }
  }
  const bodies = Object.values(content).flatMap((entries: readonly { body: string }[]) => entries.map((e) => e.body));
  // Parsing only the bodies that could hold a source link keeps the check fast on a long timeline.
  for (const body of bodies.filter((text) => text.includes('source:'))) {
    for (const link of findLinks(bodyTree(body))) {
      const kind = classifyLink(link.url);
      if (kind.type === 'ref' && kind.ref.kind === 'source') cited.add(kind.ref.id);
    }
  }
  return cited;
}

/** Sources that no event, fact or text cites. */
export function uncitedSources(content: ValidContent): Problem[] {
  const cited = citedSources(content);
  return content.sources
    .filter((source) => !cited.has(source.id))
    .map((source) => ({
      file: source.file,
      field: 'file',
      found: 'a source that nothing cites',
      expected: `an event or fact listing "${source.id}" under sources, or a [link](source:${source.id}) in a text; cite it, or delete the file if it is not needed`,
    }));
}

/** Places that no event names. */
export function unusedPlaces(content: ValidContent): Problem[] {
  const used = new Set(content.events.map((event) => event.data.place));
  return content.places
    .filter((place) => !used.has(place.id))
    .map((place) => ({
      file: place.file,
      field: 'file',
      found: 'a place that no event uses',
      expected: `an event with place: ${place.id}; use it, or delete the file if it is not needed`,
    }));
}

/** A warning while no corrections contact is set: the About page then says none has been configured. */
export function missingContact(site: Pick<Site, 'correctionsContact'> | undefined): Problem[] {
  if (!site || site.correctionsContact) return [];
  return [
    {
      file: SITE_FILE,
      field: 'correctionsContact',
      found: 'nothing',
      expected:
        'an address or form where someone reads reports of errors; until one is set, the About page says no contact address has been configured (never put in an invented one)',
    },
  ];
}

/** All warnings about validated content, sorted like problems; `today` is "YYYY-MM-DD". */
export function contentWarnings(content: ValidContent, today: string): Problem[] {
  return sortProblems([
    ...staleFacts(content, today),
    ...lingeringUnconfirmed(content, today),
    ...uncitedSources(content),
    ...unusedPlaces(content),
    ...dateWarnings(content),
    ...bodyWarnings(content),
    ...unknownCountryWarnings(content.places),
    ...factNumberWarnings(content.facts),
  ]);
}
