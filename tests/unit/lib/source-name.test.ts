import { describe, expect, it } from 'vitest';
import { headlineText, sourceDate, sourceLabel, sourceName, sourceTitle } from '../../../src/story/source-name.ts';
import { statusText } from '../../../src/story/status-text.ts';
import { SourceSchema, type SourceInput } from '../../../src/schemas/source.ts';

const source = (input: Partial<SourceInput>) =>
  SourceSchema.parse({ publisher: 'tvl.network', url: 'https://tvl.network/x', kind: 'news-report', ...input });

describe('sourceName', () => {
  it('names a copy "Original, via Host" and an original by itself', () => {
    expect(sourceName(source({ originalPublisher: 'BBC Africa', title: 't' }))).toBe('BBC Africa, via tvl.network');
    expect(sourceName(source({ title: 't' }))).toBe('tvl.network');
  });
});

describe('sourceTitle and headlineText', () => {
  it('quotes a headline that was seen', () => {
    expect(headlineText(source({ title: 'Officer missing' }))).toBe('“Officer missing”');
  });

  it('shows a title read off the web address unquoted, and says so', () => {
    const s = source({ title: 'Kenya sends 144 more police officers [to] Haiti', titleFromUrl: true });
    expect(sourceTitle(s)).toEqual({
      text: 'Kenya sends 144 more police officers [to] Haiti',
      quoted: false,
      note: '(from the web address)',
    });
    expect(sourceLabel(s)).toBe('tvl.network: Kenya sends 144 more police officers [to] Haiti (from the web address)');
  });

  it('says "No headline recorded" when none was', () => {
    expect(headlineText(source({ noTitleRecorded: true }))).toBe('No headline recorded');
  });
});

describe('sourceDate', () => {
  it('prints the date at its precision, or "Undated", with what a bracketed date refers to', () => {
    expect(sourceDate(source({ title: 't', published: '2025-03-26' }))).toBe('26 March 2025');
    expect(sourceDate(source({ title: 't', dateNote: 'reports the arrival of 6 February 2025' }))).toBe(
      'Undated (reports the arrival of 6 February 2025)',
    );
    expect(sourceDate(source({ title: 't', published: '2025-01-20', dateNote: 'repost' }))).toBe(
      '20 January 2025 (repost)',
    );
  });
});

describe('statusText', () => {
  it('puts the note after the status word, never repeating it', () => {
    expect(statusText('confirmed', 'that the council said so')).toBe('Confirmed: that the council said so');
    expect(statusText('reported')).toBe('Reported');
  });
});
