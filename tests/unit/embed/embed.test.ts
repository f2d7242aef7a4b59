import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { isEmbedPath } from '../../../src/embed/embed-paths.ts';
import { EMBED_HEIGHTS, embedTargets, frameTitle } from '../../../src/embed/embeds.ts';
import { frameLinks } from '../../../src/embed/frame-links.ts';
import { OEMBED_CACHE_AGE, oembedFor } from '../../../src/embed/oembed.ts';
import { childId, heightMessage, isWidthMessage, parseHeightMessage } from '../../../src/embed/pym-message.ts';
import { embedSnippet } from '../../../src/embed/snippet.ts';
import { makeUrls } from '../../../src/site/urls.ts';
import { fixtureStory } from '../fixture-story.ts';

const story = fixtureStory();

/** Every element of an HTML fragment, in document order. */
function elements(html: string): Element[] {
  const found: Element[] = [];
  visit(fromHtml(html, { fragment: true }), 'element', (node: Element) => void found.push(node));
  return found;
}
const attr = (element: Element | undefined, name: string) => {
  const value = element?.properties[name];
  return Array.isArray(value) ? value.join(' ') : value === undefined ? undefined : String(value);
};

describe('embedTargets', () => {
  it('offers the timeline, then every section and every event, each with its own preview', () => {
    const targets = embedTargets(story, 'Site');
    expect(targets[0]).toMatchObject({
      id: undefined,
      kind: 'timeline',
      preview: 'home',
      frameTitle: 'Timeline · Site',
    });
    expect(targets.filter((t) => t.kind === 'section').map((t) => t.id)).toEqual(story.sections.map((s) => s.id));
    expect(targets.filter((t) => t.kind === 'event').map((t) => t.id)).toEqual(story.events.map((e) => e.id));
    const event = targets.find((t) => t.kind === 'event');
    expect(event?.preview).toBe(`timeline/${event?.id}`);
    expect(event?.height).toBe(EMBED_HEIGHTS.event);
  });

  it('names the site in every frame title, and the timeline for a section', () => {
    expect(frameTitle('section', 'The ambush', 'Site')).toBe('The ambush · Timeline · Site');
    expect(frameTitle('event', 'Officer missing', 'Site')).toBe('Officer missing · Site');
  });
});

describe('embedSnippet', () => {
  it('is an iframe inside a Pym.js container, with the attributes oEmbed consumers expect', () => {
    const html = embedSnippet({ src: 'https://example.org/embed/timeline/x/', title: 'X · Site', height: 600 });
    const [container, frame, ...rest] = elements(html);
    expect(rest).toEqual([]);
    expect(container?.tagName).toBe('div');
    expect(attr(container, 'dataPymSrc')).toBe('https://example.org/embed/timeline/x/');
    expect(attr(container, 'dataPymTitle')).toBe('X · Site');
    expect(frame?.tagName).toBe('iframe');
    expect(attr(frame, 'src')).toBe('https://example.org/embed/timeline/x/');
    expect(attr(frame, 'title')).toBe('X · Site');
    expect(attr(frame, 'width')).toBe('100%');
    expect(attr(frame, 'height')).toBe('600');
    expect(attr(frame, 'loading')).toBe('lazy');
    expect(attr(frame, 'style')).toBe('border:0');
  });

  it('escapes quotes and markup in titles, so a headline cannot break out of its attribute', () => {
    const html = embedSnippet({ src: 'https://e.org/?a=1&b=2', title: '"Quoted" <b>', height: 1 });
    expect(html).toContain('title="&quot;Quoted&quot; &lt;b&gt;"');
    expect(html).toContain('src="https://e.org/?a=1&amp;b=2"');
  });
});

describe('oembedFor', () => {
  const urls = makeUrls('/explainer/');
  const site = new URL('https://example.org');
  const [timeline, section] = embedTargets(story, 'Site');

  it('is a rich oEmbed 1.0 response with absolute URLs under the base path', () => {
    if (!section) throw new Error('the fixture has no section');
    const response = oembedFor(section, urls, site, 'Site');
    expect(response).toMatchObject({
      type: 'rich',
      version: '1.0',
      title: section.title,
      provider_name: 'Site',
      provider_url: 'https://example.org/explainer/',
      width: 640,
      height: EMBED_HEIGHTS.section,
      thumbnail_url: `https://example.org/explainer/previews/timeline/${section.id}.png`,
      thumbnail_width: 1200,
      thumbnail_height: 630,
      cache_age: OEMBED_CACHE_AGE,
    });
    expect(response.html).toContain(`src="https://example.org/explainer/embed/timeline/${section.id}/"`);
    expect(response.html).toContain(`height="${EMBED_HEIGHTS.section}"`);
  });

  it('gives the whole timeline the embed without an id and the front page preview', () => {
    if (!timeline) throw new Error('no timeline target');
    const response = oembedFor(timeline, urls, site, 'Site');
    expect(response.html).toContain('src="https://example.org/explainer/embed/timeline/"');
    expect(response.thumbnail_url).toBe('https://example.org/explainer/previews/home.png');
  });
});

describe('frameLinks', () => {
  const context = {
    embedUrl: 'https://example.org/embed/timeline/x/',
    fullPageUrl: 'https://example.org/timeline/x/',
  };
  const links = (html: string) => elements(frameLinks(html, context)).filter((e) => e.tagName === 'a');

  it("sends the site's own links to the top window", () => {
    const [page, relative, absolute] = links(
      '<a href="/timeline/y/">Y</a><a href="../y/">Y</a><a href="https://example.org/sources/#s">S</a>',
    );
    for (const link of [page, relative, absolute]) expect(attr(link, 'target')).toBe('_top');
    expect(attr(page, 'rel')).toBeUndefined();
  });

  it('opens other sites in a new tab without handing on the page or its address', () => {
    const [plain, withRel] = links(
      '<a href="https://news.example/story">A</a><a class="c" rel="external" href="https://b.example/">B</a>',
    );
    expect(attr(plain, 'target')).toBe('_blank');
    expect(attr(plain, 'rel')).toBe('noopener noreferrer');
    expect(attr(withRel, 'target')).toBe('_blank');
    expect(attr(withRel, 'rel')).toBe('external noopener noreferrer');
    expect(attr(withRel, 'className')).toBe('c');
  });

  it("points a bare fragment at the real page, not at the embed's own address", () => {
    const [link] = links('<a href="#event-1">E</a>');
    expect(attr(link, 'href')).toBe('/timeline/x/#event-1');
    expect(attr(link, 'target')).toBe('_top');
  });

  it('leaves links that already say where they open, anchors without href, and everything else alone', () => {
    const html =
      '<a href="/a/" target="_self">A</a><a id="x">no href</a><p>text <b>bold</b></p><svg><use href="#o"></use></svg>';
    expect(frameLinks(html, context)).toBe(html);
  });
});

describe('the Pym.js height message', () => {
  it('reads the id a Pym parent put in the query string', () => {
    expect(childId('?initialWidth=640&childId=pym-0-abc')).toBe('pym-0-abc');
    expect(childId('')).toBe('');
  });

  it("is the string pym.js's parent parses, rounded up to whole pixels", () => {
    const message = heightMessage('pym-0-abc', 812.2);
    expect(message).toBe('pymxPYMxpym-0-abcxPYMxheightxPYMx813');
    // The regex pym.Parent builds for its child "pym-0-abc".
    const match = /^pymxPYMxpym-0-abcxPYMx(\S+)xPYMx(.*)$/.exec(message);
    expect(match?.slice(1)).toEqual(['height', '813']);
  });

  it("answers a Pym parent's width message for this embed only", () => {
    expect(isWidthMessage('pymxPYMxpym-0-abcxPYMxwidthxPYMx320', 'pym-0-abc')).toBe(true);
    expect(isWidthMessage('pymxPYMxpym-1-defxPYMxwidthxPYMx320', 'pym-0-abc')).toBe(false);
    expect(isWidthMessage('pymxPYMxxPYMxwidthxPYMx320', '')).toBe(false);
  });

  it('is read back by parents without Pym, with or without an id, and nothing else is', () => {
    expect(parseHeightMessage(heightMessage('', 400))).toBe(400);
    expect(parseHeightMessage(heightMessage('a', 401))).toBe(401);
    expect(parseHeightMessage('pymxPYMxaxPYMxwidthxPYMx400')).toBeUndefined();
    expect(parseHeightMessage({ height: 400 })).toBeUndefined();
  });
});

describe('isEmbedPath', () => {
  it.each([
    ['/embed/timeline/', '/', true],
    ['/explainer/embed/timeline/x/', '/explainer/', true],
    ['/explainer/embed/timeline/x/', '/explainer', true],
    ['/timeline/embed/', '/', false],
    ['/embedded/', '/', false],
  ])('%s under %s: %s', (path, base, expected) => expect(isEmbedPath(path, base)).toBe(expected));
});
