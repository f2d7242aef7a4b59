/**
 * Checks the built site the way a reader's browser would meet it: every
 * internal link and #fragment leads somewhere, ids are unique, and every page
 * has one h1, a language, a title and a canonical URL (unless it is kept out of search results, like the 404 page). Pure: takes the pages'
 * HTML and the list of built files, so tests can feed it any site.
 */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';

/** One built HTML page: its path under dist/ ("timeline/index.html") and its text. */
export interface BuiltPage {
  file: string;
  html: string;
}

/** Something wrong in the output, located by page. */
export interface OutputProblem {
  file: string;
  message: string;
}

/** What a page is made of, as far as these checks care. Plain data, so it can be cached and sent between threads. */
export interface PageFacts {
  ids: string[];
  h1s: number;
  lang: string | undefined;
  title: string;
  canonical: string | undefined;
  /** `<meta name="robots" content="noindex">`: a page that is not an address of its own. */
  noindex: boolean;
  links: { tag: string; attribute: string; value: string; rel: string[] }[];
  imagesWithoutAlt: number;
}

const text = (node: Element): string =>
  node.children
    .map((child) => (child.type === 'text' ? child.value : child.type === 'element' ? text(child) : ''))
    .join('');

/** One thing a page's facts are made of, found at `at` (an offset into the HTML it was read from). */
export type FactItem = { at: number } & (
  | { kind: 'id'; value: string }
  | { kind: 'lang'; value: string }
  | { kind: 'title'; value: string }
  | { kind: 'canonical'; value: string }
  | { kind: 'h1' }
  | { kind: 'noindex' }
  | { kind: 'imageWithoutAlt' }
  | { kind: 'link'; link: PageFacts['links'][number] }
);

/** Reads the facts these checks need out of one page's HTML. */
export function pageFacts(html: string): PageFacts {
  return foldFacts(factItems(fromHtml(html)));
}

/**
 * The facts of a parsed page, one item per element that adds to them, in document order. Items carry
 * where they were found, so the facts of a part of a page can be kept and put back together (see
 * scripts/output-check/rows.ts).
 */
export function factItems(tree: Root): FactItem[] {
  const items: FactItem[] = [];
  visit(tree, 'element', (node: Element) => {
    const at = node.position?.start.offset ?? 0;
    const add = (item: FactItem) => items.push(item);
    const props = node.properties;
    if (typeof props['id'] === 'string') add({ at, kind: 'id', value: props['id'] });
    if (node.tagName === 'h1') add({ at, kind: 'h1' });
    if (node.tagName === 'html' && typeof props['lang'] === 'string') add({ at, kind: 'lang', value: props['lang'] });
    if (node.tagName === 'title') add({ at, kind: 'title', value: text(node).trim() });
    if (node.tagName === 'img' && props['alt'] === undefined) add({ at, kind: 'imageWithoutAlt' });
    const rel = Array.isArray(props['rel']) ? props['rel'].map(String) : [];
    if (node.tagName === 'link' && rel.includes('canonical'))
      add({ at, kind: 'canonical', value: String(props['href'] ?? '') });
    if (node.tagName === 'meta' && props['name'] === 'robots' && /\bnoindex\b/.test(String(props['content'] ?? ''))) {
      add({ at, kind: 'noindex' });
    }
    for (const attribute of ['href', 'src'] as const) {
      const value = props[attribute];
      if (
        typeof value === 'string' &&
        !(node.tagName === 'link' && rel.some((r) => r === 'canonical' || r === 'alternate'))
      ) {
        add({ at, kind: 'link', link: { tag: node.tagName, attribute, value, rel } });
      }
    }
  });
  return items;
}

/** A page's facts from its items, in document order (where a fact is found twice, the later one counts). */
export function foldFacts(items: readonly FactItem[]): PageFacts {
  const facts: PageFacts = {
    ids: [],
    h1s: 0,
    lang: undefined,
    title: '',
    canonical: undefined,
    noindex: false,
    links: [],
    imagesWithoutAlt: 0,
  };
  for (const item of items) {
    if (item.kind === 'id') facts.ids.push(item.value);
    else if (item.kind === 'h1') facts.h1s += 1;
    else if (item.kind === 'lang') facts.lang = item.value;
    else if (item.kind === 'title') facts.title = item.value;
    else if (item.kind === 'canonical') facts.canonical = item.value;
    else if (item.kind === 'noindex') facts.noindex = true;
    else if (item.kind === 'imageWithoutAlt') facts.imagesWithoutAlt += 1;
    else facts.links.push(item.link);
  }
  return facts;
}

/** The URL path a built file is served at: "timeline/index.html" → "/timeline/". */
export function servedPath(file: string, base: string): string {
  const path = file.endsWith('index.html') ? file.slice(0, -'index.html'.length) : file;
  return `${base}${path}`;
}

/** The built file a URL path would be served from, if any. */
function fileFor(pathname: string, base: string, files: ReadonlySet<string>): string | undefined {
  if (!pathname.startsWith(base)) return undefined;
  const inside = decodeURIComponent(pathname.slice(base.length));
  if (inside === '' || inside.endsWith('/'))
    return files.has(`${inside}index.html`) ? `${inside}index.html` : undefined;
  return files.has(inside) ? inside : undefined;
}

/** Every problem in a built site. `base` is the site's base path ("/" or "/explainer/"). */
export function checkOutput(
  pages: readonly BuiltPage[],
  files: ReadonlySet<string>,
  base: string,
  origin: string,
): OutputProblem[] {
  return checkSite(new Map(pages.map((page) => [page.file, pageFacts(page.html)])), files, base, origin);
}

/** Every problem in a built site, from each page's facts (keyed by file) and the list of all built files. */
export function checkSite(
  facts: ReadonlyMap<string, PageFacts>,
  files: ReadonlySet<string>,
  base: string,
  origin: string,
): OutputProblem[] {
  const problems: OutputProblem[] = [];
  const site = new URL(origin).origin;
  const idSets = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let ids = idSets.get(file);
    if (!ids) idSets.set(file, (ids = new Set(facts.get(file)?.ids)));
    return ids;
  };
  for (const [file, here] of facts) {
    const say = (message: string) => problems.push({ file, message });
    const seen = new Set<string>();
    for (const id of here.ids) {
      if (seen.has(id)) say(`the id "${id}" is used more than once`);
      seen.add(id);
    }
    if (here.h1s !== 1) say(`has ${here.h1s} h1 elements, expected exactly one`);
    if (!here.lang) say('has no lang on <html>');
    if (!here.title) say('has no <title>');
    if (!here.noindex && (!here.canonical || !/^https?:\/\//.test(here.canonical)))
      say(`has no absolute canonical URL (found ${JSON.stringify(here.canonical ?? null)})`);
    if (here.imagesWithoutAlt > 0) say(`has ${here.imagesWithoutAlt} <img> without alt text`);
    const pageUrl = new URL(servedPath(file, base), origin);
    for (const link of here.links) {
      const url = new URL(link.value, pageUrl);
      if (url.protocol === 'mailto:') continue;
      if (url.origin !== site) {
        if (link.tag === 'a' && !(link.rel.includes('noopener') && link.rel.includes('noreferrer'))) {
          say(`external link ${link.value} lacks rel="noopener noreferrer"`);
        }
        if (link.tag !== 'a') say(`loads ${link.value} from another site`);
        continue;
      }
      const target = fileFor(url.pathname, base, files);
      if (!target) {
        say(`${link.tag} ${link.attribute}="${link.value}" leads to nothing in the build`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && target.endsWith('.html') && !idsOf(target).has(fragment)) {
        say(`${link.tag} ${link.attribute}="${link.value}" names #${fragment}, which ${target} does not have`);
      }
    }
  }
  return problems;
}
