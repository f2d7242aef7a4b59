import { describe, expect, it } from 'vitest';
import Citation from '../../../src/components/sourcing/Citation.astro';
import CorrectionsContact from '../../../src/components/sourcing/CorrectionsContact.astro';
import { SourceSchema, type SourceInput } from '../../../src/schemas/source.ts';
import { renderComponent } from './render.ts';

const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&#34;|&quot;/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
const source = (input: Partial<SourceInput>) =>
  SourceSchema.parse({ publisher: 'tvl.network', url: 'https://tvl.network/x', kind: 'news-report', ...input });

describe('Citation', () => {
  it('names a copy "Original, via Host" before its linked headline and date', async () => {
    const html = await renderComponent(Citation, {
      source: source({ originalPublisher: 'BBC Africa', title: 'Officer missing', published: '2025-03-26' }),
    });
    expect(text(html)).toBe('BBC Africa, via tvl.network: “Officer missing”, 26 March 2025');
    expect(html).toMatch(/<a href="https:\/\/tvl.network\/x"[^>]*>“Officer missing”<\/a>/);
  });

  it('shows an undated page as undated, a title from the address unquoted and marked, and the writer', async () => {
    const html = await renderComponent(Citation, {
      source: source({
        originalPublisher: 'AP',
        author: 'Evelyne Musambi',
        title: 'The body arrives home',
        titleFromUrl: true,
        dateNote: 'reports an arrival of 10 March 2025',
      }),
    });
    expect(text(html)).toBe(
      'AP, via tvl.network: The body arrives home (from the web address) by Evelyne Musambi, Undated (reports an arrival of 10 March 2025)',
    );
  });

  it('says "No headline recorded" for a page without one', async () => {
    const html = await renderComponent(Citation, { source: source({ noTitleRecorded: true }) });
    expect(text(html)).toBe('tvl.network: No headline recorded, Undated');
  });
});

describe('CorrectionsContact', () => {
  it('says plainly that no contact has been configured when none is set', async () => {
    const html = await renderComponent(CorrectionsContact, {});
    expect(text(html)).toContain('No contact address for reporting errors has been configured');
    expect(html).not.toContain('mailto:');
  });

  it('links the contact when one is set', async () => {
    const html = await renderComponent(CorrectionsContact, { contact: 'corrections@example.org' });
    expect(html).toContain('<a href="mailto:corrections@example.org">corrections@example.org</a>');
  });
});
