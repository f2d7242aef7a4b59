import { describe, expect, it } from 'vitest';
import { findRows, lineColumns, pageOffset, rowAt, withoutRows } from '../../../scripts/output-check/rows.ts';

const row = (i: number) => `<li><a href="/e${i}/">Event ${i}</a></li>`;
const list = (n: number, from = 0) => Array.from({ length: n }, (_, i) => row(from + i)).join('\n');
const page = (body: string) =>
  `<!doctype html><html lang="en"><head>${'<meta name="x" content="y">'.repeat(25)}<title>T</title></head>` +
  `<body><main><h1>H</h1>${body}</main></body></html>`;

describe('findRows', () => {
  it("finds each child of a long list, with its ancestors' open tags as its place", () => {
    const html = page(`<ol class="timeline">${list(25)}</ol>`);
    const rows = findRows(html);
    expect(rows).toHaveLength(25);
    expect(html.slice(rows[3]?.start, rows[3]?.end)).toBe(row(3));
    expect(rows[0]?.context).toBe('<html lang="en"><body><main><ol class="timeline">');
  });

  it('leaves short lists, a head full of metas and a drawing full of paths in the frame', () => {
    const svg = `<svg viewBox="0 0 1 1">${'<path d="M0 0"></path>'.repeat(30)}</svg>`;
    expect(findRows(page(`<ol>${list(19)}</ol>${svg}`))).toEqual([]);
  });

  it('finds none in a page with an element left open, where rows would not be what they seem', () => {
    expect(findRows(page(`<ol>${list(25)}</ol>`))).toHaveLength(25);
    expect(findRows(page(`<ol>${list(12)}<li><span>open${list(12, 12)}</ol>`))).toEqual([]);
    expect(findRows(page(`<ol>${list(25).replaceAll('</li>', '')}</ol>`))).toEqual([]);
    // Void and self-closed elements end where they start.
    const icons = list(25).replaceAll('</a>', '</a><br><svg><path d="M0 0"/></svg>');
    expect(findRows(page(`<ol>${icons}</ol>`))).toHaveLength(25);
  });

  it('counts the inner rows where rows hold rows, and the outer rows beside them', () => {
    const inner = `<li>Cited by <p>${Array.from({ length: 30 }, (_, i) => `<a href="/c${i}/">c${i}</a>`).join(', ')}</p></li>`;
    const html = page(`<ol>${list(10)}${inner}${list(10, 10)}</ol>`);
    const rows = findRows(html).map((r) => html.slice(r.start, r.end));
    expect(rows).toHaveLength(50);
    expect(rows.slice(9, 12)).toEqual([row(9), '<a href="/c0/">c0</a>', '<a href="/c1/">c1</a>']);
    expect(rows.at(-1)).toBe(row(19));
  });
});

describe('withoutRows', () => {
  const html = page(`<ol>${list(30)}</ol>`);
  const rows = findRows(html);

  it('leaves out the rows asked for, and maps every offset back onto the page', () => {
    const reduced = withoutRows(html, rows, (_, i) => i !== 7);
    expect(reduced.html).toBe(
      html.slice(0, rows[0]?.start) + '\n'.repeat(7) + row(7) + '\n'.repeat(22) + html.slice(rows[29]?.end),
    );
    const at = reduced.html.indexOf('Event 7');
    expect(pageOffset(reduced, at)).toBe(html.indexOf('Event 7<'));
    expect(pageOffset(reduced, reduced.html.indexOf('</main>'))).toBe(html.indexOf('</main>'));
    expect(rowAt(rows, html.indexOf('Event 7<'))).toBe(7);
    expect(rowAt(rows, html.indexOf('</main>'))).toBe(-1);
  });

  it('is the page itself when nothing is left out', () => {
    const reduced = withoutRows(html, rows, () => false);
    expect(reduced.html).toBe(html);
    expect(pageOffset(reduced, 1234)).toBe(1234);
  });
});

describe('lineColumns', () => {
  it('counts lines and columns from 1', () => {
    const where = lineColumns('ab\ncd\n\nef');
    expect([0, 1, 3, 6, 7, 8].map(where)).toEqual(['1:1', '1:2', '2:1', '3:1', '4:1', '4:2']);
  });
});
