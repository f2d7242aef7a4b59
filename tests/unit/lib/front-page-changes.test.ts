import { describe, expect, it } from 'vitest';
import { frontPageChanges, type ChangeLine } from '../../../src/story/what-changed.ts';

const line = (n: number, own = false): ChangeLine => ({
  href: `/timeline/e${n}/#e${n}-update-1`,
  label: `Updated ${n} March 2025`,
  date: { precision: 'day', year: 2025, month: 3, day: n } as ChangeLine['date'],
  what: `event ${n}`,
  ...(own ? { own: { anchor: `article-update-${n}`, note: 'A note.' } } : {}),
});

describe('frontPageChanges', () => {
  it('keeps the latest few changes, in order', () => {
    const all = [9, 8, 7, 6, 5, 4, 3].map((n) => line(n));
    expect(frontPageChanges(all, 3).map((l) => l.what)).toEqual(['event 9', 'event 8', 'event 7']);
  });

  it('keeps every update to the front page itself, which has no other place and whose anchor the feed links to', () => {
    const all = [line(9), line(8), line(2, true), line(1)];
    expect(frontPageChanges(all, 1).map((l) => l.what)).toEqual(['event 9', 'event 2']);
  });

  it("leaves out the article's notes, which the front page lists in full above", () => {
    const note = { ...line(9), articleNote: true as const };
    expect(frontPageChanges([note, line(8), line(7)], 1).map((l) => l.what)).toEqual(['event 8']);
  });

  it('keeps everything when there are fewer changes than the limit', () => {
    const all = [line(2), line(1)];
    expect(frontPageChanges(all)).toEqual(all);
  });
});
