/** The story's events and sections as the axis needs them: only ids, titles, dates, status and sections. */
import type { SectionView, Story } from '../story/story.ts';
import type { AxisSection } from './bands.ts';
import type { AxisEvent } from './marks.ts';

type StoryEvent = Pick<Story['events'][number], 'id' | 'data' | 'when'>;

/**
 * An event for the axis. The date reads as the site prints it (`when.date` says
 * "about" itself); an estimated time of day keeps its date exact, so only an
 * event without one has an approximate date.
 */
export function axisEvent(event: StoryEvent): AxisEvent {
  const { approximate: estimate, time, timeZone, date } = event.data;
  const approximate = estimate && !(time && timeZone && date.precision === 'day');
  return {
    id: event.id,
    title: event.data.title,
    date: event.data.date,
    dateText: event.when.date,
    approximate,
    status: event.data.status,
    section: event.data.section,
  };
}

/** A section for the axis: its id and title. */
export function axisSection(section: Pick<SectionView, 'id' | 'data'>): AxisSection {
  return { id: section.id, title: section.data.title };
}
