/**
 * Makes every link in an embed's HTML leave the frame: the site's own pages
 * replace the whole window the embed sits in (`target="_top"`), other sites
 * open in a new tab with neither the embedding page nor its address handed on.
 * Pure, over the HTML the site's own components render (attribute values in
 * double quotes, as Astro and rehype write them).
 */

/** Where the embed is served and which real page stands for it, both absolute. */
export interface FrameContext {
  /** The embed page's own address, which relative links resolve against. */
  embedUrl: string;
  /** The real page the embed copies: a bare `#fragment` link points into it. */
  fullPageUrl: string;
}

const ANCHOR = /<a\b([^>]*)>/g;
const attribute = (attrs: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(attrs)?.[1];

function withRel(attrs: string): string {
  const rel = attribute(attrs, 'rel');
  if (rel === undefined) return `${attrs} rel="noopener noreferrer"`;
  const values = new Set(rel.split(/\s+/).filter(Boolean));
  values.add('noopener');
  values.add('noreferrer');
  return attrs.replace(/\srel="[^"]*"/, ` rel="${[...values].join(' ')}"`);
}

/** The same HTML with a target on every link that has none. */
export function frameLinks(html: string, { embedUrl, fullPageUrl }: FrameContext): string {
  const site = new URL(embedUrl).origin;
  return html.replace(ANCHOR, (tag, attrs: string) => {
    const href = attribute(attrs, 'href');
    if (href === undefined || attribute(attrs, 'target') !== undefined) return tag;
    // A fragment of the embed itself would reload the embed as the whole window: point it at the real page.
    const fixed = href.startsWith('#')
      ? attrs.replace(/\shref="[^"]*"/, ` href="${new URL(fullPageUrl).pathname}${href}"`)
      : attrs;
    const external = new URL(href.replace(/&amp;/g, '&'), embedUrl).origin !== site;
    return external ? `<a${withRel(fixed)} target="_blank">` : `<a${fixed} target="_top">`;
  });
}
