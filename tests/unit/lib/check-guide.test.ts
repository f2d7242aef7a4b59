import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MORE_CASES } from './broken-cases.ts';

const guide = readFileSync(join(import.meta.dirname, '../../../EDITING.md'), 'utf8');
const start = guide.indexOf('### When the check says…');
const section = guide.slice(start, guide.indexOf('\n## ', start)).replaceAll('**', '').replace(/\s+/g, ' ');

// For each broken fixture, the words of its message that EDITING.md's "When the check says…" quotes.
const QUOTED: Record<string, string> = {
  symlink: 'found a symbolic link',
  'curly-quotes': 'found a curly quote “',
  'nbsp-after-colon': 'found a non-breaking space',
  'zero-width-character': 'a zero-width space',
  'zero-width-file-name': '\\u200b',
  'event-id-is-section-id': 'already used by content/sections/',
  'ref-to-other-kind': 'which is an event (content/events), not a fact',
  'future-date': 'a date that has not come yet',
  'event-updated-before-date': 'before the event itself',
  'updated-before-published': 'before the article was published',
  'heading-in-body': 'found a heading',
  'footnote-in-body': 'found a footnote',
  'image-in-body': 'found an image',
  'link-leads-nowhere': 'a page the site does not have',
  'http-link-in-body': 'a plain http:// link',
  'body-too-large': 'found a text of',
  'empty-article-body': 'found no text below the fields',
  'reserved-id': 'which the page it is shown on uses for itself',
  'link-in-field': 'without links: [words](…) links work only in the text below the fields',
  'country-misspelt': 'spelt as the site spells it',
  'bad-site-settings': 'an ISO 3166-1 country code',
  'place-in-another-country': 'a point in',
  'percentage-as-fraction': 'with unit "%" (it would read',
  'unit-placeholder': 'which says nothing after the number',
};
// Fixtures that pin a fix to an older message (its line number) rather than a new message.
const NOT_NEW = new Set(['nested-item-line']);

describe('EDITING.md, "When the check says…"', () => {
  it('quotes a message of every rule added for issue 15', () => {
    expect(start).toBeGreaterThan(0);
    const named = MORE_CASES.map(([name]) => name).filter((name) => !NOT_NEW.has(name));
    expect(Object.keys(QUOTED).sort()).toEqual(named.sort());
  });

  it.each(Object.entries(QUOTED))('quotes words the check really prints for %s', (name, words) => {
    const lines = MORE_CASES.find(([fixture]) => fixture === name)?.[1] ?? [];
    expect(lines.some((line) => line.includes(words))).toBe(true);
    expect(section).toContain(words);
  });
});
