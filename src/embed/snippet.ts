/**
 * The embed code for one item: an iframe at a fixed height, inside a
 * `data-pym-src` container. A page that runs Pym.js (the newsroom convention)
 * swaps the iframe for one that follows the embed's height; any other page
 * keeps the plain iframe, whose content scrolls inside it.
 */

/** What the snippet needs: the embed's absolute address, the iframe's accessible title and its starting height. */
export interface SnippetInput {
  src: string;
  title: string;
  height: number;
}

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The HTML to paste into another page. */
export function embedSnippet({ src, title, height }: SnippetInput): string {
  const s = escapeAttribute(src);
  const t = escapeAttribute(title);
  return (
    `<div data-pym-src="${s}" data-pym-title="${t}">` +
    `<iframe src="${s}" title="${t}" width="100%" height="${height}" loading="lazy" style="border:0"></iframe>` +
    `</div>`
  );
}
