/** The RSS feed's items: one per event and one per correction, newest first. */
import { comparePartialDates, formatPartialDate, type PartialDate } from '../dates/partial-date.ts';
import { statusText } from './status-text.ts';
import type { Story } from './story.ts';
import type { Urls } from '../site/urls.ts';

/** One feed item, in the shape @astrojs/rss takes. */
export interface FeedItem {
  title: string;
  link: string;
  description: string;
  /** Only for day-precise dates: a feed date must name a day, and we never invent one. */
  pubDate?: Date;
}

/** The anchor of the nth correction (0-based) on the front page; corrections are only ever appended. */
export const correctionAnchor = (index: number) => `correction-${index + 1}`;

function dayDate(date: PartialDate): Date | undefined {
  // Noon UTC keeps the calendar day the same in every time zone from UTC−11 to UTC+11.
  return date.precision === 'day' ? new Date(Date.UTC(date.year, date.month - 1, date.day, 12)) : undefined;
}

/** All feed items, newest first. */
export function feedItems(story: Story, urls: Urls): FeedItem[] {
  const dated: { date: PartialDate; item: FeedItem }[] = story.events.map((event) => {
    const pubDate = dayDate(event.data.date);
    return {
      date: event.data.date,
      item: {
        title: event.data.title,
        link: urls.timelinePage(event.id),
        description: `${event.when.full}, ${event.place.data.name}. ${event.data.summary} (Status: ${statusText(event.data.status, event.data.statusNote)}.)`,
        ...(pubDate ? { pubDate } : {}),
      },
    };
  });
  story.article.data.corrections.forEach((correction, index) => {
    const kind = correction.kind === 'correction' ? 'Correction' : 'Clarification';
    const pubDate = dayDate(correction.date);
    dated.push({
      date: correction.date,
      item: {
        title: `${kind}: “${correction.quote}”`,
        link: `${urls.home()}#${correctionAnchor(index)}`,
        description: `${correction.text} (${kind} of ${formatPartialDate(correction.date)} to the article “${story.article.data.title}”.)`,
        ...(pubDate ? { pubDate } : {}),
      },
    });
  });
  return dated.sort((a, b) => comparePartialDates(b.date, a.date)).map(({ item }) => item);
}
