import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/check/check-content.ts';
import { pageDates } from '../../../src/story/page-dates.ts';
import { newsArticle, timelineList } from '../../../src/story/structured-data.ts';
import { makeUrls } from '../../../src/site/urls.ts';
import { logEntry, loggedStory } from './log-story.ts';

const { content } = checkContent(join(import.meta.dirname, '../../fixtures/valid'), '2026-06-01');

describe('pageDates', () => {
  it("dates each page by its entries' logs or their own dates (a month as its first day), never the clock", () => {
    expect(Object.fromEntries(pageDates(content, '/'))).toEqual({
      '/': '2025-03-27',
      '/timeline/': '2025-03-25',
      '/timeline/first-event/': '2025-03-25',
      '/timeline/second-event/': '2025-03',
      '/timeline/opening/': '2025-03-25',
      '/facts/': '2025-03',
    });
  });

  it('moves an event page, its section, the timeline and the front page with a new log entry, under the base path', () => {
    const log = [
      logEntry('2025-04-10', { kind: 'update', note: 'A fourth report confirms it.', previous: 'reported' }),
    ];
    const events = content.events.map((e) => (e.id === 'second-event' ? { ...e, data: { ...e.data, log } } : e));
    const dates = pageDates({ ...content, events }, '/news');
    expect(dates.get('/news/timeline/second-event/')).toBe('2025-04-10');
    expect(dates.get('/news/timeline/opening/')).toBe('2025-04-10');
    expect(dates.get('/news/timeline/')).toBe('2025-04-10');
    expect(dates.get('/news/')).toBe('2025-04-10');
    expect(dates.get('/news/timeline/first-event/')).toBe('2025-03-25');
  });
});

describe('structured data after a change', () => {
  const story = loggedStory();
  const urls = makeUrls('/');
  const site = new URL('https://example.org');

  it('gives the NewsArticle the latest change as dateModified and its notes as CorrectionComment', () => {
    expect(newsArticle(story, urls, site, 'Site')).toMatchObject({
      dateModified: '2025-04-10',
      correction: [
        {
          '@type': 'CorrectionComment',
          text: 'Correction: It was on the Tuesday before.',
          datePublished: '2025-03-27',
          url: 'https://example.org/#correction-1',
        },
      ],
    });
  });

  it("gives the timeline's ItemList the latest change to an event or section", () => {
    expect(timelineList(story, urls, site)).toMatchObject({ dateModified: '2025-04-10' });
  });
});
