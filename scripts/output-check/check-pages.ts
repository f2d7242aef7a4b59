/**
 * Checks many pages at once: results already known for the same bytes come
 * from a cache, the rest are spread over worker threads, one per core, since
 * html-validate is most of a build's check time.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { runWorker } from '../../src/previews/worker-pool.ts';
import { writeAtomic } from '../../src/util/write-atomic.ts';
import { checkPage, resultKey, type PageResult } from './check-page.ts';

/** A page to check: its path in the build and its HTML. */
export interface PageInput {
  file: string;
  html: string;
}

// Below this much HTML (about 2 s of validating), starting workers (each loads html-validate, about
// 0.4 s) costs more than it saves. Bytes, not pages: after one edit to a story of a thousand events,
// the few pages left to check include the timeline (2.4 MB) and its section (0.6 MB), best split up.
const WORKER_BYTES = 1_000_000;

// Enough for a few sites of a thousand pages each; beyond it, older results are dropped.
const CACHE_LIMIT = 5000;

function readCache(file: string | undefined): Record<string, PageResult> {
  if (!file) return {};
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Record<string, PageResult>;
  } catch {
    return {};
  }
}

function writeCache(file: string | undefined, entries: Record<string, PageResult>): void {
  if (!file) return;
  // Two builds at once each leave a whole file, and any of them is right.
  writeAtomic(file, JSON.stringify(entries));
}

/** Splits pages into `n` groups of about equal size in bytes (the timeline page is far the largest). */
export function balance<T extends PageInput>(pages: readonly T[], n: number): T[][] {
  const groups = Array.from({ length: n }, () => ({ bytes: 0, pages: [] as T[] }));
  for (const page of [...pages].sort((a, b) => b.html.length - a.html.length)) {
    const lightest = groups.reduce((a, b) => (b.bytes < a.bytes ? b : a));
    lightest.pages.push(page);
    lightest.bytes += page.html.length;
  }
  return groups.map((group) => group.pages).filter((group) => group.length > 0);
}

/** Each page's result, in the order given; `cacheFile` keeps results between builds (none when undefined). */
export async function checkPages(pages: readonly PageInput[], cacheFile: string | undefined): Promise<PageResult[]> {
  const cache = readCache(cacheFile);
  const keys = pages.map((page) => resultKey(page.html));
  const todo = pages.filter((_, i) => !cache[keys[i] ?? '']);
  const fresh = new Map<PageInput, PageResult>();
  const bytes = todo.reduce((sum, page) => sum + page.html.length, 0);
  if (todo.length < 2 || bytes < WORKER_BYTES) {
    for (const page of todo) fresh.set(page, await checkPage(page.file, page.html));
  } else {
    const groups = balance(todo, Math.max(1, Math.min(availableParallelism(), 4)));
    const results = await Promise.all(
      groups.map((group) => runWorker<PageResult[]>(new URL('./worker.ts', import.meta.url), group)),
    );
    groups.forEach((group, g) =>
      group.forEach((page, i) => {
        const result = results[g]?.[i];
        if (result) fresh.set(page, result);
      }),
    );
  }
  const kept: Record<string, PageResult> = {};
  const results = pages.map((page, i) => {
    const key = keys[i] ?? '';
    const result = cache[key] ?? fresh.get(page);
    if (!result) throw new Error(`No output-check result for ${page.file}`);
    kept[key] = result;
    return result;
  });
  // Other builds' pages (the test fixture's, a sub-path build's) stay too, up to a bound.
  let size = Object.keys(kept).length;
  for (const [key, result] of Object.entries(cache)) {
    if (size >= CACHE_LIMIT) break;
    if (kept[key]) continue;
    kept[key] = result;
    size += 1;
  }
  if (fresh.size > 0) writeCache(cacheFile, kept);
  return results;
}
