/**
 * Checks many pages at once: results already known for the same bytes come
 * from a cache, as do the rows of a long page checked before (row-results.ts);
 * the rest are spread over worker threads, one per core, since html-validate
 * is most of a build's check time.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { runWorker } from '../../src/previews/worker-pool.ts';
import { writeAtomic } from '../../src/util/write-atomic.ts';
import { checkDocument, resultKey, type DocumentResult, type PageResult } from './check-page.ts';
import { assemble, planPage, ROW_BYTES, type RowResult } from './row-results.ts';

/** A page to check: its path in the build and its HTML. */
export interface PageInput {
  file: string;
  html: string;
}

// Below this much HTML (about 2 s of validating), starting workers (each loads html-validate, about
// 0.4 s) costs more than it saves. Bytes, not pages: a first check of a story of a thousand events
// includes the timeline (2.4 MB) and its section (0.6 MB), best split up.
const WORKER_BYTES = 1_000_000;

// Enough for a few sites of a thousand pages (and their long pages' rows) each; beyond it, older results go.
const PAGE_LIMIT = 5000;
const ROW_LIMIT = 20_000;

interface Cache {
  pages: Record<string, PageResult>;
  rows: Record<string, RowResult>;
}

function readCache(file: string | undefined): Cache {
  try {
    if (file) {
      const cache = JSON.parse(readFileSync(file, 'utf8')) as Partial<Cache>;
      return { pages: cache.pages ?? {}, rows: cache.rows ?? {} };
    }
  } catch {
    // No cache yet, or one left by another version: check everything.
  }
  return { pages: {}, rows: {} };
}

/** `kept` and then older entries of `old`, up to `limit` in all: other builds' pages (a fixture's) stay too. */
function bounded<T>(kept: Record<string, T>, old: Record<string, T>, limit: number): Record<string, T> {
  const out = { ...kept };
  let size = Object.keys(out).length;
  for (const [key, value] of Object.entries(old)) {
    if (size >= limit) break;
    if (key in out) continue;
    out[key] = value;
    size += 1;
  }
  return out;
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

/** Checks documents here, or on worker threads when there is enough to share out. */
async function checkDocuments(documents: readonly PageInput[]): Promise<Map<PageInput, DocumentResult>> {
  const results = new Map<PageInput, DocumentResult>();
  const bytes = documents.reduce((sum, doc) => sum + doc.html.length, 0);
  if (documents.length < 2 || bytes < WORKER_BYTES) {
    for (const doc of documents) results.set(doc, await checkDocument(doc.file, doc.html));
    return results;
  }
  const groups = balance(documents, Math.max(1, Math.min(availableParallelism(), 4)));
  const replies = await Promise.all(
    groups.map((group) => runWorker<DocumentResult[]>(new URL('./worker.ts', import.meta.url), group)),
  );
  groups.forEach((group, g) =>
    group.forEach((doc, i) => {
      const result = replies[g]?.[i];
      if (result) results.set(doc, result);
    }),
  );
  return results;
}

/**
 * Each page's result, in the order given; `cacheFile` keeps results between builds (none when
 * undefined). Pages of `rowBytes` or more are checked row by row (row-results.ts).
 */
export async function checkPages(
  pages: readonly PageInput[],
  cacheFile: string | undefined,
  rowBytes: number = ROW_BYTES,
): Promise<PageResult[]> {
  const cache = readCache(cacheFile);
  const keys = pages.map((page) => resultKey(page.html));
  const plans = pages.flatMap((page, i) =>
    cache.pages[keys[i] ?? ''] ? [] : [{ page, plan: planPage(page.html, (key) => cache.rows[key], rowBytes) }],
  );
  const documents = plans.map(({ page, plan }) => ({ file: page.file, html: plan.reduced.html }));
  const checked = await checkDocuments(documents);
  const fresh = new Map<PageInput, PageResult>();
  // The rows of the pages checked now, fresh or reused, are kept before any others.
  const rows: Record<string, RowResult> = {};
  plans.forEach(({ page, plan }, i) => {
    const result = checked.get(documents[i] as PageInput);
    if (!result) throw new Error(`No output-check result for ${page.file}`);
    const { page: pageResult, rows: pageRows } = assemble(plan, result);
    fresh.set(page, pageResult);
    for (const [key, row] of pageRows) rows[key] = row;
  });
  const kept: Record<string, PageResult> = {};
  const results = pages.map((page, i) => {
    const key = keys[i] ?? '';
    const result = cache.pages[key] ?? fresh.get(page);
    if (!result) throw new Error(`No output-check result for ${page.file}`);
    kept[key] = result;
    return result;
  });
  if (cacheFile && fresh.size > 0) {
    // Two builds at once each leave a whole file, and any of them is right.
    const next: Cache = { pages: bounded(kept, cache.pages, PAGE_LIMIT), rows: bounded(rows, cache.rows, ROW_LIMIT) };
    writeAtomic(cacheFile, JSON.stringify(next));
  }
  return results;
}
