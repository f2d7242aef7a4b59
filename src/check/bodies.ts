/**
 * Markdown bodies, read with GFM as the renderer reads them, for what the
 * output check would otherwise find only after a build: headings (the page's
 * structure is the site's), footnotes (their ids repeat when two entries share
 * a page), images, links to pages or anchors that do not exist, plain http://
 * links, bodies too large to serve, and pages left empty.
 */
import type { Nodes } from 'mdast';
import { visit } from 'unist-util-visit';
import { COLLECTION_NAMES, type CollectionName } from '../schemas/collections.ts';
import { bodyTree } from '../content/body-tree.ts';
import type { Problem } from '../content/problem.ts';
import type { ValidContent, ValidEntry } from '../content/validate-content.ts';
import { siteTargets, targetProblem } from './site-links.ts';

/** The largest body the check accepts: far above any real entry, far below what slows a page. */
export const MAX_BODY_BYTES = 100_000;

/** Collections whose body is the page itself: without one the page is empty. */
const BODY_IS_THE_PAGE: readonly CollectionName[] = ['article', 'pages'];

/**
 * Text that holds none of these cannot hold a heading, footnote, image or doubtful link, so its tree is not
 * walked: a #, a line of = or -, [^, ![, a link to anything
 * but https:, mailto: or a cross-reference, a reference link or definition, http: or www.
 */
const MIGHT_NEED_A_LOOK =
  /#|^ {0,3}(?:=+|-+)[ \t]*$|\[\^|!\[|\]\((?!\s*<?(?:https:|mailto:|event:|fact:|source:|section:))|\]\s?\[|^ {0,3}\[[^\]]+\]:|www\.|http:/imu;

const HEADING_FIX =
  'no headings in this text (the page gives it its heading): start a new event or section for a new part of the story, or use **bold words**; a line of === or --- under a line of text also makes a heading, so leave a blank line before ---';

function nodeProblem(node: Nodes, name: CollectionName): Omit<Problem, 'file'> | undefined {
  switch (node.type) {
    case 'heading':
      // A standing page has its own sections (## …); only an h1 would be a second page title there.
      if (name === 'pages' && node.depth > 1) return undefined;
      return {
        field: 'body',
        found: `a heading (level ${node.depth})`,
        expected: name === 'pages' ? 'headings from ## down (the page title is the only # heading)' : HEADING_FIX,
      };
    // One line per footnote, at its text; a reference with no definition is plain text in GFM.
    case 'footnoteDefinition':
      return {
        field: 'body',
        found: `a footnote ([^${node.label ?? node.identifier}])`,
        expected:
          'no footnotes (two entries on one page would repeat their ids): cite with [words](source:<id>), or say it in the text',
      };
    case 'image':
    case 'imageReference':
      return {
        field: 'body',
        found: `an image${node.type === 'image' ? ` (${JSON.stringify(node.url)})` : ''}`,
        expected:
          'no images in text (the site shows none, and loads nothing from other sites): link to it with [words](https://…)',
      };
    default:
      return undefined;
  }
}

/** Problems in every body: unsupported markdown, links that lead nowhere, sizes. */
export function bodyProblems(content: ValidContent): Problem[] {
  const targets = siteTargets(content);
  const problems: Problem[] = [];
  for (const name of COLLECTION_NAMES) {
    for (const entry of content[name] as ValidEntry<CollectionName>[]) {
      const at = (line: number | undefined) => (line === undefined ? undefined : entry.bodyLine + line - 1);
      const bytes = Buffer.byteLength(entry.body);
      if (bytes > MAX_BODY_BYTES) {
        problems.push({
          file: entry.file,
          field: 'body',
          found: `a text of ${Math.round(bytes / 1000)} KB`,
          expected: `at most ${MAX_BODY_BYTES / 1000} KB of text; split it into several entries, or check that nothing was pasted twice`,
        });
        continue;
      }
      if (entry.body.trim() === '') {
        if (BODY_IS_THE_PAGE.includes(name))
          problems.push({
            file: entry.file,
            field: 'body',
            found: 'no text below the fields',
            expected: 'the text of the page, below the closing --- line (without it the page is empty)',
          });
        continue;
      }
      if (!MIGHT_NEED_A_LOOK.test(entry.body)) continue;
      visit(bodyTree(entry.body), (node: Nodes) => {
        const line = at(node.position?.start.line);
        const found = nodeProblem(node, name);
        if (found) problems.push({ file: entry.file, ...found, line });
        if (node.type === 'link' || node.type === 'definition') {
          const text = node.type === 'link' && node.children[0]?.type === 'text' ? node.children[0].value : undefined;
          const wrong = targetProblem(node.url, targets, text);
          if (wrong) problems.push({ file: entry.file, field: 'body', ...wrong, line });
        }
      });
    }
  }
  return problems;
}

/** Warnings about bodies and sections: a fact with no explanation, a section with no events. */
export function bodyWarnings(content: ValidContent): Problem[] {
  const warnings: Problem[] = content.facts
    .filter((fact) => fact.body.trim() === '')
    .map((fact) => ({
      file: fact.file,
      field: 'body',
      found: 'no text below the fields',
      expected: 'a few words on where the figure comes from and how sources differ, below the closing --- line',
    }));
  const used = new Set(content.events.map((event) => event.data.section));
  for (const section of content.sections) {
    if (!used.has(section.id))
      warnings.push({
        file: section.file,
        field: 'file',
        found: 'a section with no events',
        expected: `events with section: ${section.id} (the timeline shows it empty until then), or delete the section`,
      });
  }
  return warnings;
}
