import { describe, expect, it } from 'vitest';
import { yamlLineFinder } from '../../../src/content/yaml-lines.ts';

const YAML = [
  'title: A story', // line 2 of the file (front matter starts on line 2)
  'corrections:',
  '  - date: "2025-03-27"',
  '    settledBy:',
  '      - event:first',
  '      - event:second',
  '  - date: "2025-03-28"',
  '    settledBy: [fact:a, fact:b]',
  'sources: [a,',
  '  b]',
].join('\n');

describe('lines of YAML fields', () => {
  const lineOf = yamlLineFinder(YAML, 2);

  it('finds top-level keys and items of nested lists exactly', () => {
    expect(lineOf(['title'])).toBe(2);
    expect(lineOf(['corrections'])).toBe(3);
    expect(lineOf(['corrections', 0])).toBe(4);
    expect(lineOf(['corrections', 0, 'settledBy'])).toBe(5);
    expect(lineOf(['corrections', 0, 'settledBy', 1])).toBe(7);
    expect(lineOf(['corrections', 1, 'settledBy', 1])).toBe(9);
    expect(lineOf(['sources', 1])).toBe(11);
  });

  it('falls back to the deepest part that exists, and knows nothing of absent fields', () => {
    expect(lineOf(['corrections', 1, 'quote'])).toBe(8);
    expect(lineOf(['corrections', 9])).toBe(3);
    expect(lineOf(['updated'])).toBeUndefined();
  });
});
