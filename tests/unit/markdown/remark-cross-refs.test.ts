import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { remarkCrossRefs, type CrossRefOptions } from '../../../src/markdown/remark-cross-refs.ts';

const targets: Record<string, { href: string; hint?: string }> = {
  'event:kaetuai-killed': { href: '/timeline/#kaetuai-killed', hint: '23 February 2025' },
  'fact:kenyan-officers': { href: '/facts/#kenyan-officers' },
};
const options: CrossRefOptions = { resolve: (ref) => targets[`${ref.kind}:${ref.id}`], base: '/explainer/' };

async function render(markdown: string): Promise<string> {
  const processor = await createMarkdownProcessor({ remarkPlugins: [[remarkCrossRefs, options]] });
  return (await processor.render(markdown, { fileURL: new URL('file:///site/content/events/x.md') })).code;
}

describe('remarkCrossRefs', () => {
  it('turns an event reference into a timeline link carrying the date for screen readers', async () => {
    expect(await render('[Last month](event:kaetuai-killed) it began.')).toBe(
      '<p><a href="/timeline/#kaetuai-killed">Last month<span class="visually-hidden"> (23 February 2025)</span></a> it began.</p>',
    );
  });

  it('turns a fact reference into a link to the fact', async () => {
    expect(await render('[800 officers](fact:kenyan-officers)')).toBe(
      '<p><a href="/facts/#kenyan-officers">800 officers</a></p>',
    );
  });

  it('resolves references in link definitions too', async () => {
    expect(await render('[the figure][f]\n\n[f]: fact:kenyan-officers')).toBe(
      '<p><a href="/facts/#kenyan-officers">the figure</a></p>',
    );
  });

  it('moves root-relative links under the base path and leaves web links alone', async () => {
    expect(await render('[timeline](/timeline/) and [UN](https://press.un.org/)')).toBe(
      '<p><a href="/explainer/timeline/">timeline</a> and <a href="https://press.un.org/">UN</a></p>',
    );
  });

  it('fails on an unknown id, naming the file and the reference', async () => {
    await expect(render('[x](event:no-such-event)')).rejects.toThrow(
      'content/events/x.md: body: found a link to "event:no-such-event", which no entry has, expected the id of an existing event',
    );
  });

  it.each(['javascript:alert(1)', 'data:text/html,hi', 'vbscript:x', 'evnt:typo'])(
    'refuses to publish a link to %s',
    async (url) => {
      await expect(render(`[x](${url})`)).rejects.toThrow(/content\/events\/x\.md: body: found a link to/);
    },
  );
});
