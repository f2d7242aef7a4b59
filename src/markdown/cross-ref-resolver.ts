/** The cross-reference lookup the markdown plugin uses, kept fresh while `astro dev` runs. */
import type { Ref } from '../schemas/fields/ref.ts';
import type { CrossRefTarget } from './remark-cross-refs.ts';
import { contentIndex } from '../content/content-index.ts';
import { refTargets } from './ref-targets.ts';
import { makeUrls } from '../site/urls.ts';

/** Resolves references against the content index, asking it for a fresh one (read again only after an edit) at most once per `maxAgeMs`. */
export function crossRefResolver(
  root: string,
  base: string,
  maxAgeMs: number,
): (ref: Ref) => CrossRefTarget | undefined {
  let cached: { at: number; resolve: (ref: Ref) => CrossRefTarget | undefined } | undefined;
  return (ref) => {
    const now = Date.now();
    if (!cached || now - cached.at > maxAgeMs) {
      cached = { at: now, resolve: refTargets(contentIndex(root).content, makeUrls(base)) };
    }
    return cached.resolve(ref);
  };
}
