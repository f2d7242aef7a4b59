/** The story's events and sections as the axis needs them: only ids, titles, dates, status and sections. */
import type { SectionView, Story } from '../lib/story.ts';
import type { AxisSection } from './bands.ts';
import type { AxisEvent } from './marks.ts';

type StoryEvent = Pick<Story['events'][number], 'id' | 'data' | 'when'>;

/**
 * An event for the axis. The date reads as the site prints it; `when.full` leads
 * with "around" only when the date itself is the estimate (an estimated time
 * keeps its date exact), so that is when the axis calls the date approximate.
 */
export function axisEvent(event: StoryEvent): AxisEvent {
  const approximate = event.data.approximate && !event.when.full.startsWith(event.when.date);
  return {
    id: event.id,
    title: event.data.title,
    date: event.data.date,
    dateText: approximate ? event.when.full : event.when.date,
    approximate,
    status: event.data.status,
    section: event.data.section,
  };
}

/** A section for the axis: its id and title. */
export function axisSection(section: Pick<SectionView, 'id' | 'data'>): AxisSection {
  return { id: section.id, title: section.data.title };
}
