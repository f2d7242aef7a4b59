/** The valid fixture's story with update logs added, as an editor would after changing entries. */
import { lastUpdated } from '../../../src/story/last-updated.ts';
import type { Story } from '../../../src/story/story.ts';
import { DayDateSchema } from '../../../src/schemas/fields/partial-date.ts';
import type { LogEntry } from '../../../src/schemas/log.ts';
import { fixtureStory } from '../fixture-story.ts';

/** A log entry with its date parsed by the real schema. */
export const logEntry = (date: string, fields: Omit<LogEntry, 'date'>): LogEntry => ({
  date: DayDateSchema.parse(date),
  ...fields,
});

/** The fixture with the second event moved from reported to confirmed (two entries) and a fact corrected. */
export function loggedStory(): Story {
  const story = fixtureStory();
  const statusLog = [
    logEntry('2025-04-02', { kind: 'update', note: 'A [third report](source:third-report) was added.' }),
    logEntry('2025-04-10', { kind: 'update', note: 'A fourth report confirms it.', previous: 'reported' }),
  ];
  const factLog = [logEntry('2025-04-05', { kind: 'correction', note: 'The figure was 12, not 10.', previous: '10' })];
  const events = story.events.map((event) =>
    event.id === 'second-event'
      ? { ...event, data: { ...event.data, status: 'confirmed' as const, log: statusLog } }
      : event,
  );
  const facts = story.facts.map((fact, i) => (i === 0 ? { ...fact, data: { ...fact.data, log: factLog } } : fact));
  const sections = story.sections.map((s) => ({ ...s, events: events.filter((e) => e.data.section === s.id) }));
  const updated = lastUpdated({ article: story.article.data, events, facts, sections });
  return { ...story, events, facts, sections, updated };
}
