import { describe, expect, it } from 'vitest';
import { lastUpdated } from '../../../src/story/last-updated.ts';
import { parsePartialDate, type PartialDate } from '../../../src/dates/partial-date.ts';

function day(text: string): PartialDate {
  const parsed = parsePartialDate(text);
  if (!parsed.ok) throw new Error(parsed.expected);
  return parsed.value;
}

const dated = (...updated: (string | undefined)[]) =>
  updated.map((text) => ({ data: { updated: text === undefined ? undefined : day(text) } }));

const article = (updated: string, ...corrections: string[]) => ({
  updated: day(updated),
  corrections: corrections.map((date) => ({ date: day(date) })),
});

describe('lastUpdated', () => {
  it("is the article's own date when nothing is later", () => {
    expect(lastUpdated({ article: article('2025-12-09', '2025-12-01'), events: dated(undefined), facts: [] }).iso).toBe(
      '2025-12-09',
    );
  });

  it('moves with the latest event or fact update', () => {
    const content = {
      article: article('2025-12-09'),
      events: dated('2025-12-12', undefined),
      facts: dated('2026-01-03'),
    };
    expect(lastUpdated(content).iso).toBe('2026-01-03');
  });

  it('moves with the latest correction', () => {
    expect(lastUpdated({ article: article('2025-12-09', '2025-12-20'), events: [], facts: [] }).iso).toBe('2025-12-20');
  });
});
