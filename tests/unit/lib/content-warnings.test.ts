import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/check/check-content.ts';
import {
  contentWarnings,
  lingeringUnconfirmed,
  staleFacts,
  uncitedSources,
  unusedPlaces,
} from '../../../src/check/content-warnings.ts';
import { formatProblem } from '../../../src/content/problem.ts';
import type { ValidContent, ValidEntry } from '../../../src/content/validate-content.ts';
import { EventSchema, type EventInput } from '../../../src/schemas/event.ts';
import { FactSchema, type FactInput } from '../../../src/schemas/fact.ts';
import { PlaceSchema } from '../../../src/schemas/place.ts';
import { SourceSchema } from '../../../src/schemas/source.ts';

const fixture = checkContent(join(import.meta.dirname, '../../fixtures/valid')).content;

function entry<T>(folder: string, id: string, data: T, body = ''): ValidEntry<never> {
  const file = `content/${folder}/${id}.${folder === 'sources' || folder === 'places' ? 'yaml' : 'md'}`;
  return { id, file, data, body, bodyLine: 1, lineOf: () => 5 } as unknown as ValidEntry<never>;
}

const fact = (input: Partial<FactInput>) =>
  entry(
    'facts',
    'a-figure',
    FactSchema.parse({
      label: 'Things',
      value: 1,
      unit: 'things',
      asOf: '2025-03',
      sources: ['first-report'],
      ...input,
    }),
  );

const event = (input: Partial<EventInput>) =>
  entry(
    'events',
    'an-event',
    EventSchema.parse({
      title: 'An event',
      summary: 'Something happened.',
      date: '2025-03',
      place: 'a-town',
      section: 'opening',
      status: 'unconfirmed',
      sources: ['first-report'],
      ...input,
    }),
  );

const source = (id: string) =>
  entry(
    'sources',
    id,
    SourceSchema.parse({
      publisher: 'A Paper',
      title: 'A report',
      url: 'https://example.org/',
      published: '2025-03',
      kind: 'news-report',
    }),
  );

const lines = (problems: ReturnType<typeof contentWarnings>) => problems.map(formatProblem);
const only = (changes: Partial<ValidContent>): ValidContent => ({ ...fixture, ...changes });

describe('staleFacts', () => {
  it('lets a figure stand for six months after the end of its asOf', () => {
    const content = only({ facts: [fact({ asOf: '2025-02/2025-03' })] });
    expect(staleFacts(content, '2025-09-30')).toEqual([]);
    expect(lines(staleFacts(content, '2025-10-01'))).toEqual([
      'content/facts/a-figure.md: asOf: found "2025-02/2025-03", more than 6 months ago, expected a current figure: check the sources for a newer one and update value and asOf with a log entry, or, if it still stands, add reviewAfter: "2026-04-01" (line 5)',
    ]);
  });

  it('uses reviewAfter instead, when given, up to the end of what it names', () => {
    const content = only({ facts: [fact({ asOf: '2024-01', reviewAfter: '2026-01' })] });
    expect(staleFacts(content, '2026-01-31')).toEqual([]);
    expect(lines(staleFacts(content, '2026-02-01'))).toEqual([
      'content/facts/a-figure.md: reviewAfter: found "2026-01", which has passed, expected a current figure: check the sources for a newer one and update value and asOf with a log entry, or, if it still stands, move reviewAfter to a later date such as "2026-08-01" (line 5)',
    ]);
  });
});

describe('lingeringUnconfirmed', () => {
  it('warns 31 days after the last day the event could mean', () => {
    const content = only({ events: [event({ date: '2025-03' })] });
    expect(lingeringUnconfirmed(content, '2025-04-30')).toEqual([]);
    expect(lines(lingeringUnconfirmed(content, '2025-05-01'))).toEqual([
      'content/events/an-event.md: status: found "unconfirmed", 31 days after the event, expected a settled status (confirmed, reported or disputed) once reporting allows: look for newer sources, then change the status and add a log entry dated "2025-05-01" (line 5)',
    ]);
  });

  it('counts from the last update when that is later', () => {
    const content = only({
      events: [
        event({ date: '2025-03-25', log: [{ date: '2025-04-20', kind: 'update', note: 'A report was added.' }] }),
      ],
    });
    expect(lingeringUnconfirmed(content, '2025-05-20')).toEqual([]);
    expect(lingeringUnconfirmed(content, '2025-05-21')[0]?.found).toBe('"unconfirmed", 31 days after its last update');
  });

  it('leaves other statuses alone', () => {
    expect(lingeringUnconfirmed(only({ events: [event({ status: 'reported' })] }), '2030-01-01')).toEqual([]);
  });
});

describe('uncitedSources', () => {
  it('passes the fixture, where every source is cited', () => {
    expect(uncitedSources(fixture)).toEqual([]);
  });

  it('names a source nothing cites, and counts a [link](source:id) in any text as a citation', () => {
    const linked = entry('events', 'linked', fixture.events[0]?.data, 'See [the fifth](source:fifth-report).');
    const content = only({
      sources: [...fixture.sources, source('fifth-report'), source('sixth-report')],
      events: [...fixture.events, linked],
    });
    expect(lines(uncitedSources(content))).toEqual([
      'content/sources/sixth-report.yaml: file: found a source that nothing cites, expected an event or fact listing "sixth-report" under sources, or a [link](source:sixth-report) in a text; cite it, or delete the file if it is not needed',
    ]);
  });
});

describe('unusedPlaces', () => {
  it('names a place no event uses', () => {
    const town = PlaceSchema.parse({ name: 'Elsewhere', kind: 'town', country: 'Haiti' });
    const content = only({ places: [...fixture.places, entry('places', 'elsewhere', town)] });
    expect(lines(unusedPlaces(content))).toEqual([
      'content/places/elsewhere.yaml: file: found a place that no event uses, expected an event with place: elsewhere; use it, or delete the file if it is not needed',
    ]);
  });
});

describe('contentWarnings', () => {
  it('finds nothing in the fixture on a day its figure is still fresh', () => {
    expect(contentWarnings(fixture, '2025-06-01')).toEqual([]);
  });

  it('gathers every rule, sorted by file', () => {
    const content = only({ events: [...fixture.events, event({})] });
    expect(contentWarnings(content, '2026-01-01').map((w) => `${w.file} ${w.field}`)).toEqual([
      'content/events/an-event.md status',
      'content/facts/a-figure.md asOf',
    ]);
  });
});
