import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/check/check-content.ts';
import { refTargets } from '../../../src/markdown/ref-targets.ts';
import type { Ref } from '../../../src/schemas/fields/ref.ts';
import { makeUrls } from '../../../src/site/urls.ts';
import { refResolver } from '../../../src/story/ref-resolver.ts';
import { buildStory, refLink } from '../../../src/story/story.ts';

const { content } = checkContent(join(import.meta.dirname, '../../fixtures/valid'));
const story = buildStory(content);
const urls = makeUrls('/explainer/');
const refs: Ref[] = [
  ...content.events.map((e) => ({ kind: 'event' as const, id: e.id })),
  ...content.sections.map((s) => ({ kind: 'section' as const, id: s.id })),
  ...content.facts.map((f) => ({ kind: 'fact' as const, id: f.id })),
  ...content.sources.map((s) => ({ kind: 'source' as const, id: s.id })),
];

describe('refResolver, the one reference resolver', () => {
  it('gives the markdown plugin and the pages the same link for every live id', () => {
    const targets = refTargets(content, urls);
    for (const ref of refs) expect(targets(ref)?.href).toBe(refLink(story, ref, urls).href);
    expect(refs.length).toBeGreaterThan(5);
  });

  it('gives an event its date (read after the link text) and nothing else a date; unknown ids resolve to nothing', () => {
    const resolve = refResolver(content, urls);
    expect(resolve({ kind: 'event', id: 'first-event' })).toEqual({
      href: '/explainer/timeline/#first-event',
      label: 'The first event (25 March 2025)',
      date: '25 March 2025',
    });
    expect(refTargets(content, urls)({ kind: 'section', id: 'opening' })).toEqual({
      href: '/explainer/timeline/#opening',
    });
    expect(resolve({ kind: 'event', id: 'no-such-event' })).toBeUndefined();
    expect(resolve({ kind: 'fact', id: 'first-event' })).toBeUndefined();
  });
});
