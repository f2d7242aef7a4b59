/** The line under the axis' heading: how many events, over what stretch, and what a mark is. */
const COUNT = new Intl.NumberFormat('en');

/** "23 events, July 2023 to December 2025. Each mark is one event and links to it." */
export function axisSummary(count: number, from: string, to: string, grouped: 'none' | 'some' | 'all'): string {
  const events = `${COUNT.format(count)} ${count === 1 ? 'event' : 'events'}`;
  const span = from === to ? from : `${from} to ${to}`;
  // One drawing shows at a time; when only one of them groups, the words must hold for both.
  const marks =
    grouped === 'all'
      ? 'Each bar counts the events of a stretch of months and links to the first.'
      : grouped === 'some'
        ? 'Each mark is one event and links to it; where there are too many to draw one by one, a bar counts them.'
        : count === 1
          ? 'The mark links to it.'
          : 'Each mark is one event and links to it.';
  return `${events}, ${span}. ${marks}`;
}
