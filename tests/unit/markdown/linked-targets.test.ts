import { describe, expect, it } from 'vitest';
import { linkedTargets } from '../../../src/markdown/linked-targets.ts';
import type { Ref } from '../../../src/schemas/fields/ref.ts';

const dates: Record<string, string> = { 'an-event': '23 February 2025', 'other-event': '1 March 2025' };
const resolve = (ref: Ref) =>
  ref.kind === 'event' && dates[ref.id] ? { href: `/timeline/${ref.id}/`, hint: dates[ref.id] } : undefined;

describe('linkedTargets', () => {
  it('is empty for a body that links nowhere in the story', () => {
    expect(linkedTargets('Plain text with [a link](https://example.org).', resolve)).toBe('');
  });

  it('names each target once, whatever the order or the form of the link', () => {
    const inline = linkedTargets(
      '[one](event:an-event) and [two](event:other-event) and [again](event:an-event)',
      resolve,
    );
    const definitions = linkedTargets('[two][b] [one][a]\n\n[a]: event:an-event\n[b]: event:other-event\n', resolve);
    expect(inline).toBe(definitions);
    expect(inline.split('\n')).toHaveLength(2);
  });

  it('changes when a target moves, and not when the linking text does', () => {
    const before = linkedTargets('He [died that day](event:an-event).', resolve);
    dates['an-event'] = '24 February 2025';
    expect(linkedTargets('He [died that day](event:an-event).', resolve)).not.toBe(before);
    expect(linkedTargets('He [died](event:an-event), it was said.', resolve)).toBe(
      linkedTargets('He [died that day](event:an-event).', resolve),
    );
  });

  it('keeps a reference to an entry that does not exist, so creating it renders the body again', () => {
    expect(linkedTargets('[soon](event:not-yet)', resolve)).toBe('event:not-yet null');
  });
});
