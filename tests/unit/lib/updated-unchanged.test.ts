import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/content/problem.ts';
import { missingLogEntries } from '../../../scripts/lib/updated-unchanged.ts';

const event = (fields: { status?: string; title?: string; sources?: string; log?: string } = {}) =>
  [
    '---',
    `title: ${fields.title ?? 'An event'}`,
    'date: "2025-03-25"',
    `status: ${fields.status ?? 'reported'}`,
    `sources: [${fields.sources ?? 'first-report'}]`,
    ...(fields.log ? ['log:', fields.log] : []),
    '---',
    '',
    'Body.',
    '',
  ].join('\n');

const entry =
  '  - date: "2025-12-10"\n    kind: update\n    note: A second report confirms it.\n    previous: reported';

const check = (file: string, before: string, after: string) =>
  missingLogEntries([{ file, before, after }], '2025-12-10').map(formatProblem);

describe('missingLogEntries', () => {
  it('fails a status change without a new log entry, naming the field, both values, and the entry to add', () => {
    expect(check('content/events/x.md', event(), event({ status: 'confirmed' }))).toEqual([
      [
        'content/events/x.md: status: found "confirmed" at line 4 ("reported" in the last commit), with no new log entry, expected a dated note of the change for readers; add it at the end of the file\'s log (without "previous" if nothing was replaced):',
        '    log:',
        '      - date: "2025-12-10"',
        '        kind: update # or correction, if the old value was wrong',
        '        note: "What changed and why, in one sentence."',
        '        previous: "reported"',
      ].join('\n'),
    ]);
  });

  it('passes the same change once a log entry is added', () => {
    expect(check('content/events/x.md', event(), event({ status: 'confirmed', log: entry }))).toEqual([]);
  });

  it('still fails a second change when the log entry was already there in the last commit', () => {
    const before = event({ status: 'confirmed', log: entry });
    expect(check('content/events/x.md', before, event({ status: 'disputed', log: entry }))).toHaveLength(1);
  });

  it('lists changed sources by id and suggests no "previous" for them', () => {
    const [problem] = check('content/events/x.md', event(), event({ sources: 'first-report, second-report' }));
    expect(problem).toContain(
      'sources: found [first-report, second-report] at line 5 ([first-report] in the last commit)',
    );
    expect(problem).not.toContain('previous:');
  });

  it('fails a corrected figure of a fact', () => {
    const fact = (value: number) =>
      `---\nlabel: Killed\nvalue: ${value}\nunit: people\nasOf: "2024"\nsources: [a]\n---\n`;
    expect(check('content/facts/x.md', fact(5500), fact(5601))[0]).toContain(
      'content/facts/x.md: value: found 5601 at line 3 (5500 in the last commit), with no new log entry',
    );
  });

  it('needs no entry for other edits, such as a typo in the title or the body', () => {
    expect(check('content/events/x.md', event({ title: 'An evnet' }), event({ title: 'An event' }))).toEqual([]);
    expect(check('content/events/x.md', event(), event().replace('Body.', 'The body.'))).toEqual([]);
  });

  it('checks only entries that keep a log, in their own folder', () => {
    expect(check('content/sources/x.yaml', 'title: Old\nurl: a\n', 'title: New\nurl: b\n')).toEqual([]);
    expect(check('content/events/deeper/x.md', event(), event({ status: 'confirmed' }))).toEqual([]);
  });

  it('stays quiet about a file that no longer parses, which the check reports as an error', () => {
    expect(check('content/events/x.md', event(), '---\ntitle: [unclosed\n---\n')).toEqual([]);
  });
});
