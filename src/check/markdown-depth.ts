/**
 * How deeply a markdown body nests (quotes in quotes, lists in lists). The
 * renderer recurses once per level and runs out of stack somewhere past a few
 * hundred; no news text needs more than a handful, so the check stops it early.
 */
import type { Root } from 'mdast';

/** The most levels a body may nest. */
export const MAX_DEPTH = 32;

/** The depth of the deepest node in a tree (the root is 0). */
export function treeDepth(tree: Root): number {
  let deepest = 0;
  const stack: { node: { children?: unknown[] }; depth: number }[] = [{ node: tree, depth: 0 }];
  // Iterative on purpose: a recursive walk would overflow on exactly the input it guards against.
  while (stack.length > 0) {
    const { node, depth } = stack.pop() as { node: { children?: unknown[] }; depth: number };
    deepest = Math.max(deepest, depth);
    for (const child of node.children ?? []) stack.push({ node: child as { children?: unknown[] }, depth: depth + 1 });
  }
  return deepest;
}
