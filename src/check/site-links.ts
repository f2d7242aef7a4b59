/**
 * Links from a body to the site's own pages and anchors: which addresses the
 * site builds, and which ids each page carries, from the content itself; a
 * link anywhere else is found here instead of by the output check after a build.
 */
import { correctionAnchor, logAnchor, quotedNotes } from '../story/update-log.ts';
import { OUTLINE_ID } from '../map/geometry.ts';
import { placeAnchor } from '../map/places.ts';
import type { Problem } from '../content/problem.ts';
import type { ValidContent } from '../content/validate-content.ts';

/** The site's pages ("/timeline/") and the anchors each one carries. */
export interface SiteTargets {
  pages: Map<string, Set<string>>;
  /** Old addresses (a renamed entry's) and where they lead now. */
  moved: Map<string, string>;
}

// Fixed ids of the front page's own boxes (src/components), besides those drawn from the content.
const FRONT_PAGE_IDS = [
  'main',
  'key-facts',
  'what-we-know',
  'what-we-dont-know',
  'timeline-in-brief',
  'where-it-happened',
];
const FILES = ['/rss.xml', '/sitemap-index.xml', '/robots.txt', '/404.html'];

const withAliases = (entries: readonly { id: string; data: { aliases: string[] } }[]) =>
  entries.flatMap((entry) => [entry.id, ...entry.data.aliases]);

/** Every address the site builds from this content, with its anchors. */
export function siteTargets(content: ValidContent): SiteTargets {
  const pages = new Map<string, Set<string>>();
  const timeline = [...content.sections, ...content.events];
  const corrections = content.article.flatMap((a) => quotedNotes(a.data.log).map((_, i) => correctionAnchor(i)));
  const articleUpdates = content.article.flatMap((a) =>
    a.data.log.filter((entry) => entry.quote === undefined).map((_, i) => logAnchor('article', i)),
  );
  const home = [...FRONT_PAGE_IDS, ...corrections, ...articleUpdates, ...content.places.map((p) => placeAnchor(p.id))];
  pages.set('/', new Set(home));
  pages.set('/timeline/', new Set(['main', ...withAliases(timeline)]));
  const factLogs = content.facts.flatMap((fact) => fact.data.log.map((_, i) => logAnchor(fact.id, i)));
  pages.set('/facts/', new Set(['main', ...withAliases(content.facts), ...factLogs]));
  pages.set('/sources/', new Set(['main', ...withAliases(content.sources)]));
  for (const entry of timeline)
    pages.set(`/timeline/${entry.id}/`, new Set(['main', ...entry.data.log.map((_, i) => logAnchor(entry.id, i))]));
  for (const page of content.pages) pages.set(`/${page.id}/`, new Set(['main']));
  for (const file of FILES) pages.set(file, new Set());
  const moved = new Map<string, string>();
  for (const entry of timeline) {
    for (const alias of entry.data.aliases) moved.set(`/timeline/${alias}/`, `/timeline/${entry.id}/`);
  }
  return { pages, moved };
}

const REFS =
  'a cross-reference such as [words](event:<id>), (fact:<id>), (source:<id>) or (section:<id>), which the check keeps in step with the ids';

function decoded(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

/** Ids the pages use for themselves, which no entry shown on them may take. */
const RESERVED: Record<string, readonly string[]> = {
  sections: ['main', OUTLINE_ID],
  events: ['main', OUTLINE_ID],
  facts: ['main'],
  sources: ['main'],
};

/** A problem for each entry whose id is one its page already uses for itself. */
export function reservedIdProblems(content: ValidContent): Problem[] {
  return Object.entries(RESERVED).flatMap(([name, ids]) =>
    content[name as 'sections' | 'events' | 'facts' | 'sources']
      .filter((entry) => ids.includes(entry.id))
      .map((entry) => ({
        file: entry.file,
        field: 'file name',
        found: `the id "${entry.id}", which the page it is shown on uses for itself`,
        expected: `another id (not ${ids.join(' or ')}); rename the file`,
      })),
  );
}

/** What is wrong with one link address (`text`: the link's words, if plain), or undefined when it leads somewhere real. */
export function targetProblem(
  url: string,
  targets: SiteTargets,
  text?: string,
): Pick<Problem, 'found' | 'expected'> | undefined {
  const shown = JSON.stringify(url);
  // GFM makes a bare "www.…" a link to http://www.…: the editor wrote no scheme at all.
  if (text !== undefined && url === `http://${text}`) {
    return { found: `a bare web address ${JSON.stringify(text)}`, expected: `a full link: [words](https://${text})` };
  }
  if (/^http:\/\//i.test(url)) {
    return {
      found: `a plain http:// link ${shown}`,
      expected:
        'an https:// address (if the page truly has no https copy, add it as a source with httpOnly: true and link to it with [words](source:<id>))',
    };
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(url)) return undefined;
  if (url.startsWith('//')) return { found: `a link without a scheme ${shown}`, expected: 'a full https:// address' };
  if (url.startsWith('#')) {
    return {
      found: `a link to the anchor ${shown} alone (this text is shown on more than one page, so it may lead nowhere)`,
      expected: REFS,
    };
  }
  if (!url.startsWith('/')) {
    return {
      found: `a relative link ${shown}`,
      expected: `${REFS}, or an address from the site's root such as "/timeline/"`,
    };
  }
  const [pathAndQuery = '', fragment] = url.split('#');
  const path = pathAndQuery.split('?')[0] ?? '';
  const anchors = targets.pages.get(path) ?? targets.pages.get(`${path}/`);
  const moved = targets.moved.get(path);
  if (moved)
    return { found: `a link to the old address ${shown}`, expected: `its current address "${moved}", or ${REFS}` };
  if (!anchors) return { found: `a link to ${shown}, a page the site does not have`, expected: REFS };
  if (!targets.pages.has(path)) return { found: `a link to ${shown} without its closing /`, expected: `"${path}/"` };
  if (fragment !== undefined && fragment !== '' && !anchors.has(decoded(fragment))) {
    return { found: `a link to ${shown}, an anchor that page does not have`, expected: REFS };
  }
  return undefined;
}
