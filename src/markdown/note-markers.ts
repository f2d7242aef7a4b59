/**
 * Visible markers in the article at the words each correction or clarification
 * quotes, linking to its note. Found mechanically from the note's own quote, so
 * a marker cannot drift from its words; the content check already fails when a
 * quote is not in the article.
 */
import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import type { VFile } from 'vfile';
import { correctionAnchor } from '../story/feed.ts';

/** What a marker needs from a note: the words it quotes and its kind. */
export interface NoteQuote {
  quote: string;
  kind: 'correction' | 'clarification';
}

/** The id of the marker for the nth note (0-based), for the note's link back to the text. */
export const markerAnchor = (index: number) => `note-ref-${index + 1}`;

// Curly and straight quotes count as the same character, and runs of white space as one space.
const SAME: Record<string, string> = { '‘': "'", '’': "'", '“': '"', '”': '"' };
const flatten = (text: string) => text.replace(/\s+/g, ' ').replace(/[‘’“”]/g, (c) => SAME[c] ?? c);

interface Spot {
  node: Text;
  parent: Element | Root;
  /** The outermost link around the text, if any: a marker goes after it, never inside it. */
  link: { element: Element; parent: Element | Root } | undefined;
}

/** The marker element for note `index`. */
function marker(index: number, note: NoteQuote): Element {
  const kind = note.kind === 'correction' ? 'Correction' : 'Clarification';
  return {
    type: 'element',
    tagName: 'sup',
    properties: { className: ['note-marker'] },
    children: [
      {
        type: 'element',
        tagName: 'a',
        // The name says what the visible [n] is; hidden text inside the link would widen its hit box.
        properties: { href: `#${correctionAnchor(index)}`, id: markerAnchor(index), ariaLabel: `${kind} ${index + 1}` },
        children: [{ type: 'text', value: `[${index + 1}]` }],
      },
    ],
  };
}

/** Every text node in reading order, with where it sits. */
function textSpots(tree: Root): Spot[] {
  const spots: Spot[] = [];
  const walk = (parent: Element | Root, link: Spot['link']) => {
    for (const child of parent.children as (RootContent | ElementContent)[]) {
      if (child.type === 'text') spots.push({ node: child, parent, link });
      else if (child.type === 'element') {
        walk(child, link ?? (child.tagName === 'a' ? { element: child, parent } : undefined));
      }
    }
  };
  walk(tree, undefined);
  return spots;
}

/**
 * Puts a marker after the last word of each quote, in place; returns the indexes
 * of notes whose words were not found.
 */
export function markQuotes(tree: Root, notes: readonly NoteQuote[]): number[] {
  const spots = textSpots(tree);
  // The flattened text, and for each of its characters the spot and offset it came from.
  let flat = '';
  const origin: { spot: number; offset: number }[] = [];
  spots.forEach((spot, index) => {
    const value = spot.node.value;
    for (let offset = 0; offset < value.length; offset += 1) {
      const char = flatten(value[offset] ?? '');
      if (char === ' ' && flat.endsWith(' ')) continue;
      flat += char;
      origin.push({ spot: index, offset });
    }
  });
  const missing: number[] = [];
  const ends: { index: number; at: { spot: number; offset: number } }[] = [];
  notes.forEach((note, index) => {
    const quote = flatten(note.quote).trim();
    const start = quote === '' ? -1 : flat.indexOf(quote);
    const at = origin[start + quote.length - 1];
    if (start < 0 || !at) missing.push(index);
    else ends.push({ index, at });
  });
  // Latest first, so splitting a text node never moves a place still to be marked.
  ends.sort((a, b) => b.at.spot - a.at.spot || b.at.offset - a.at.offset);
  for (const { index, at } of ends) {
    const spot = spots[at.spot];
    const note = notes[index];
    if (!spot || !note) continue;
    if (spot.link) {
      const siblings = spot.link.parent.children as ElementContent[];
      siblings.splice(siblings.indexOf(spot.link.element) + 1, 0, marker(index, note));
      continue;
    }
    const siblings = spot.parent.children as ElementContent[];
    const position = siblings.indexOf(spot.node);
    const rest = spot.node.value.slice(at.offset + 1);
    spot.node.value = spot.node.value.slice(0, at.offset + 1);
    const after: ElementContent[] = rest === '' ? [] : [{ type: 'text', value: rest }];
    siblings.splice(position + 1, 0, marker(index, note), ...after);
  }
  return missing;
}

/** Reads the notes from a markdown file's front matter; anything else means no notes. */
function notesOf(file: VFile): NoteQuote[] {
  const astro = file.data['astro'] as { frontmatter?: { log?: unknown } } | undefined;
  const list = astro?.frontmatter?.log;
  if (!Array.isArray(list)) return [];
  return list.flatMap((item: unknown): NoteQuote[] => {
    const { quote, kind } = (item ?? {}) as { quote?: unknown; kind?: unknown };
    return typeof quote === 'string' && (kind === 'correction' || kind === 'clarification') ? [{ quote, kind }] : [];
  });
}

/** The rehype plugin: marks the quoted words of a file whose front matter's log quotes the text. */
export function rehypeNoteMarkers() {
  return (tree: Root, file: VFile) => {
    const notes = notesOf(file);
    if (notes.length > 0) markQuotes(tree, notes);
  };
}
