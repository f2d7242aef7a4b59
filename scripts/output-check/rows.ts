/**
 * A long page is mostly rows: the timeline's thousand events, a source's list
 * of the events that cite it. After one edit, one row of such a page has
 * changed and the rest are the bytes checked last time. This finds the rows,
 * and builds the page with only the rows that still need checking, so
 * html-validate reads the page's frame and a few rows instead of megabytes.
 *
 * Pure: text in, offsets out. htmlparser2 only finds where elements start and
 * end; what the page means is still judged by html-validate and parse5.
 */
import { Parser } from 'htmlparser2';

/** One row: an element among many of its parent's children. Offsets are into the page. */
export interface Row {
  start: number;
  end: number;
  /** The open tags of the row's ancestors, outermost first: a row is only the same row in the same place. */
  context: string;
}

// Fewer children than this is a page's frame, not a list of rows.
const MIN_ROWS = 20;
// Children of these are never rows: a head's links and metas, a drawing's paths.
const NOT_LISTS = new Set(['html', 'head', 'svg', 'g', 'math']);

interface Open {
  name: string;
  tag: string;
  start: number;
  children: { start: number; end: number }[];
}

/**
 * The rows of a page, in document order; none inside another. None at all in a page whose elements are
 * not all closed where they should be: such a page is checked whole, as parse5 and html-validate read it.
 */
export function findRows(html: string, minRows = MIN_ROWS): Row[] {
  const open: Open[] = [];
  const found: Row[] = [];
  let loose = false;
  const parser = new Parser(
    {
      onopentag(name) {
        open.push({
          name,
          tag: html.slice(parser.startIndex, parser.endIndex + 1),
          start: parser.startIndex,
          children: [],
        });
      },
      onclosetag(_, implied) {
        const element = open.pop();
        if (!element) return;
        // A void or self-closed element ends where it starts; any other end left implicit means the
        // markup is not a tree of whole elements, and a row's bytes would not be the row it seems.
        if (implied && parser.startIndex !== element.start) loose = true;
        open.at(-1)?.children.push({ start: element.start, end: parser.endIndex + 1 });
        if (element.children.length < minRows || NOT_LISTS.has(element.name)) return;
        const context = [...open, element].map((e) => e.tag).join('');
        for (const child of element.children) found.push({ ...child, context });
      },
    },
    { decodeEntities: false, recognizeSelfClosing: false },
  );
  parser.end(html);
  if (loose) return [];
  // Where rows hold rows (a source's entry, and in it the hundreds of events citing it), the inner ones
  // count: one long row would be checked again after any change to any of its own rows.
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  return found.filter((row, i) => {
    const next = found[i + 1];
    return !(next && next.start < row.end);
  });
}

/** A page with some rows left out, and where each of its parts came from. */
export interface Reduced {
  html: string;
  /** Pieces of the page kept, in order: `from` in `html` is `start` in the page, for `length` characters. */
  pieces: { from: number; start: number; length: number }[];
}

/** The page without the rows `drop` says to leave out. */
export function withoutRows(html: string, rows: readonly Row[], drop: (row: Row, index: number) => boolean): Reduced {
  const pieces: Reduced['pieces'] = [];
  let text = '';
  let at = 0;
  const keep = (end: number) => {
    if (end > at) pieces.push({ from: text.length, start: at, length: end - at });
    text += html.slice(at, end);
  };
  rows.forEach((row, index) => {
    if (!drop(row, index)) return;
    keep(row.start);
    at = row.end;
  });
  keep(html.length);
  return { html: text, pieces };
}

/** The index of the last of `sorted` whose key is at most `value`, or -1 if none is. */
function lastAtMost<T>(sorted: readonly T[], value: number, key: (item: T) => number): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (key(sorted[mid] as T) <= value) low = mid + 1;
    else high = mid - 1;
  }
  return high;
}

/** Where an offset into the reduced page falls in the page itself. */
export function pageOffset(reduced: Reduced, offset: number): number {
  const piece = reduced.pieces[lastAtMost(reduced.pieces, offset, (p) => p.from)];
  return piece ? piece.start + (offset - piece.from) : offset;
}

/** The index of the row holding a page offset, or -1 for the page's frame. */
export function rowAt(rows: readonly Row[], offset: number): number {
  const i = lastAtMost(rows, offset, (row) => row.start);
  return i >= 0 && offset < (rows[i]?.end ?? 0) ? i : -1;
}

/** "line:column" of offsets into `html`, both counted from 1, as html-validate reports them. */
export function lineColumns(html: string): (offset: number) => string {
  const starts = [0];
  for (let i = html.indexOf('\n'); i >= 0; i = html.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    const line = Math.max(
      0,
      lastAtMost(starts, offset, (start) => start),
    );
    return `${line + 1}:${offset - (starts[line] ?? 0) + 1}`;
  };
}
