import { describe, expect, it } from 'vitest';
import { parsePartialDate } from '../../../src/dates/partial-date.ts';
import { describeWhen } from '../../../src/story/when.ts';
import { axisEvent, axisSection } from '../../../src/timeline-axis/from-story.ts';
import { fixtureStory } from '../fixture-story.ts';

const story = fixtureStory();

function storyEvent(iso: string, approximate: boolean, time?: { hour: number; minute: number }) {
  const parsed = parsePartialDate(iso);
  if (!parsed.ok) throw new Error(iso);
  const data = {
    title: 'A title',
    date: parsed.value,
    approximate,
    status: 'confirmed' as const,
    section: 'part',
    ...(time ? { time, timeZone: 'America/Port-au-Prince' } : {}),
  };
  return { id: 'x', data: data as (typeof story.events)[number]['data'], when: describeWhen(data) };
}

describe('axisEvent', () => {
  it.each([
    ['2025-03-25', false, undefined, '25 March 2025', false],
    ['2025-02', false, undefined, 'February 2025', false],
    ['2025', false, undefined, '2025', false],
    ['2025-06', true, undefined, 'about June 2025', true],
    ['2025-03-25', true, undefined, 'about 25 March 2025', true],
    // An estimated time leaves the date exact.
    ['2025-03-25', true, { hour: 16, minute: 30 }, '25 March 2025', false],
  ])('reads %s (approximate: %s, time: %o) as "%s"', (iso, approximate, time, text, dateApproximate) => {
    const event = axisEvent(storyEvent(iso, approximate, time));
    expect(event.dateText).toBe(text);
    expect(event.approximate).toBe(dateApproximate);
  });

  it('takes the id, title, status and section of a real story event', () => {
    const [first] = story.events;
    if (!first) throw new Error('fixture has events');
    expect(axisEvent(first)).toMatchObject({
      id: first.id,
      title: first.data.title,
      status: first.data.status,
      section: first.data.section,
    });
  });
});

describe('axisSection', () => {
  it('takes a section’s id and title', () => {
    const [section] = story.sections;
    if (!section) throw new Error('fixture has sections');
    expect(axisSection(section)).toEqual({ id: section.id, title: section.data.title });
  });
});
