import { describe, expect, it } from 'vitest';
import EventTime from '../../../src/components/entry/EventTime.astro';
import FormattedDate from '../../../src/components/entry/FormattedDate.astro';
import { EventSchema, type EventInput } from '../../../src/schemas/event.ts';
import { PartialDateSchema } from '../../../src/schemas/fields/partial-date.ts';
import { describeWhen } from '../../../src/story/when.ts';
import { renderComponent } from './render.ts';

const event = (input: Partial<EventInput>) =>
  EventSchema.parse({
    title: 't',
    summary: 's',
    date: '2025-03-25',
    place: 'p',
    section: 's',
    status: 'confirmed',
    sources: ['x'],
    ...input,
  });

describe('FormattedDate', () => {
  it.each([
    ['2025-03-25', '<time datetime="2025-03-25">25 March 2025</time>'],
    ['2025-03', '<time datetime="2025-03">March 2025</time>'],
    ['2025', '<time datetime="2025">2025</time>'],
  ])('renders %s at its precision', async (text, html) => {
    expect(await renderComponent(FormattedDate, { date: PartialDateSchema.parse(text) })).toBe(html);
  });

  it('passes other attributes through to <time>', async () => {
    const html = await renderComponent(FormattedDate, { date: PartialDateSchema.parse('2025'), class: 'stamp' });
    expect(html).toBe('<time datetime="2025" class="stamp">2025</time>');
  });
});

describe('EventTime', () => {
  // Precision × time zone: the text never claims more than the content knows.
  describe.each<[Partial<EventInput>, string, string]>([
    [{ date: '2025-03-25' }, '2025-03-25', '25 March 2025'],
    [{ date: '2025-03' }, '2025-03', 'March 2025'],
    [{ date: '2025-06', approximate: true }, '2025-06', 'about June 2025'],
    [{ date: '2025' }, '2025', '2025'],
    [
      { date: '2025-03-25', time: '16:30', timeZone: 'America/Port-au-Prince', approximate: true },
      '2025-03-25T16:30-04:00',
      '25 March 2025, about 16:30 Port-au-Prince time (UTC−4)',
    ],
    [
      { date: '2025-01-15', time: '09:05', timeZone: 'America/Port-au-Prince' },
      '2025-01-15T09:05-05:00',
      '15 January 2025, 09:05 Port-au-Prince time (UTC−5)',
    ],
    [
      { date: '2025-09-25', time: '14:00', timeZone: 'Africa/Nairobi' },
      '2025-09-25T14:00+03:00',
      '25 September 2025, 14:00 Nairobi time (UTC+3)',
    ],
  ])('for %o', (input, datetime, text) => {
    it(`renders datetime="${datetime}" and reads "${text}"`, async () => {
      const html = await renderComponent(EventTime, { when: describeWhen(event(input)) });
      expect(html).toBe(`<time datetime="${datetime}">${text}</time>`);
    });
  });

  it('shows only the date when asked to be short, keeping the full datetime', async () => {
    const when = describeWhen(event({ time: '16:30', timeZone: 'America/Port-au-Prince' }));
    expect(await renderComponent(EventTime, { when, short: true })).toBe(
      '<time datetime="2025-03-25T16:30-04:00">25 March 2025</time>',
    );
  });
});
