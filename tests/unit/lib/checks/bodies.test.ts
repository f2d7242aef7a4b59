import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../../src/check/check-content.ts';
import { bodyProblems, bodyWarnings } from '../../../../src/check/bodies.ts';
import { siteTargets, targetProblem } from '../../../../src/check/site-links.ts';

const { content } = checkContent(join(import.meta.dirname, '../../../fixtures/valid'), '2026-06-01');
const [fact] = content.facts;
const [page] = content.pages;
if (!fact || !page) throw new Error('fixture');

describe('bodies', () => {
  it('accepts the valid fixture', () => {
    expect(bodyProblems(content)).toEqual([]);
    expect(bodyWarnings(content)).toEqual([]);
  });

  it('lets a standing page have ## sections, but not a second page title', () => {
    const withHeadings = (body: string) => ({ ...content, pages: [{ ...page, body }] });
    expect(bodyProblems(withHeadings('## How it is sourced\n\nText.'))).toEqual([]);
    expect(bodyProblems(withHeadings('# About\n\nText.')).map((p) => p.found)).toEqual(['a heading (level 1)']);
  });

  it('warns about a fact with no explanation and a section with no events', () => {
    const bare = { ...content, facts: [{ ...fact, body: '\n' }], events: [] };
    expect(bodyWarnings(bare).map((p) => `${p.file}: ${p.found}`)).toEqual([
      'content/facts/a-figure.md: no text below the fields',
      'content/sections/opening.md: a section with no events',
    ]);
  });
});

describe('links to the site itself', () => {
  const targets = siteTargets(content);
  const ok = (url: string) => expect(targetProblem(url, targets)).toBeUndefined();
  const wrong = (url: string) => expect(targetProblem(url, targets)?.found).toMatch(/\S/);

  it('accepts every page and anchor the site builds from the content', () => {
    for (const url of ['/', '/timeline/', '/timeline/first-event/', '/timeline/#opening', '/facts/#a-figure']) ok(url);
    for (const url of ['/sources/#second-report', '/about/', '/rss.xml', '/#correction-1', '/#place-a-town']) ok(url);
    for (const url of ['https://example.org/', 'mailto:desk@example.org', 'event:first-event', '/timeline/?x=1'])
      ok(url);
  });

  it('refuses pages and anchors it does not build', () => {
    for (const url of ['/timeline/nope/', '/timeline/#nope', '/#correction-2', '/facts/#first-event', '/about'])
      wrong(url);
    for (const url of ['#opening', 'timeline/', '../facts/', '//example.org/', 'http://example.org/']) wrong(url);
  });
});
