/** A worker thread that draws the preview cards it is given into the cache, then says how many it drew. */
import { parentPort, workerData } from 'node:worker_threads';
import type { CardText } from './card.ts';
import { cachedPreview } from './render.ts';

const { cards, cacheDir } = workerData as { cards: CardText[]; cacheDir: string };
for (const card of cards) await cachedPreview(card, cacheDir);
parentPort?.postMessage(cards.length);
