/**
 * The URL contract in one place. Every internal link is built here, under the
 * site's base path, so the site works at a domain root and under a sub-path.
 */
import type { Ref } from '../schemas/fields/ref.ts';
import { normaliseBase } from './config.ts';

/** The path of an embed page (the whole timeline without an id), on its own so client scripts need not bundle makeUrls. */
export function embedPath(base: string, id?: string): string {
  // Written out rather than normaliseBase: this runs in the copy-embed-code script, which stays as small as it is.
  const root = base.endsWith('/') ? base : `${base}/`;
  return `${root}embed/timeline/${id ? `${id}/` : ''}`;
}

/** Builders for every internal URL, relative to a base path such as "/" or "/explainer/". */
export function makeUrls(base: string) {
  const root = normaliseBase(base);
  return {
    home: () => root,
    timeline: () => `${root}timeline/`,
    timelineAnchor: (id: string) => `${root}timeline/#${id}`,
    /** An event's or section's own page, whose link unfurls into a preview of it. */
    timelinePage: (id: string) => `${root}timeline/${id}/`,
    facts: () => `${root}facts/`,
    fact: (id: string) => `${root}facts/#${id}`,
    sources: () => `${root}sources/`,
    source: (id: string) => `${root}sources/#${id}`,
    about: () => `${root}about/`,
    feed: () => `${root}rss.xml`,
    preview: (path: string) => `${root}previews/${path}.png`,
    /** The site's icon, as SVG or as the .ico some browsers still ask for. */
    favicon: (format: 'svg' | 'ico') => `${root}favicon.${format}`,
    /** The framable copy of the timeline (no id) or of one section or event, for other sites' iframes. */
    embed: (id?: string) => embedPath(root, id),
    /** The static oEmbed file describing that embed. */
    oembed: (id?: string) => `${embedPath(root, id)}oembed.json`,
    /** Where a `kind:id` reference from content leads. */
    ref: (ref: Ref) => {
      switch (ref.kind) {
        case 'event':
        case 'section':
          return `${root}timeline/#${ref.id}`;
        case 'fact':
          return `${root}facts/#${ref.id}`;
        case 'source':
          return `${root}sources/#${ref.id}`;
      }
    },
  };
}

/** The URL builders for one base path. */
export type Urls = ReturnType<typeof makeUrls>;
