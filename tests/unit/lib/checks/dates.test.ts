import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../../src/check/check-content.ts';
import { checkToday, dateProblems, dateWarnings } from '../../../../src/check/dates.ts';
import { parsePartialDate, type PartialDate } from '../../../../src/dates/partial-date.ts';
import { DayDateSchema } from '../../../../src/schemas/fields/partial-date.ts';

const { content } = checkContent(join(import.meta.dirname, '../../../fixtures/valid'), '2026-06-01');
const day = (text: string): PartialDate => {
  const parsed = parsePartialDate(text);
  if (!parsed.ok) throw new Error(text);
  return parsed.value;
};

describe('dates that cannot be right', () => {
  it('accepts the valid fixture, and today or tomorrow (already today further east)', () => {
    expect(dateProblems(content, '2026-06-01')).toEqual([]);
    expect(dateProblems(content, '2025-03-26')).toEqual([]);
  });

  it('refuses a date more than a day after today, at any precision', () => {
    const found = dateProblems(content, '2025-03-23').map((p) => `${p.file} ${p.field}`);
    expect(found).toContain('content/events/first-event.md date');
    expect(found).toContain('content/sources/first-report.yaml published');
    expect(found).toContain('content/article/story.md log.0.date');
    // "2025-03" starts on the 1st, so it has begun by 23 March.
    expect(found).not.toContain('content/events/second-event.md date');
  });

  it("refuses a log entry dated before the entry's own date: the event, the figure's asOf, the article", () => {
    const [event] = content.events;
    const [fact] = content.facts;
    if (!event || !fact) throw new Error('fixture');
    const entry = (date: string) => {
      const parsed = DayDateSchema.parse(date);
      return [{ date: parsed, kind: 'update' as const, note: 'A report was added.' }];
    };
    const early = {
      ...content,
      events: [{ ...event, data: { ...event.data, log: entry('2025-03-24') } }],
      facts: [{ ...fact, data: { ...fact.data, log: entry('2024-01-01') } }],
    };
    expect(dateProblems(early, '2026-06-01').map((p) => `${p.file}: ${p.field}: found ${p.found}`)).toEqual([
      `${event.file}: log.0.date: found "2025-03-24", before the event itself ("${event.data.date.iso}")`,
      `${fact.file}: log.0.date: found "2024-01-01", before the date the figure holds from (asOf) ("${fact.data.asOf.start.iso}")`,
    ]);
  });

  it('takes CHECK_TODAY when it is a day, and the clock otherwise', () => {
    expect(checkToday({ CHECK_TODAY: '2025-01-02' })).toBe('2025-01-02');
    expect(checkToday({ CHECK_TODAY: 'soon' })).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('sources older than the events they are cited for', () => {
  it('warns, comparing at the coarser precision', () => {
    expect(dateWarnings(content)).toEqual([]);
    const [first] = content.sources;
    if (!first) throw new Error('fixture');
    const early = { ...content, sources: [{ ...first, data: { ...first.data, published: day('2025-03-24') } }] };
    expect(dateWarnings(early).map((p) => `${p.field}: ${p.found}`)).toEqual([
      'sources.0: "first-report", published "2025-03-24", before the event ("2025-03-25")',
    ]);
    const sameMonth = { ...content, sources: [{ ...first, data: { ...first.data, published: day('2025-03') } }] };
    expect(dateWarnings(sameMonth)).toEqual([]);
  });
});
