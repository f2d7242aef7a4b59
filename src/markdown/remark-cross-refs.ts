/**
 * Turns `[text](event:<id>)`, `[text](fact:<id>)`, `[text](source:<id>)` and
 * `[text](section:<id>)` in markdown bodies into real links. Event links carry
 * the event's absolute date for assistive tech, since "last month" means
 * nothing to a reader arriving years later.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { Ref } from '../schemas/fields/ref.ts';
import { basePrefix } from '../site/config.ts';
import { classifyLink, findLinks } from './cross-refs.ts';

/** Where a reference leads, and words to add for screen readers. */
export interface CrossRefTarget {
  href: string;
  /** Read after the link text by assistive tech only, e.g. "23 February 2025". */
  hint?: string | undefined;
}

/** Options for the cross-reference plugin. */
export interface CrossRefOptions {
  /** Looks up a reference; undefined when no entry has that id. */
  resolve: (ref: Ref) => CrossRefTarget | undefined;
  /** The site's base path; root-relative links such as "/timeline/" are moved under it. */
  base?: string;
}

function where(file: VFile): string {
  const path = file.path ? file.path.replaceAll('\\', '/') : 'markdown';
  const at = path.lastIndexOf('/content/');
  return at >= 0 ? path.slice(at + 1) : path;
}

/** The remark plugin. Unknown ids fail the file (the content check reports them first, with all others). */
export function remarkCrossRefs(options: CrossRefOptions) {
  return (tree: Root, file: VFile) => {
    for (const { node, url } of findLinks(tree)) {
      const kind = classifyLink(url);
      if (kind.type === 'plain') {
        if (options.base && url.startsWith('/') && !url.startsWith('//')) {
          node.url = `${basePrefix(options.base)}${url}`;
        }
        continue;
      }
      if (kind.type === 'bad') {
        file.fail(`${where(file)}: body: found a link to ${JSON.stringify(url)}, expected ${kind.expected}`, node);
      }
      const target = options.resolve(kind.ref);
      if (!target) {
        file.fail(
          `${where(file)}: body: found a link to "${url}", which no entry has, expected the id of an existing ${kind.ref.kind}`,
          node,
        );
      }
      node.url = target.href;
      if (target.hint && node.type === 'link') {
        // mdast has no span; a node with hName becomes one in the HTML tree.
        const hint = {
          type: 'crossRefHint',
          data: {
            hName: 'span',
            hProperties: { className: ['visually-hidden'] },
            hChildren: [{ type: 'text', value: ` (${target.hint})` }],
          },
        };
        node.children.push(hint as unknown as (typeof node.children)[number]);
      }
    }
  };
}
