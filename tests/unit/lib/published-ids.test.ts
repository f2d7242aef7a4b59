import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/check/check-content.ts';
import { LEDGER_FILE, parseLedger, recordIds } from '../../../src/content/published-ids.ts';

const { content } = checkContent(join(import.meta.dirname, '../../fixtures/valid'));

describe('recordIds', () => {
  it('adds live ids, keeps every id already published, and sorts', () => {
    const text = recordIds({ timeline: ['zz-gone-but-kept'], facts: [], sources: [] }, content);
    expect(JSON.parse(text)).toMatchObject({
      timeline: ['first-event', 'opening', 'second-event', 'zz-gone-but-kept'],
      facts: ['a-figure'],
      sources: ['first-report', 'fourth-report', 'second-report', 'third-report'],
    });
  });

  it('is stable: recording twice changes nothing', () => {
    const once = recordIds({ timeline: [], facts: [], sources: [] }, content);
    expect(recordIds(parseLedger(once).ledger, content)).toBe(once);
  });
});

describe('parseLedger', () => {
  it('says the file is broken and how to mend it', () => {
    expect(parseLedger('{ "timeline": [1] ').problems[0]).toMatchObject({
      file: LEDGER_FILE,
      field: 'file',
      expected: 'the file as the build writes it; restore it from git',
    });
    expect(parseLedger('{"timeline": "x", "facts": [], "sources": []}').problems).toEqual([
      { file: LEDGER_FILE, field: 'timeline', found: '"x"', expected: 'a list of ids; restore the file from git' },
    ]);
  });
});

describe('the real ledger', () => {
  it('records every live id of the real content (a build adds new ones; commit the file)', () => {
    const root = join(import.meta.dirname, '../../..');
    const { problems, content: real } = checkContent(root);
    expect(problems).toEqual([]);
    const ledger = parseLedger(JSON.stringify(JSON.parse(recordIds({ timeline: [], facts: [], sources: [] }, real))));
    expect(ledger.problems).toEqual([]);
  });
});
