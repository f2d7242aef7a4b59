/**
 * The one content index of a build: every file under content/ read, parsed and
 * checked against its schema once, with the story's settings and the ledger of
 * published ids, shared by the check, the markdown plugins, the sitemap, the
 * host files, the ledger and src/data/. It is kept for as long as no file under
 * content/ (or the ledger) changes, so a build reads once and `astro dev` re-reads
 * only after an edit.
 */
import { existsSync, lstatSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { COLLECTIONS, COLLECTION_NAMES } from '../schemas/collections.ts';
import { checkSite, readLedger } from './check-site.ts';
import type { Problem } from './problem.ts';
import { LEDGER_FILE, type Ledger } from './published-ids.ts';
import { readContent, type ReadResult } from './read-content.ts';
import { validateEntries, type PresentIds, type ValidContent } from './validate-content.ts';

/** Everything read from one content tree, before the cross-entry rules run. */
export interface ContentIndex {
  /** The folder that holds content/, absolute. */
  root: string;
  /** Entries that parsed, and files that could not be read at all. */
  read: ReadResult;
  /** Entries that passed their schemas, by collection. */
  content: ValidContent;
  /** Entries that failed their schemas. */
  schemaProblems: Problem[];
  /** Ids of every file present per collection, valid or not. */
  present: PresentIds;
  /** content/site.yaml: the settings, or its problems. */
  site: ReturnType<typeof checkSite>;
  /** published-ids.json, when there is one. */
  ledger: { ledger: Ledger; problems: Problem[] } | undefined;
}

interface Memo {
  builds: number;
  byRoot: Map<string, { stamp: string; index: ContentIndex }>;
}

// On globalThis, not in this module: Astro loads the config (check, plugins, sitemap) and the pages (src/data/)
// as two module graphs in one process, and both must share one index.
const KEY = Symbol.for('explainer.content-index');
const memo: Memo = ((globalThis as Record<symbol, Memo | undefined>)[KEY] ??= { builds: 0, byRoot: new Map() });
// A few trees at once (tests build many scratch copies); the oldest goes first.
const ROOTS = 8;

/** Ids of all files in each collection's folder, whether or not they parsed. */
function presentIds(files: readonly string[]): PresentIds {
  const present = {} as Record<keyof PresentIds, Set<string>>;
  for (const name of COLLECTION_NAMES) {
    const { folder, extension } = COLLECTIONS[name];
    present[name] = new Set(
      files
        .filter((file) => file.startsWith(`content/${folder}/`) && file.endsWith(extension))
        .map((file) => file.slice(`content/${folder}/`.length, -extension.length)),
    );
  }
  return present;
}

/** Names, sizes and change times of everything the index reads: equal stamps mean nothing changed. */
function stamp(root: string): string {
  const dir = join(root, 'content');
  if (!existsSync(dir)) return `${Math.random()}`;
  const paths = readdirSync(dir, { recursive: true, withFileTypes: true }).map((item) =>
    join(item.parentPath, item.name),
  );
  paths.push(join(root, LEDGER_FILE));
  return paths
    .map((path) => {
      if (!existsSync(path)) return `${path} -`;
      const stat = lstatSync(path);
      return `${path} ${stat.size} ${stat.mtimeMs} ${stat.ctimeMs}`;
    })
    .join('\n');
}

function buildIndex(root: string): ContentIndex {
  memo.builds += 1;
  const read = readContent(root);
  const { content, problems } = validateEntries(read.entries);
  const files = [...new Set([...read.entries, ...read.problems].map((e) => e.file))];
  return {
    root,
    read,
    content,
    schemaProblems: problems,
    present: presentIds(files),
    site: checkSite(root),
    ledger: readLedger(root),
  };
}

/** The index of `<root>/content`, read again only when a file there (or the ledger) has changed. */
export function contentIndex(root: string): ContentIndex {
  const absolute = resolve(root);
  const now = stamp(absolute);
  const known = memo.byRoot.get(absolute);
  if (known && known.stamp === now) return known.index;
  const index = buildIndex(absolute);
  memo.byRoot.delete(absolute);
  if (memo.byRoot.size >= ROOTS) memo.byRoot.delete(memo.byRoot.keys().next().value as string);
  memo.byRoot.set(absolute, { stamp: now, index });
  return index;
}

/** How many times this process has read and validated a content tree (the benchmark prints it per build). */
export function contentIndexBuilds(): number {
  return memo.builds;
}
