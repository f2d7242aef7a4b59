import { describe, expect, it } from 'vitest';
import TimelineEvent from '../../../src/components/TimelineEvent.astro';
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

  it('shows the date, the title linking to the event page, the place, the status and the slot body', async () => {
    const html = await renderComponent(TimelineEvent, { event: first }, '<p>Body text</p>');
    expect(html).toContain(
      '<time datetime="2025-03-25T16:30-04:00">25 March 2025, around 16:30 Port-au-Prince time (UTC−4)</time>',
    );
    expect(html).toMatch(/<h3[^>]*><a href="\/timeline\/first-event\/"[^>]*>The first event<\/a><\/h3>/);
    expect(html).toContain('A Town');
    expect(html).toMatch(/Status: <\/span>confirmed/);
    expect(html).toContain('<p>Body text</p>');
  });

  it('links each source to its citation and names the original publisher', async () => {
    const html = await renderComponent(TimelineEvent, { event: first }, '');
    expect(html).toMatch(/<a href="\/sources\/#first-report"[^>]*>A Paper/);
    expect(html).toMatch(/<a href="\/sources\/#second-report"[^>]*>A Wire/);
    expect(html).toContain('Sources:');
  });

  it('has a copy-link control that is a plain anchor link without script', async () => {
    const html = await renderComponent(TimelineEvent, { event: second }, '');
    expect(html).toMatch(
      /<copy-link[^>]*><a href="#second-event"[^>]*>Link to this event<span class="visually-hidden"[^>]*>: The second event<\/span><\/a><\/copy-link>/,
    );
    expect(html).toContain('<time datetime="2025-03">March 2025</time>');
    expect(html).toContain('Source:');
  });

  it('has an Embed control beside it that, without script, links to the embedding instructions', async () => {
    const html = await renderComponent(TimelineEvent, { event: second }, '');
    expect(html).toMatch(
      /<embed-code[^>]* data-id="second-event" data-kind="event"[^>]*><a href="\/about\/#embed"[^>]*>Embed this event<span class="visually-hidden"[^>]*>: The second event<\/span><\/a><\/embed-code>/,
    );
  });

  it('inside an embed, titles itself one level up and has no share controls', async () => {
    const html = await renderComponent(TimelineEvent, { event: second, embed: true }, '');
    expect(html).toMatch(/<h2[^>]*><a href="\/timeline\/second-event\/"/);
    expect(html).not.toContain('<copy-link');
    expect(html).not.toContain('<embed-code');
  });
});
