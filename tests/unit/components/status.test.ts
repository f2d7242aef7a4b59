import { describe, expect, it } from 'vitest';
import StatusBadge from '../../../src/components/entry/StatusBadge.astro';
import StatusLegend from '../../../src/components/timeline/StatusLegend.astro';
import { STATUSES, STATUS_MEANINGS } from '../../../src/schemas/fields/status.ts';
import { renderComponent } from './render.ts';

/** Visible text, with block boundaries read as spaces. */
const text = (html: string) =>
  html
    .replace(/<\/(?:dt|dd|h2|div)>/g, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ')
    .trim();

describe('StatusBadge', () => {
  it.each(STATUSES)('says %s in words, prefixed for screen readers', async (status) => {
    const html = await renderComponent(StatusBadge, { status });
    expect(text(html)).toBe(`Status: ${status}`);
    expect(html).toMatch(new RegExp(`class="badge ${status}[" ]`));
    expect(html).toContain('class="visually-hidden"');
  });

  it('puts its note right after the word, as "confirmed: that the council said so"', async () => {
    const html = await renderComponent(StatusBadge, { status: 'confirmed', note: 'that the council said so' });
    expect(text(html)).toBe('Status: confirmed: that the council said so');
  });
});

describe('StatusLegend', () => {
  it('explains every status in order', async () => {
    const html = await renderComponent(StatusLegend, {});
    const words = text(html);
    let from = 0;
    for (const status of STATUSES) {
      const at = words.indexOf(`Status: ${status} ${STATUS_MEANINGS[status]}`, from);
      expect(at, status).toBeGreaterThanOrEqual(from);
      from = at;
    }
  });
});
