import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/content/problem.ts';
import { updatedUnchanged } from '../../../scripts/lib/updated-unchanged.ts';

const event = (updated: string | undefined, title: string) =>
  `---\ntitle: ${title}\n${updated === undefined ? '' : `updated: "${updated}"\n`}---\n\nBody.\n`;

const check = (file: string, before: string, after: string) =>
  updatedUnchanged([{ file, before, after }], '2025-12-10').map(formatProblem);

describe('updatedUnchanged', () => {
  it('warns when a changed entry keeps the same updated date, at its line', () => {
    expect(check('content/events/x.md', event('2025-12-05', 'Old'), event('2025-12-05', 'New'))).toEqual([
      'content/events/x.md: updated: found "2025-12-05", the same as in the last commit, though the file changed, expected the day of this change, updated: "2025-12-10" (leave it only when the change is not one of substance, such as a typo) (line 3)',
    ]);
  });

  it('warns when a changed entry has no updated date at all', () => {
    expect(check('content/facts/x.md', event(undefined, 'Old'), event(undefined, 'New'))).toEqual([
      'content/facts/x.md: updated: found nothing, though the file changed since the last commit, expected the day of this change, updated: "2025-12-10" (leave it only when the change is not one of substance, such as a typo)',
    ]);
  });

  it('is satisfied when updated changed too', () => {
    expect(check('content/events/x.md', event('2025-12-05', 'Old'), event('2025-12-10', 'New'))).toEqual([]);
  });

  it("counts a new correction's date as the article's update", () => {
    const article = (corrections: string) =>
      `---\ntitle: Story\nupdated: "2025-12-05"\ncorrections:\n${corrections}---\n`;
    const first = '  - date: "2025-12-05"\n    quote: a\n';
    const second = '  - date: "2025-12-10"\n    quote: b\n';
    expect(check('content/article/story.md', article(first), article(first + second))).toEqual([]);
    expect(check('content/article/story.md', article(first), article(first.replace('a', 'c')))).toEqual([
      'content/article/story.md: updated: found "2025-12-05", the same as in the last commit, though the file changed, expected the day of this change, updated: "2025-12-10", or a new correction dated today (leave it only when the change is not one of substance, such as a typo) (line 3)',
    ]);
  });

  it('checks the article, events and facts only, which are the entries that carry updated', () => {
    expect(check('content/article/story.md', event('2025-12-05', 'Old'), event('2025-12-05', 'New'))).toHaveLength(1);
    expect(check('content/sources/x.yaml', 'title: Old\n', 'title: New\n')).toEqual([]);
    expect(check('content/sections/x.md', event(undefined, 'Old'), event(undefined, 'New'))).toEqual([]);
    expect(check('content/events/deeper/x.md', event(undefined, 'Old'), event(undefined, 'New'))).toEqual([]);
  });

  it('stays quiet about a file that no longer parses, which the check reports as an error', () => {
    expect(check('content/events/x.md', event('2025-12-05', 'Old'), '---\ntitle: [unclosed\n---\n')).toEqual([]);
  });
});
