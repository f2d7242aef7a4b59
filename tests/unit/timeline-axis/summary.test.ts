import { describe, expect, it } from 'vitest';
import { axisSummary } from '../../../src/timeline-axis/summary.ts';

describe('axisSummary', () => {
  it.each<[number, string, string, 'none' | 'some' | 'all', string]>([
    [
      23,
      'July 2023',
      'December 2025',
      'none',
      '23 events, July 2023 to December 2025. Each mark is one event and links to it.',
    ],
    [1, 'March 2025', 'March 2025', 'none', '1 event, March 2025. The mark links to it.'],
    [
      1023,
      'July 2023',
      'December 2025',
      'all',
      '1,023 events, July 2023 to December 2025. Each bar counts the events of a stretch of months and links to the first.',
    ],
    [
      61,
      'July 2023',
      'December 2025',
      'some',
      '61 events, July 2023 to December 2025. Each mark is one event and links to it; where there are too many to draw one by one, a bar counts them.',
    ],
  ])('sums up %i events from %s to %s (grouped: %s)', (count, from, to, grouped, text) => {
    expect(axisSummary(count, from, to, grouped)).toBe(text);
  });
});
