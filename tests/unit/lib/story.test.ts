import { describe, expect, it } from 'vitest';
import { buildStory, citations, refLink, type StoryInput } from '../../../src/story/story.ts';
import { makeUrls } from '../../../src/site/urls.ts';
import { EventSchema, type EventInput } from '../../../src/schemas/event.ts';
import { fixtureStory } from '../fixture-story.ts';

const urls = makeUrls('/');

function event(id: string, input: Partial<EventInput>) {
  const data = EventSchema.parse({
    title: id,
    summary: 's',
    date: '2025',
    place: 'a-town',
    section: 'one',
    status: 'confirmed',
    sources: ['src'],
    ...input,
  });
  return { id, data };
}

function input(events: ReturnType<typeof event>[]): StoryInput {
  const story = fixtureStory();
  const [source] = story.sources;
  if (!source) throw new Error('fixture needs a source');
  const section = (id: string, order: number) => ({
    id,
    data: { title: id, order, summary: 's', aliases: [], log: [] },
  });
  return {
    article: [story.article],
    sections: [section('two', 2), section('one', 1)],
    events,
    facts: [],
    sources: [{ id: 'src', data: source.data }],
    places: story.places,
  };
}

describe('buildStory', () => {
  it('orders sections by order and events by date inside them, a month after the days within it', () => {
    const story = buildStory(
      input([
        event('burial', { date: '2025-03', section: 'one' }),
        event('body-returns', { date: '2025-03-10', section: 'one' }),
        event('killed', { date: '2025-02-23', section: 'one' }),
        event('ambush', { date: '2025-03-25', section: 'two' }),
      ]),
    );
    expect(story.sections.map((s) => [s.id, s.events.map((e) => e.id)])).toEqual([
      ['one', ['killed', 'body-returns', 'burial']],
      ['two', ['ambush']],
    ]);
  });

  it('links each event to its neighbours in reading order, across sections', () => {
    const story = buildStory(
      input([event('b', { date: '2025-01-02', section: 'two' }), event('a', { date: '2025-01-05', section: 'one' })]),
    );
    const [a, b] = story.events;
    expect([a?.id, a?.previous?.id, a?.next?.id]).toEqual(['a', undefined, 'b']);
    expect([b?.id, b?.previous?.id, b?.next?.id]).toEqual(['b', 'a', undefined]);
  });

  it('orders same-day events by time, then id', () => {
    const story = buildStory(
      input([
        event('c', { date: '2025-03-26' }),
        event('b', { date: '2025-03-26', time: '09:00', timeZone: 'America/Port-au-Prince' }),
        event('a', { date: '2025-03-26' }),
      ]),
    );
    expect(story.events.map((e) => e.id)).toEqual(['a', 'c', 'b']);
  });

  it('maps old timeline ids to the live ones', () => {
    expect(fixtureStory().timelineAliases).toEqual({ 'old-first-event': 'first-event' });
  });

  it('fails loudly, naming the id, when a reference was not checked', () => {
    expect(() => buildStory(input([event('x', { place: 'atlantis' })]))).toThrow('Unresolved place "atlantis"');
  });
});

describe('refLink', () => {
  const story = fixtureStory();
  it.each([
    [{ kind: 'event', id: 'first-event' } as const, '/timeline/#first-event', 'The first event (25 March 2025)'],
    [{ kind: 'section', id: 'opening' } as const, '/timeline/#opening', 'Opening'],
    [{ kind: 'fact', id: 'a-figure' } as const, '/facts/#a-figure', 'Things counted'],
    [
      { kind: 'source', id: 'first-report' } as const,
      '/sources/#first-report',
      'A Paper: “Something happened: a report”',
    ],
  ])('resolves %o', (ref, href, label) => {
    expect(refLink(story, ref, urls)).toEqual({ href, label });
  });
});

describe('citations', () => {
  it('lists what each source supports, events first in timeline order, then facts', () => {
    const cited = citations(fixtureStory(), urls);
    expect(cited.get('first-report')?.map((l) => l.href)).toEqual(['/timeline/#first-event', '/facts/#a-figure']);
    expect(cited.get('second-report')?.map((l) => l.href)).toEqual([
      '/timeline/#first-event',
      '/timeline/#second-event',
    ]);
  });
});
