/**
 * Finds the line of a field in YAML text, so problems can point at it.
 * Covers top-level keys and items of block lists under them, which is
 * where editors' mistakes land; anything deeper falls back to its key.
 */

/** A function from a field path to a 1-based line in the file, or undefined. */
export type LineOf = (path: readonly PropertyKey[]) => number | undefined;

/** Line lookup for YAML whose first line is line `firstLine` of the file. */
export function yamlLineFinder(yaml: string, firstLine: number): LineOf {
  const lines = yaml.split(/\r?\n/);
  return (path) => {
    const [key, index] = path;
    if (typeof key !== 'string') return undefined;
    const at = lines.findIndex((line) => line.startsWith(`${key}:`) || line.startsWith(`${key} :`));
    if (at < 0) return undefined;
    if (typeof index === 'number') {
      let seen = -1;
      for (let i = at + 1; i < lines.length; i++) {
        const line = lines[i] ?? '';
        if (/^\S/.test(line)) break;
        if (/^\s*-(\s|$)/.test(line) && ++seen === index) return firstLine + i;
      }
    }
    return firstLine + at;
  };
}
