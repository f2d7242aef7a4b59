/**
 * Raw HTML in markdown bodies. Editors write markdown; the few inline tags
 * that markdown has no syntax for are allowed, anything else is refused with
 * the line and the tag, before it can reach a reader's browser.
 */
import type { Html, Root } from 'mdast';
import { visit } from 'unist-util-visit';

/** Tags an editor may write in a body, and why each is harmless: text-level, no attributes needed. */
export const ALLOWED_TAGS = ['abbr', 'sup', 'sub', 'br'] as const;

const TAG = /<\/?\s*([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>/g;

/** A piece of raw HTML that may not be published. */
export interface RawHtmlFinding {
  line: number | undefined;
  tag: string;
}

/** Why one fragment of raw HTML is refused, or undefined when it is allowed. */
function refusal(fragment: string): string | undefined {
  if (/^<!--[\s\S]*-->$/.test(fragment.trim())) return undefined;
  const tags = [...fragment.matchAll(TAG)];
  if (tags.length === 0) return fragment.trim().slice(0, 40);
  for (const [whole, name = '', attributes = ''] of tags) {
    const allowed = (ALLOWED_TAGS as readonly string[]).includes(name.toLowerCase());
    // Allowed tags carry no attributes except a plain title on <abbr>.
    const plain = attributes.trim() === '' || attributes.trim() === '/' || /^title="[^"<>]*"$/.test(attributes.trim());
    if (!allowed || !plain) return whole.slice(0, 60);
  }
  return undefined;
}

/** Every raw HTML fragment in a markdown tree that is not on the allowlist. */
export function findRawHtml(tree: Root): RawHtmlFinding[] {
  const found: RawHtmlFinding[] = [];
  visit(tree, 'html', (node: Html) => {
    const tag = refusal(node.value);
    if (tag !== undefined) found.push({ line: node.position?.start.line, tag });
  });
  return found;
}
