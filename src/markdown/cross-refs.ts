/**
 * Links in markdown bodies. Editors point at other entries with
 * `[text](event:kaetuai-killed)`; anything else must be an ordinary web,
 * mail or in-site link. Shared by the check and the remark plugin so both
 * judge a link the same way.
 */
import type { Definition, Image, Link, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { parseRef, REF_KINDS, type Ref } from '../schemas/fields/ref.ts';

/** What a link's address turned out to be. */
export type LinkKind = { type: 'ref'; ref: Ref } | { type: 'plain' } | { type: 'bad'; expected: string };

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto']);

/** Sorts a link address into a cross-reference, a plain link, or one that may not be published. */
export function classifyLink(url: string): LinkKind {
  const scheme = SCHEME.exec(url)?.[1]?.toLowerCase();
  if (scheme === undefined || SAFE_SCHEMES.has(scheme)) return { type: 'plain' };
  const ref = parseRef(url);
  if (ref) return { type: 'ref', ref };
  const kinds = REF_KINDS.map((k) => `${k}:<id>`).join(', ');
  return { type: 'bad', expected: `an https:// link or a reference ${kinds} with a kebab-case id` };
}

/** A link, image or link definition in a markdown tree, with its line in the body. */
export interface FoundLink {
  node: Link | Image | Definition;
  url: string;
  line: number | undefined;
}

/** Every link, image and link definition in a tree, in document order. */
export function findLinks(tree: Root): FoundLink[] {
  const found: FoundLink[] = [];
  visit(tree, (node) => {
    if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
      found.push({ node, url: node.url, line: node.position?.start.line });
    }
  });
  return found;
}
