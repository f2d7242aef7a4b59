import { describe, expect, it } from 'vitest';
import TimelineAxis from '../../../src/components/timeline/TimelineAxis.astro';
import { fixtureStory } from '../fixture-story.ts';
import { renderComponent } from './render.ts';

const story = fixtureStory();

describe('TimelineAxis', () => {
  it.each([
    ['full', false, ['wide', 'tall']],
    ['compact', true, ['wide', 'narrow']],
  ])('draws the %s version as two SVGs, one per width', async (_, compact, names) => {
    const html = await renderComponent(TimelineAxis, { events: story.events, sections: story.sections, compact });
    const svgs = [...html.matchAll(/<svg class="tl-axis (\w+)" viewBox="0 0 (\d+) (\d+)" width="\2" height="\3"/g)];
    expect(svgs.map((m) => m[1])).toEqual(names);
    expect(html).toMatch(/<h2 id="at-a-glance"[^>]*>The timeline at a glance<\/h2>/);
  });

  it('links every event once per drawing, named by its date as the site prints it and its title', async () => {
    const html = await renderComponent(TimelineAxis, { events: story.events, sections: story.sections });
    for (const event of story.events) {
      const links = html.match(new RegExp(`<a href="/timeline/#${event.id}">`, 'g')) ?? [];
      expect(links).toHaveLength(2);
    }
    // The first event's time is an estimate, its date is not; the second is reported, so it says so.
    expect(html).toContain('<title>25 March 2025: The first event</title>');
    expect(html).toContain('<title>about March 2025: The second event (reported)</title>');
    expect(html).toMatch(/<rect class="span open approx" /);
  });

  it('hides the ticks and labels from screen readers, names the axis, and keys the sections', async () => {
    const html = await renderComponent(TimelineAxis, { events: story.events, sections: story.sections });
    expect(html).toMatch(/role="group" aria-label="Time axis, March 2025 to March 2025"/);
    expect(html).toMatch(/<svg[^>]*><g aria-hidden="true">/);
    for (const section of story.sections) expect(html).toContain(section.data.title);
    expect(html).toContain('not yet confirmed');
  });

  it('has no style attribute, which the hash-based CSP would block', async () => {
    const html = await renderComponent(TimelineAxis, { events: story.events, sections: story.sections, compact: true });
    expect(html).not.toMatch(/\sstyle=/);
  });
});
