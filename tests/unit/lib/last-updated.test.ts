import { describe, expect, it } from 'vitest';
import { lastUpdated } from '../../../src/story/last-updated.ts';
import { parsePartialDate, type PartialDate } from '../../../src/dates/partial-date.ts';

function day(text: string): PartialDate {
  const parsed = parsePartialDate(text);
  if (!parsed.ok) throw new Error(parsed.expected);
  return parsed.value;
}

const logged = (...logs: string[][]) => logs.map((dates) => ({ data: { log: dates.map((d) => ({ date: day(d) })) } }));

const article = (published: string, ...log: string[]) => ({
  published: day(published),
  log: log.map((date) => ({ date: day(date) })),
});

describe('lastUpdated', () => {
  it('is the day the article was published while nothing has been logged', () => {
    expect(lastUpdated({ article: article('2025-03-26'), events: logged([]), facts: [] }).iso).toBe('2025-03-26');
  });

  it("moves with the latest entry of any event's, fact's or section's log", () => {
    const content = {
      article: article('2025-03-26', '2025-12-09'),
      events: logged(['2025-12-12'], []),
      facts: logged(['2025-12-01', '2026-01-03']),
      sections: logged(['2025-12-20']),
    };
    expect(lastUpdated(content).iso).toBe('2026-01-03');
  });

  it("moves with the article's own log and its standing note", () => {
    expect(lastUpdated({ article: article('2025-03-26', '2025-12-20'), events: [], facts: [] }).iso).toBe('2025-12-20');
    const standing = { ...article('2025-03-26', '2025-12-09'), standing: { date: day('2025-12-10') } };
    expect(lastUpdated({ article: standing, events: [], facts: [] }).iso).toBe('2025-12-10');
  });
});
