/**
 * Draws every preview card missing from the cache before the build asks for
 * them one by one, spread over worker threads (one per core): satori's layout
 * runs on the thread that calls it, so one thread would leave the other core idle.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type { CardText } from './card.ts';
import { cachedPreview, cardHash } from './render.ts';
import { runWorker } from './worker-pool.ts';

// Fewer cards than this are drawn in place: a worker's start (fonts, satori, sharp) costs about a card's worth.
const WORKER_THRESHOLD = 8;

/** Deals cards out to `n` groups in turn, so each group gets a fair share. */
export function deal<T>(items: readonly T[], n: number): T[][] {
  const groups = Array.from({ length: Math.max(1, n) }, () => [] as T[]);
  items.forEach((item, i) => groups[i % groups.length]?.push(item));
  return groups.filter((group) => group.length > 0);
}

/**
 * Fills the cache with every card not in it yet; returns how many were drawn.
 * `workerScript` is this folder's preview-worker.ts on disk (the build bundles
 * this module, so it cannot find its neighbour by its own URL).
 */
export async function drawMissingPreviews(cards: readonly CardText[], cacheDir: string, workerScript: string) {
  const missing = cards.filter((card) => !existsSync(join(cacheDir, `${cardHash(card)}.png`)));
  if (missing.length < WORKER_THRESHOLD || !existsSync(workerScript)) {
    for (const card of missing) await cachedPreview(card, cacheDir);
  } else {
    const groups = deal(missing, Math.min(availableParallelism(), 4));
    await Promise.all(groups.map((cards) => runWorker<number>(workerScript, { cards, cacheDir })));
  }
  return missing.length;
}
