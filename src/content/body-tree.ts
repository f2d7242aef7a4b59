/**
 * A markdown body as the site's renderer reads it: mdast with the GFM
 * extensions (footnotes, tables, autolinks, strikethrough) that Astro's
 * pipeline turns on, so the check judges a body the way it renders. Each
 * distinct body is parsed once per process, however many checks look at it.
 */
import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';

// Bodies of a few thousand entries fit easily; past that the oldest go, so a long dev session cannot grow without end.
const LIMIT = 5000;
const trees = new Map<string, Root>();
let parses = 0;

/** The body's mdast tree (positions are lines of the body, from 1); the same tree for the same text. Read it, do not change it. */
export function bodyTree(body: string): Root {
  const known = trees.get(body);
  if (known) return known;
  parses += 1;
  const tree = fromMarkdown(body, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  if (trees.size >= LIMIT) trees.delete(trees.keys().next().value as string);
  trees.set(body, tree);
  return tree;
}

/** How many bodies this process has parsed (for the benchmark and the tests of "once"). */
export function bodyParses(): number {
  return parses;
}
