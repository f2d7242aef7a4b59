/** schema.org data for search engines: the article as a NewsArticle, the timeline as an ItemList. */
import { sourceName } from './source-name.ts';
import type { Story } from './story.ts';
import type { Urls } from '../site/urls.ts';
import { correctionAnchor, kindWord, latestByStart, notePlain, quotedNotes } from './update-log.ts';

type JsonLd = Record<string, unknown>;

/** The front page's NewsArticle, with every source the article cites. */
export function newsArticle(story: Story, urls: Urls, site: URL, siteName: string): JsonLd {
  const article = story.article.data;
  const cited = story.sources.filter((source) => article.sources.includes(source.id));
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    description: article.dek,
    datePublished: article.published.iso,
    dateModified: story.updated.iso,
    // The text is another outlet's; the credit line says whose, and who added the notes.
    creditText: article.credit,
    publisher: { '@type': 'Organization', name: siteName },
    mainEntityOfPage: new URL(urls.home(), site).href,
    image: new URL(urls.preview('home'), site).href,
    // Each note on the text as first published, as schema.org's CorrectionComment, linked to its anchor.
    correction: quotedNotes(article.log).map((note, index) => ({
      '@type': 'CorrectionComment',
      text: `${kindWord(note.kind)}: ${notePlain(note.note)}`,
      datePublished: note.date.iso,
      url: new URL(`${urls.home()}#${correctionAnchor(index)}`, site).href,
    })),
    citation: cited.map((source) => ({
      '@type': 'CreativeWork',
      name: source.data.title ?? 'No headline recorded',
      url: source.data.url,
      publisher: { '@type': 'Organization', name: sourceName(source.data) },
    })),
  };
}

/** The timeline's events, in reading order, as an ItemList of their own pages. */
export function timelineList(story: Story, urls: Urls, site: URL): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'ItemList',
    name: 'Timeline',
    dateModified: timelineModified(story),
    numberOfItems: story.events.length,
    itemListElement: story.events.map((event, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: event.data.title,
      url: new URL(urls.timelinePage(event.id), site).href,
    })),
  };
}

/** When the timeline last changed: the latest log entry of a section or event, or the latest event. */
function timelineModified(story: Story): string | undefined {
  const dates = [
    ...story.sections.flatMap((section) => section.data.log.map((entry) => entry.date)),
    ...story.events.flatMap((event) => [event.data.date, ...event.data.log.map((entry) => entry.date)]),
  ];
  return latestByStart(dates)?.iso;
}

/** JSON for a <script type="application/ld+json">, with "<" escaped so no text can close the script early. */
export function serializeJsonLd(data: JsonLd): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
