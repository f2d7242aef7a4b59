import { describe, expect, it } from 'vitest';
import { pageKey } from '../../../src/data/page-key.ts';

const event = () => ({
  id: 'an-event',
  digest: 'abc',
  body: 'The text.',
  rendered: { html: '<p>The text.</p>' },
  data: { title: 'A title', date: { year: 2025, month: 2 }, sources: ['one', 'two'] },
});

describe('pageKey', () => {
  it('is the same for equal data, whichever objects hold it', () => {
    expect(pageKey({ a: 'site' }, event())).toBe(pageKey({ a: 'site' }, event()));
  });

  it('changes when any field anywhere inside changes', () => {
    const base = pageKey(event());
    const edits: ((e: ReturnType<typeof event>) => void)[] = [
      (e) => (e.data.title = 'Another title'),
      (e) => (e.data.date.month = 3),
      (e) => e.data.sources.push('three'),
      (e) => (e.data.sources[1] = 'four'),
      (e) => (e.digest = 'abd'),
      (e) => (e.id = 'another-event'),
    ];
    for (const change of edits) {
      const changed = event();
      change(changed);
      expect(pageKey(changed)).not.toBe(base);
    }
  });

  it('tells apart values that print alike', () => {
    expect(pageKey(['1'])).not.toBe(pageKey([1]));
    expect(pageKey({ a: [] })).not.toBe(pageKey({ a: {} }));
    expect(pageKey({ a: 'b', c: 'd' })).not.toBe(pageKey({ a: 'b,"c":"d"' }));
    expect(pageKey(null)).not.toBe(pageKey('null'));
  });

  it("leaves out rendered HTML, and a body beside Astro's digest of the whole file", () => {
    const other = { ...event(), body: 'Other text.', rendered: { html: '<p>Other.</p>' } };
    expect(pageKey(other)).toBe(pageKey(event()));
    // Without a digest the body is the only trace of the text, so it counts.
    expect(pageKey({ body: 'One.' })).not.toBe(pageKey({ body: 'Two.' }));
  });

  it('reads Dates as their instant', () => {
    expect(pageKey({ at: new Date('2025-02-23') })).toBe(pageKey({ at: new Date('2025-02-23T00:00:00Z') }));
    expect(pageKey({ at: new Date('2025-02-23') })).not.toBe(pageKey({ at: new Date('2025-02-24') }));
  });
});
