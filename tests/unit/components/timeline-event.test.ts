import { describe, expect, it } from 'vitest';
import TimelineEvent from '../../../src/components/timeline/TimelineEvent.astro';
import { fixtureStory } from '../fixture-story.ts';
import { renderComponent } from './render.ts';

const story = fixtureStory();
const [first, second] = story.events;
if (!first || !second) throw new Error('fixture needs two events');

describe('TimelineEvent', () => {
  it('is an article anchored at the event id, focusable for deep links, with its old ids inside', async () => {
    const html = await renderComponent(TimelineEvent, { event: first }, '<p>Body</p>');
    expect(html).toMatch(/<article class="event"[^>]* id="first-event" tabindex="-1" data-anchor/);
    expect(html).toMatch(/<span class="alias" id="old-first-event"/);
  });

  it('carries the date inside the heading, before the title that links to the event page', async () => {
    const html = await renderComponent(TimelineEvent, { event: first }, '<p>Body text</p>');
    expect(html).toMatch(
      /<h3[^>]*><time class="date" datetime="2025-03-25T16:30-04:00">25 March 2025<span class="visually-hidden">:<\/span><\/time><a class="title" href="\/timeline\/first-event\/"[^>]*>The first event<\/a><\/h3>/,
    );
  });

  it('shows the time of day and the place beside the date, the summary, the status, and the title links to the full account', async () => {
    const html = await renderComponent(TimelineEvent, { event: first }, '<p>Body text</p>');
    expect(html).toContain('about 16:30 Port-au-Prince time (UTC−4)');
    expect(html).toContain('<span class="place">A Town</span>');
    expect(html).not.toContain('Place:');
    expect(html).toContain('<p class="summary">Something happened.</p>');
    expect(html).toMatch(/data-status="confirmed"[^]*Status: <\/span>confirmed/);
    // One link per event to its page, the title: no second "Full account" tab stop to the same place.
    expect(html.match(/href="\/timeline\/first-event\/"/g)).toHaveLength(1);
  });

  it('marks the first event of a year with the year, and others not', async () => {
    expect(await renderComponent(TimelineEvent, { event: first, year: 2025 }, '')).toMatch(
      /<p class="year" aria-hidden="true">2025<\/p>/,
    );
    expect(await renderComponent(TimelineEvent, { event: second }, '')).not.toContain('class="year"');
  });

  it('links each source to its citation and names the original publisher', async () => {
    const html = await renderComponent(TimelineEvent, { event: first }, '');
    expect(html).toMatch(/<a href="\/sources\/#first-report"[^>]*>A Paper/);
    // A copy is named "Original, via Host", so the link says where it leads.
    expect(html).toMatch(/<a href="\/sources\/#second-report"[^>]*>A Wire, via A Reposter/);
    expect(html).toContain('Sources:');
  });

  it('has a copy-link control that is a plain anchor link without script', async () => {
    const html = await renderComponent(TimelineEvent, { event: second }, '');
    expect(html).toMatch(
      /<copy-link[^>]*><a href="#second-event"[^>]*><svg[^]*<\/svg><span class="label">Link to this event<\/span><span class="visually-hidden"[^>]*>: The second event<\/span><\/a><\/copy-link>/,
    );
    expect(html).toContain(
      '<time class="date" datetime="2025-03">about March 2025<span class="visually-hidden">:</span></time>',
    );
    expect(html).toContain('Sources:');
    expect(html).toContain('<span class="note">: one account only</span>');
  });

  it('leaves embedding an event to the event page: no Embed control in the timeline row', async () => {
    expect(await renderComponent(TimelineEvent, { event: second }, '')).not.toContain('<embed-code');
  });

  it('inside an embed, titles itself one level up and has no share controls', async () => {
    const html = await renderComponent(TimelineEvent, { event: second, embed: true }, '');
    expect(html).toMatch(/<h2 class="head"[^>]*>[^]*<a class="title" href="\/timeline\/second-event\/"/);
    expect(html).not.toContain('<copy-link');
    expect(html).not.toContain('<embed-code');
  });
});
