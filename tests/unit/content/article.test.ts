import { join } from 'node:path';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/check/check-content.ts';
import { findLinks } from '../../../src/markdown/cross-refs.ts';
import { quotedNotes } from '../../../src/story/update-log.ts';

const { content } = checkContent(join(import.meta.dirname, '../../..'));
const [article] = content.article;
if (!article) throw new Error('no article');
const text = toString(fromMarkdown(article.body)).replace(/\s+/g, ' ');

describe('the article', () => {
  it.each(quotedNotes(article.data.log).map((c) => [c.quote, c] as const))('quotes "%s" exactly as published', (quote) => {
    expect(text).toContain(quote.replace(/\s+/g, ' '));
  });

  it('has the 11 notes: 3 corrections and 8 clarifications', () => {
    const kinds = quotedNotes(article.data.log).map((c) => c.kind);
    expect(kinds.filter((k) => k === 'correction')).toHaveLength(3);
    expect(kinds.filter((k) => k === 'clarification')).toHaveLength(8);
    // "At least 800" was the rewrite's error, not a loose phrase: a correction.
    expect(quotedNotes(article.data.log).find((c) => c.quote.includes('at least 800'))?.kind).toBe('correction');
  });

  it('keeps the text as first published: seven paragraphs, no links added', () => {
    expect(article.body.trim().split(/\n\n/)).toHaveLength(7);
    expect(findLinks(fromMarkdown(article.body))).toEqual([]);
  });

  it('credits the outlet the text comes from and the desk for the notes, not a person', () => {
    expect(article.data.credit).toBe(
      'Text as published by africannow.com, a rewrite of a BBC Africa report. Notes and corrections: the explainer desk.',
    );
  });

  it('is first published about 26 March 2025, and no log entry is earlier', () => {
    expect(article.data.published.iso).toBe('2025-03-26');
    expect(article.data.publishedApproximate).toBe(true);
    for (const entry of article.data.log) expect(entry.date.iso >= article.data.published.iso).toBe(true);
  });

  it('lists only the text and the report it rewrites as where the text comes from', () => {
    expect(article.data.sources).toEqual(['africannow-seed', 'bbc-missing']);
  });

  it('leads with where the story stands, not with "missing"', () => {
    const top = [article.data.title, article.data.dek];
    // "Missing" only as "missing since": the top never says he is missing now.
    for (const line of top) expect(line).not.toMatch(/\bmissing\b(?! since)/i);
    expect(article.data.title).toMatch(/confirmed the death/);
    expect(article.data.title).toMatch(/had not been recovered as of 5 December 2025/);
    expect(article.data.standing?.date.iso).toBe('2025-12-09');
    expect(article.data.standing?.text).toMatch(/^Benedict Kabiru, the Kenyan MSS officer/);
  });
});
