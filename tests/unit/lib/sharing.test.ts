import { describe, expect, it } from 'vitest';
import { correctionAnchor, feedItems } from '../../../src/story/feed.ts';
import { previewCard, titleSize, type CardNode } from '../../../src/previews/card.ts';
import { previews } from '../../../src/previews/previews.ts';
import { newsArticle, serializeJsonLd, timelineList } from '../../../src/story/structured-data.ts';
import { redirectRules, timelinePages } from '../../../src/story/timeline-pages.ts';
import { makeUrls } from '../../../src/site/urls.ts';
import { fixtureStory } from '../fixture-story.ts';

const story = fixtureStory();
const urls = makeUrls('/');
const site = new URL('https://example.org');

/** All text a card draws, in order. */
function cardText(node: CardNode | string): string[] {
  if (typeof node === 'string') return node ? [node] : [];
  const children = node.props.children;
  if (typeof children === 'string') return children ? [children] : [];
  return (children ?? []).flatMap(cardText);
}

describe('previewCard', () => {
  it('draws the kicker, title, date and place, status in words, and the site name', () => {
    const card = previewCard({
      kicker: 'Timeline',
      title: 'T',
      detail: 'March 2025 · A Town',
      status: { status: 'disputed', note: 'toll' },
      siteName: 'S',
    });
    // The note follows its status word and never repeats it: "DISPUTED: toll".
    expect(cardText(card)).toEqual(['Timeline', 'T', 'March 2025 · A Town', 'disputed', ': toll', 'S']);
  });

  it('shrinks long titles so they fit', () => {
    expect(titleSize('x'.repeat(40))).toBeGreaterThan(titleSize('x'.repeat(70)));
    expect(titleSize('x'.repeat(70))).toBeGreaterThan(titleSize('x'.repeat(120)));
  });
});

describe('previews', () => {
  const all = previews(story, 'Site');

  it('has one image for the front page, each section and each event, at distinct paths', () => {
    expect(all.map((p) => p.path)).toEqual([
      'home',
      'timeline/opening',
      'timeline/first-event',
      'timeline/second-event',
    ]);
  });

  it('puts the event date at its true precision, its place and its status with its note on the card, and says so in the alt text', () => {
    const second = all.find((p) => p.path === 'timeline/second-event');
    expect(second?.card).toMatchObject({
      title: 'The second event',
      detail: 'about March 2025 · A Town, A Region',
      status: { status: 'reported', note: 'one account only' },
    });
    expect(second?.alt).toBe(
      'Timeline · Opening: The second event, about March 2025 · A Town, A Region. Reported: one account only. Site.',
    );
  });
});

describe('feedItems', () => {
  const items = feedItems(story, urls);

  it('lists every event and correction, newest first (a month counts from its last day, as on the timeline)', () => {
    expect(items.map((i) => i.link)).toEqual([
      '/timeline/second-event/',
      `/#${correctionAnchor(0)}`,
      '/timeline/first-event/',
    ]);
  });

  it('dates day-precise items at noon UTC and leaves month-precise ones undated rather than invent a day', () => {
    expect(items.find((i) => i.link === '/timeline/first-event/')?.pubDate?.toISOString()).toBe(
      '2025-03-25T12:00:00.000Z',
    );
    expect(items.find((i) => i.link === '/timeline/second-event/')).not.toHaveProperty('pubDate');
  });

  it('gives each event its status with the note that travels with it, and an approximate date with its "about"', () => {
    expect(items.find((i) => i.link === '/timeline/second-event/')?.description).toBe(
      'about March 2025, A Town. Something else happened. (Status: Reported: one account only.)',
    );
  });

  it('titles corrections by kind and the words they concern', () => {
    expect(items.find((i) => i.link === `/#${correctionAnchor(0)}`)?.title).toBe('Correction: “on Tuesday”');
  });
});

describe('structured data', () => {
  it('describes the article with its dates, credit line and citations', () => {
    expect(newsArticle(story, urls, site, 'Site')).toMatchObject({
      '@type': 'NewsArticle',
      headline: 'A test story, where it stands now',
      datePublished: '2025-03-26',
      dateModified: '2025-03-27',
      creditText: 'Text as published by A Paper. Notes and corrections the desk.',
      mainEntityOfPage: 'https://example.org/',
      citation: [{ name: 'Something happened: a report', url: 'https://example.org/report' }],
    });
  });

  it('lists the events in reading order with absolute URLs', () => {
    expect(timelineList(story, urls, site)).toMatchObject({
      numberOfItems: 2,
      itemListElement: [
        { position: 1, url: 'https://example.org/timeline/first-event/' },
        { position: 2, url: 'https://example.org/timeline/second-event/' },
      ],
    });
  });

  it('serialises so that no text can close the script element', () => {
    const json = serializeJsonLd({ headline: '</script><script>alert(1)</script>' });
    expect(json).not.toContain('</script');
    expect(JSON.parse(json)).toEqual({ headline: '</script><script>alert(1)</script>' });
  });
});

describe('timelinePages', () => {
  it('has a page per event and section and a redirect per old id', () => {
    expect(timelinePages(story).map((p) => [p.kind, p.id])).toEqual([
      ['event', 'first-event'],
      ['event', 'second-event'],
      ['section', 'opening'],
      ['redirect', 'old-first-event'],
    ]);
  });

  it('writes 301 rules for hosts that read _redirects, under the base path', () => {
    expect(redirectRules(story, '/explainer/')).toBe(
      '/explainer/timeline/old-first-event/ /explainer/timeline/first-event/ 301\n/explainer/timeline/old-first-event /explainer/timeline/first-event/ 301\n',
    );
  });
});
