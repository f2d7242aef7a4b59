/** The RSS feed's items: one per event and one per log entry of every entry, newest first. */
import { comparePartialDates, formatPartialDate, type PartialDate } from '../dates/partial-date.ts';
import { statusText } from './status-text.ts';
import type { Story } from './story.ts';
import type { Urls } from '../site/urls.ts';
import type { LogEntry } from '../schemas/log.ts';
import { correctionAnchor, kindWord, logAnchor, logLabel, notePlain, previousText, quotedNotes } from './update-log.ts';

export { correctionAnchor };

/** One feed item, in the shape @astrojs/rss takes; its link is also its guid, so it must be unique and stable. */
export interface FeedItem {
  title: string;
  link: string;
  description: string;
  /** Only for day-precise dates: a feed date must name a day, and we never invent one. */
  pubDate?: Date;
}

/** A day at noon UTC, which keeps the calendar day the same from UTC−11 to UTC+11; month-precise dates get none. */
export function dayDate(date: PartialDate): Date | undefined {
  return date.precision === 'day' ? new Date(Date.UTC(date.year, date.month - 1, date.day, 12)) : undefined;
}

type Dated = { date: PartialDate; item: FeedItem };

const withDate = (date: PartialDate) => {
  const pubDate = dayDate(date);
  return pubDate ? { pubDate } : {};
};

/** One item per log entry of one entry, each linking to its own anchor beside the entry. */
function logItems(log: readonly LogEntry[], id: string, title: string, page: string): Dated[] {
  return log.map((entry, index) => {
    const previous = previousText(entry.previous);
    return {
      date: entry.date,
      item: {
        title: `${logLabel(entry)}: ${title}`,
        link: `${page}#${logAnchor(id, index)}`,
        description: `${notePlain(entry.note)}${previous ? ` (${previous}.)` : ''}`,
        ...withDate(entry.date),
      },
    };
  });
}

/** All feed items, newest first; items of the same day keep a fixed order (events, then logs), so builds are stable. */
export function feedItems(story: Story, urls: Urls): FeedItem[] {
  const dated: Dated[] = story.events.map((event) => ({
    date: event.data.date,
    item: {
      title: event.data.title,
      link: urls.timelinePage(event.id),
      description: `${event.when.full}, ${event.place.data.name}. ${event.data.summary} (Status: ${statusText(event.data.status, event.data.statusNote)}.)`,
      ...withDate(event.data.date),
    },
  }));
  for (const section of story.sections)
    dated.push(...logItems(section.data.log, section.id, section.data.title, urls.timelinePage(section.id)));
  for (const event of story.events)
    dated.push(...logItems(event.data.log, event.id, event.data.title, urls.timelinePage(event.id)));
  for (const fact of story.facts) dated.push(...logItems(fact.data.log, fact.id, fact.data.label, urls.facts()));
  const article = story.article.data;
  quotedNotes(article.log).forEach((note, index) => {
    const kind = kindWord(note.kind);
    dated.push({
      date: note.date,
      item: {
        title: `${kind}: “${note.quote}”`,
        link: `${urls.home()}#${correctionAnchor(index)}`,
        description: `${notePlain(note.note)} (${kind} of ${formatPartialDate(note.date)} to the article “${article.title}”.)`,
        ...withDate(note.date),
      },
    });
  });
  const pageUpdates = article.log.filter((entry) => entry.quote === undefined);
  dated.push(...logItems(pageUpdates, 'article', article.title, urls.home()));
  return dated.sort((a, b) => comparePartialDates(b.date, a.date)).map(({ item }) => item);
}

/** The feed's options for @astrojs/rss: items with absolute links, lastBuildDate from the content, atom:link to itself. */
export function rssOptions(story: Story, urls: Urls, site: URL, siteName: string, language = 'en') {
  const self = new URL(urls.feed(), site).href;
  // Built from the content's own latest date, never the clock, so two builds of one commit are identical.
  const built = dayDate(story.updated)?.toUTCString();
  return {
    title: `${siteName}: ${story.article.data.title}`,
    description: story.article.data.dek,
    site: new URL(urls.home(), site).href,
    items: feedItems(story, urls).map((item) => ({ ...item, link: new URL(item.link, site).href })),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: [
      // The site schema allows only a well-formed language tag: letters, digits and hyphens, nothing to escape.
      `<language>${language}</language>`,
      built ? `<lastBuildDate>${built}</lastBuildDate>` : '',
      `<atom:link href="${self}" rel="self" type="application/rss+xml"/>`,
    ].join(''),
  };
}
