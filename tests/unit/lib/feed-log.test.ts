import { getRssString } from '@astrojs/rss';
import { parseFeed } from '@rowanmanning/feed-parser';
import Parser from 'rss-parser';
import { describe, expect, it } from 'vitest';
import { feedItems, rssOptions } from '../../../src/story/feed.ts';
import { makeUrls } from '../../../src/site/urls.ts';
import { loggedStory } from './log-story.ts';
import { fixtureStory } from '../fixture-story.ts';

const urls = makeUrls('/');
const site = new URL('https://example.org');
const story = loggedStory();
const xml = await getRssString(rssOptions(story, urls, site, 'Site'));

describe('feed items for log entries', () => {
  const items = feedItems(story, urls);

  it('gives every log entry its own item, linked to its own anchor, dated its own day', () => {
    const logged = items.filter((item) => item.link.includes('-update-'));
    expect(logged.map((i) => [i.title, i.link, i.pubDate?.toISOString()])).toEqual([
      [
        'Updated 10 April 2025: The second event',
        '/timeline/second-event/#second-event-update-2',
        '2025-04-10T12:00:00.000Z',
      ],
      ['Correction, 5 April 2025: Things counted', '/facts/#a-figure-update-1', '2025-04-05T12:00:00.000Z'],
      [
        'Updated 2 April 2025: The second event',
        '/timeline/second-event/#second-event-update-1',
        '2025-04-02T12:00:00.000Z',
      ],
    ]);
    expect(logged[0]?.description).toBe('A fourth report confirms it. (previously reported.)');
    expect(logged[2]?.description).toBe('A third report was added.');
  });

  it('keeps the items that were there before, with the same links', () => {
    const before = feedItems(fixtureStory(), urls).map((i) => i.link);
    expect(items.map((i) => i.link)).toEqual(expect.arrayContaining(before));
    expect(new Set(items.map((i) => i.link)).size).toBe(items.length);
  });
});

describe('the feed as real feed readers see it', () => {
  it('is read by rss-parser with every update as its own item, its guid and its date', async () => {
    const feed = await new Parser().parseString(xml);
    expect(feed.items).toHaveLength(feedItems(story, urls).length);
    const update = feed.items.find(
      (i) => i.link === 'https://example.org/timeline/second-event/#second-event-update-2',
    );
    expect(update?.guid).toBe('https://example.org/timeline/second-event/#second-event-update-2');
    expect(update?.isoDate).toBe('2025-04-10T12:00:00.000Z');
    expect(new Set(feed.items.map((i) => i.guid)).size).toBe(feed.items.length);
  });

  it('is read by @rowanmanning/feed-parser as RSS 2.0, with lastBuildDate from the content and a self link', () => {
    const feed = parseFeed(xml);
    expect(feed.meta).toMatchObject({ type: 'rss', version: '2.0' });
    // The latest log entry in the content, never the build's clock.
    expect(feed.updated?.toISOString()).toBe('2025-04-10T12:00:00.000Z');
    expect(feed.self).toBe('https://example.org/rss.xml');
    const ids = feed.items.map((item) => item.id);
    expect(ids).toContain('https://example.org/facts/#a-figure-update-1');
    expect(new Set(ids).size).toBe(feed.items.length);
  });

  it('builds the same bytes twice', async () => {
    expect(await getRssString(rssOptions(loggedStory(), urls, site, 'Site'))).toBe(xml);
  });
});
