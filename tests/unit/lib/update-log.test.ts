import { describe, expect, it } from 'vitest';
import { logView } from '../../../src/story/log-view.ts';
import {
  lastChanged,
  latestByStart,
  latestChange,
  logAnchor,
  logLabel,
  noteParts,
  notePlain,
  previousText,
  quotedNotes,
} from '../../../src/story/update-log.ts';
import { makeUrls } from '../../../src/site/urls.ts';
import { whatChanged } from '../../../src/story/what-changed.ts';
import { DayDateSchema, PartialDateSchema } from '../../../src/schemas/fields/partial-date.ts';
import { LogEntrySchema, LogNoteSchema } from '../../../src/schemas/log.ts';
import { logEntry, loggedStory } from './log-story.ts';

const urls = makeUrls('/');

describe('lastChanged', () => {
  it("is the log's latest date, whatever the order the entries were written in", () => {
    const log = [
      logEntry('2025-12-09', { kind: 'update', note: 'a' }),
      logEntry('2025-09-25', { kind: 'update', note: 'b' }),
    ];
    expect(lastChanged(log, PartialDateSchema.parse('2025-03')).iso).toBe('2025-12-09');
  });

  it("is the entry's own date while its log is empty, and nothing when it has none", () => {
    expect(lastChanged([], PartialDateSchema.parse('2025-03')).iso).toBe('2025-03');
    expect(lastChanged([], undefined)).toBeUndefined();
  });
});

describe('latestByStart', () => {
  it('counts a month as its first day, so a dated change outranks the month it falls in', () => {
    const dates = ['2025-12', '2025-12-09', '2025-11-30'].map((d) => PartialDateSchema.parse(d));
    expect(latestByStart(dates)?.iso).toBe('2025-12-09');
    expect(latestByStart([])).toBeUndefined();
  });
});

describe('labels and anchors', () => {
  it('names the kind in words with the day', () => {
    expect(logLabel({ kind: 'update', date: DayDateSchema.parse('2025-09-25') })).toBe('Updated 25 September 2025');
    expect(logLabel({ kind: 'correction', date: DayDateSchema.parse('2025-12-09') })).toBe(
      'Correction, 9 December 2025',
    );
    expect(logLabel({ kind: 'clarification', date: DayDateSchema.parse('2025-12-09') })).toBe(
      'Clarification, 9 December 2025',
    );
  });

  it('numbers anchors in append order, from 1', () => {
    expect(logAnchor('kaetuai-buried', 0)).toBe('kaetuai-buried-update-1');
    const log = [
      logEntry('2025-04-02', { kind: 'update', note: 'a' }),
      logEntry('2025-04-10', { kind: 'correction', note: 'b' }),
    ];
    expect(latestChange('x', log)).toMatchObject({ anchor: 'x-update-2', prefix: 'Correction,', count: 2 });
    expect(latestChange('x', [])).toBeUndefined();
  });

  it('states what was replaced', () => {
    expect(previousText('reported', 'confirmed')).toBe('previously reported, now confirmed');
    expect(previousText('about 600 officers')).toBe('previously about 600 officers');
    expect(previousText(undefined, 'confirmed')).toBeUndefined();
  });
});

describe('notes', () => {
  it('splits cross-references out as links and keeps every other word', () => {
    const note = 'A [third report](source:third-report) was added; see [the event](event:first-event).';
    expect(noteParts(note)).toEqual([
      { text: 'A ' },
      { text: 'third report', ref: { kind: 'source', id: 'third-report' } },
      { text: ' was added; see ' },
      { text: 'the event', ref: { kind: 'event', id: 'first-event' } },
      { text: '.' },
    ]);
    expect(notePlain(note)).toBe('A third report was added; see the event.');
  });

  it('accepts cross-references and refuses other links, empty notes and several lines', () => {
    expect(LogNoteSchema.safeParse('See [the ruling](event:high-court-blocks-deployment).').success).toBe(true);
    expect(LogNoteSchema.safeParse('See [the ruling](https://example.org).').success).toBe(false);
    expect(LogNoteSchema.safeParse('  ').success).toBe(false);
    expect(LogEntrySchema.safeParse({ date: '2025-12-09', kind: 'update', note: 'a\u0007b' }).success).toBe(false);
    expect(LogEntrySchema.safeParse({ date: '2025-12', kind: 'update', note: 'a' }).success).toBe(false);
    expect(LogEntrySchema.safeParse({ date: '2025-12-09', kind: 'typo', note: 'a' }).success).toBe(false);
  });

  it("keeps the article's quoted notes in order, so note n stays #correction-n", () => {
    const log = [
      { ...logEntry('2025-12-09', { kind: 'correction', note: 'a' }), quote: 'one' },
      logEntry('2025-12-10', { kind: 'update', note: 'the page' }),
      { ...logEntry('2025-12-11', { kind: 'clarification', note: 'b' }), quote: 'two' },
    ];
    expect(quotedNotes(log).map((n) => n.quote)).toEqual(['one', 'two']);
  });
});

describe('logView', () => {
  const story = loggedStory();
  const event = story.events.find((e) => e.id === 'second-event');
  if (!event) throw new Error('fixture');

  it('gives each entry its anchor, its words, resolved links and "previously …, now …" on the status change', () => {
    const items = logView(story, event.id, event.data.log, urls, event.data.status);
    expect(items.map((i) => [i.anchor, i.prefix, i.date.iso, i.previous])).toEqual([
      ['second-event-update-1', 'Updated', '2025-04-02', undefined],
      ['second-event-update-2', 'Updated', '2025-04-10', 'previously reported, now confirmed'],
    ]);
    expect(items[0]?.note).toEqual([
      { text: 'A ' },
      { text: 'third report', href: '/sources/#third-report' },
      { text: ' was added.' },
    ]);
  });
});

describe('whatChanged', () => {
  it('lists every change newest first, each linked to its anchor where it is shown', () => {
    const lines = whatChanged(loggedStory(), urls).map((l) => `${l.label}: ${l.what} ${l.href}`);
    expect(lines).toEqual([
      'Updated 10 April 2025: The second event /timeline/second-event/#second-event-update-2',
      'Correction, 5 April 2025: Things counted /facts/#a-figure-update-1',
      'Updated 2 April 2025: The second event /timeline/second-event/#second-event-update-1',
      'Correction, 27 March 2025: note 1 on the article as first published /#correction-1',
    ]);
  });
});
