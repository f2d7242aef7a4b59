import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { markQuotes, rehypeNoteMarkers, type NoteQuote } from '../../../src/markdown/note-markers.ts';

/** Marks an HTML fragment and returns the HTML and the notes not found. */
function mark(html: string, notes: NoteQuote[]): { html: string; missing: number[] } {
  const tree = fromHtml(html, { fragment: true });
  const missing = markQuotes(tree, notes);
  return { html: toHtml(tree), missing };
}

const marker = (n: number, kind = 'Correction') =>
  `<sup class="note-marker"><a href="#correction-${n}" id="note-ref-${n}" aria-label="${kind} ${n}">[${n}]</a></sup>`;

describe('markQuotes', () => {
  it('puts a marker right after the last word of each quote, numbered by the note', () => {
    const { html, missing } = mark('<p>It happened on Tuesday in the town.</p>', [
      { quote: 'in the town', kind: 'clarification' },
      { quote: 'on Tuesday', kind: 'correction' },
    ]);
    expect(missing).toEqual([]);
    expect(html).toBe(`<p>It happened on Tuesday${marker(2)} in the town${marker(1, 'Clarification')}.</p>`);
  });

  it('finds a quote across line breaks, curly or straight quotes, and places the marker after a link, not in it', () => {
    const { html } = mark('<p>the “rescue\n teams” <a href="/x">launched an attack</a>, the mission said</p>', [
      { quote: 'the "rescue teams" launched an attack', kind: 'correction' },
    ]);
    expect(html).toBe(`<p>the “rescue\n teams” <a href="/x">launched an attack</a>${marker(1)}, the mission said</p>`);
  });

  it('reports the notes whose words the text does not hold, and marks nothing for them', () => {
    expect(mark('<p>on Tuesday</p>', [{ quote: 'on Wednesday', kind: 'correction' }]).missing).toEqual([0]);
  });

  it('marks two quotes that end in the same text node, the later first, so neither moves', () => {
    const { html } = mark('<p>one two three four</p>', [
      { quote: 'one two', kind: 'correction' },
      { quote: 'three', kind: 'correction' },
    ]);
    expect(html).toBe(`<p>one two${marker(1)} three${marker(2)} four</p>`);
  });
});

describe('rehypeNoteMarkers', () => {
  it('marks the words quoted in the front matter of the file it renders, through the real processor', async () => {
    const processor = await createMarkdownProcessor({ rehypePlugins: [rehypeNoteMarkers] });
    const log = [{ quote: 'Last month', kind: 'clarification' }];
    const { code } = await processor.render('Last month, he was wounded.', { frontmatter: { log } });
    expect(code).toBe(`<p>Last month${marker(1, 'Clarification')}, he was wounded.</p>`);
  });

  it('leaves files without corrections alone', async () => {
    const processor = await createMarkdownProcessor({ rehypePlugins: [rehypeNoteMarkers] });
    expect((await processor.render('Last month, he was wounded.', { frontmatter: {} })).code).toBe(
      '<p>Last month, he was wounded.</p>',
    );
  });
});
