/**
 * Pages read content through Astro's collections, everything else through the
 * content index; the two must hold the same entries, or a page could show what
 * the check never saw (or miss what it passed).
 */
import { COLLECTION_NAMES, type CollectionName } from '../schemas/collections.ts';

/** Ids per collection. */
export type IdsByCollection = Record<CollectionName, readonly string[]>;

/** Why the two readers disagree, one line per collection that differs; undefined when they agree. */
export function idsMismatch(astro: IdsByCollection, index: IdsByCollection): string | undefined {
  const lines = COLLECTION_NAMES.flatMap((name) => {
    const inAstro = new Set(astro[name]);
    const inIndex = new Set(index[name]);
    const onlyAstro = [...inAstro].filter((id) => !inIndex.has(id)).sort();
    const onlyIndex = [...inIndex].filter((id) => !inAstro.has(id)).sort();
    if (onlyAstro.length === 0 && onlyIndex.length === 0) return [];
    const parts = [
      onlyAstro.length > 0 ? `only Astro's collection has ${onlyAstro.join(', ')}` : '',
      onlyIndex.length > 0 ? `only the content index has ${onlyIndex.join(', ')}` : '',
    ].filter((part) => part !== '');
    return [`${name}: ${parts.join('; ')}`];
  });
  if (lines.length === 0) return undefined;
  return `Astro's collections and the content index read different entries (a stale Astro cache? delete node_modules/.astro and build again):\n${lines.join('\n')}`;
}
