import { describe, expect, it } from 'vitest';
import { yamlCharacterProblems } from '../../../../src/content/yaml-characters.ts';
import { visible } from '../../../../src/content/visible.ts';

const found = (text: string, markdown = false) =>
  yamlCharacterProblems('content/x.yaml', text, markdown).map((p) => `${p.field}: ${p.found} (line ${p.line})`);

describe('characters an editor cannot see in YAML', () => {
  it('names curly quotes wrapped around a value, single or double, in a list too', () => {
    expect(found('title: “A: b”')).toEqual(['title: a curly quote “ at column 8 (line 1)']);
    expect(found('list:\n  - ‘a’')).toEqual(['list: a curly quote ‘ at column 5 (line 2)']);
  });

  it('leaves curly quotes that belong to the text alone', () => {
    expect(found('title: “Propaganda” video, says the mission')).toEqual([]);
    expect(found('title: "“Propaganda”"')).toEqual([]);
    expect(found('title: The officer’s family')).toEqual([]);
  });

  it('names a non-breaking space after a colon, after a dash, or in the indentation', () => {
    expect(found('status:\u00a0confirmed')).toEqual(['status: a non-breaking space (\\u00a0) at column 8 (line 1)']);
    expect(found('sources:\n  -\u00a0a')).toEqual(['sources: a non-breaking space (\\u00a0) at column 4 (line 2)']);
    expect(found('sources:\n\u00a0 - a')).toEqual(['sources: a non-breaking space (\\u00a0) at column 1 (line 2)']);
    expect(found('sources:\n\t- a')).toEqual(['sources: a tab (\\u0009) at column 1 (line 2)']);
  });

  it('allows a non-breaking space inside text, as French typography uses it', () => {
    expect(found('title: "Haïti\u00a0: la mission"')).toEqual([]);
  });

  it('names zero-width characters anywhere, but not a byte-order mark opening the file', () => {
    expect(found('\ufeffsection: open\u200bing\nplace: a\u2060b')).toEqual([
      'section: a zero-width space (\\u200b) at column 14 (line 1)',
      'place: a word joiner (\\u2060) at column 9 (line 2)',
    ]);
  });

  it('counts lines of front matter from the top of the file, and ignores the body', () => {
    expect(found('---\ntitle: a\nplace:\u00a0b\n---\n\nBody\u200b text', true)).toEqual([
      'place: a non-breaking space (\\u00a0) at column 7 (line 3)',
    ]);
  });

  it('shows invisible characters as escapes', () => {
    expect(visible('kaetuai\u200b-killed\u00a0')).toBe('kaetuai\\u200b-killed\\u00a0');
    expect(visible('plain text')).toBe('plain text');
  });
});
