/** Which embeds the site offers (the timeline, each section, each event) and what each is called. */
import { timelinePreview, HOME_PREVIEW } from '../previews/previews.ts';
import type { Story } from '../story/story.ts';

/** What an embed shows. */
export type EmbedKind = 'timeline' | 'section' | 'event';

/**
 * The iframe's height before the embed reports its own (and for ever, where the
 * parent page runs no script): enough to show the start of each kind.
 */
export const EMBED_HEIGHTS: Record<EmbedKind, number> = { timeline: 800, section: 720, event: 600 };

/** The width, in pixels, oEmbed consumers are told to allow; the embed itself fits anything from 280 to 800. */
export const EMBED_WIDTH = 640;

/** One embeddable item: its id (none for the whole timeline), its kind, its title and its preview image. */
export interface EmbedTarget {
  id: string | undefined;
  kind: EmbedKind;
  /** The item's own title, as on its page. */
  title: string;
  /** What the iframe is announced as to screen readers, naming the site it comes from. */
  frameTitle: string;
  height: number;
  /** The preview image path (under /previews/, without ".png"), as the real page's og:image. */
  preview: string;
}

/** What an iframe showing this item is announced as: the item and the site it comes from. */
export function frameTitle(kind: EmbedKind, title: string, siteName: string): string {
  return kind === 'section' ? `${title} · Timeline · ${siteName}` : `${title} · ${siteName}`;
}

/** The embed of the whole timeline, of every section and of every event. */
export function embedTargets(story: Story, siteName: string): EmbedTarget[] {
  const target = (kind: EmbedKind, id: string | undefined, title: string, preview: string): EmbedTarget => ({
    id,
    kind,
    title,
    frameTitle: frameTitle(kind, title, siteName),
    height: EMBED_HEIGHTS[kind],
    preview,
  });
  return [
    target('timeline', undefined, 'Timeline', HOME_PREVIEW),
    ...story.sections.map((s) => target('section', s.id, s.data.title, timelinePreview(s.id))),
    ...story.events.map((e) => target('event', e.id, e.data.title, timelinePreview(e.id))),
  ];
}
