import { join } from 'node:path';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/lib/check-content.ts';

const { content } = checkContent(join(import.meta.dirname, '../../..'));
const [article] = content.article;
if (!article) throw new Error('no article');
const text = toString(fromMarkdown(article.body)).replace(/\s+/g, ' ');

describe('the article', () => {
  it.each(article.data.corrections.map((c) => [c.quote, c] as const))('quotes "%s" exactly as published', (quote) => {
    expect(text).toContain(quote.replace(/\s+/g, ' '));
  });

  it('credits the desk, not a person', () => {
    expect(article.data.byline).toMatch(/desk/i);
  });

  it('is dated the day the MSS statement was reported, and updated no earlier', () => {
    expect(article.data.published.iso).toBe('2025-03-26');
    expect(article.data.updated.iso >= article.data.published.iso).toBe(true);
  });
});
