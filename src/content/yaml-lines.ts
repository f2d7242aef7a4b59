/**
 * Finds the line of a field in YAML text, so problems can point at it: the
 * exact position of any nested item ("corrections.6.settledBy.0"), from the
 * `yaml` package's own parse. Values are read with js-yaml, as Astro's loader
 * reads them; this parse is only for positions, and only done when a problem
 * asks for a line.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

/** A function from a field path to a 1-based line in the file, or undefined. */
export type LineOf = (path: readonly PropertyKey[]) => number | undefined;

/** The offset of the deepest part of `path` present in the document, or undefined when not even the first is. */
function offsetOf(root: unknown, path: readonly PropertyKey[]): number | undefined {
  let node = root as Node | null | undefined;
  let offset: number | undefined;
  for (const step of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(step));
      if (!pair) break;
      // A field's line is its key's line, even when its value (a list) starts below it.
      offset = isScalar(pair.key) ? pair.key.range?.[0] : offset;
      node = pair.value as Node | null;
    } else if (isSeq(node) && typeof step === 'number') {
      const item = node.items[step] as Node | undefined;
      if (!item) break;
      offset = item.range?.[0];
      node = item;
    } else break;
  }
  return offset;
}

/** Line lookup for YAML whose first line is line `firstLine` of the file. */
export function yamlLineFinder(yaml: string, firstLine: number): LineOf {
  let parsed: { contents: unknown; lines: LineCounter } | undefined;
  return (path) => {
    if (!parsed) {
      const lines = new LineCounter();
      parsed = { contents: parseDocument(yaml, { lineCounter: lines, uniqueKeys: false }).contents, lines };
    }
    const offset = offsetOf(parsed.contents, path);
    return offset === undefined ? undefined : firstLine + parsed.lines.linePos(offset).line - 1;
  };
}
