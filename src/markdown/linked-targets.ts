/**
 * What a body's rendering takes from other entries: where each `kind:id` it
 * names leads now, and the words read out beside the link (an event's date).
 * Astro's content cache renders a body again only when its own file changes;
 * mixing this into the file's digest (src/content.config.ts) makes it render
 * again when an entry it links to moves, so no page keeps an old date.
 */
import { parseRef, REF_KINDS } from '../schemas/fields/ref.ts';
import type { Ref } from '../schemas/fields/ref.ts';
import type { CrossRefTarget } from './remark-cross-refs.ts';

// Every `kind:id` in the text, in a link, a link definition or anywhere else: one too many only costs a render.
const MENTION = new RegExp(`\\b(?:${REF_KINDS.join('|')}):[a-z0-9-]+`, 'g');

/** The targets of every reference the text names, as one stable string ('' when it names none). */
export function linkedTargets(text: string, resolve: (ref: Ref) => CrossRefTarget | undefined): string {
  const refs = [...new Set(text.match(MENTION))].sort();
  return refs
    .map((mention) => {
      const ref = parseRef(mention);
      return ref ? `${mention} ${JSON.stringify(resolve(ref) ?? null)}` : '';
    })
    .filter(Boolean)
    .join('\n');
}
