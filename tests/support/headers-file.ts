/**
 * Reads a `_headers` file and works out the headers a path gets, the way
 * Cloudflare Pages' asset worker applies it: every matching rule in file order;
 * a "! Name" line deletes what earlier rules set; a header set again by a later
 * rule is appended (joined with a comma), unless it was deleted first.
 */

/** One block of the file: a URL pattern, the headers it sets and the ones it removes. */
export interface HeaderRule {
  pattern: string;
  set: [string, string][];
  unset: string[];
}

/** The rules of a `_headers` file, in order. */
export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), set: [], unset: [] });
      continue;
    }
    const rule = rules.at(-1);
    if (!rule) throw new Error(`A header line before any URL pattern: ${line}`);
    const detach = /^\s*!\s*(\S+)\s*$/.exec(line);
    if (detach?.[1]) {
      rule.unset.push(detach[1]);
      continue;
    }
    const colon = line.indexOf(':');
    if (colon < 0) throw new Error(`Not a header line: ${line}`);
    rule.set.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

// Splats (*) match anything, including slashes; the rest must match literally.
/** Whether a rule's URL pattern matches a request path. */
export const matches = (pattern: string, path: string) =>
  new RegExp(
    `^${pattern
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  ).test(path);

/** The headers the rules give one request path, names in lower case. */
export function headersFor(rules: readonly HeaderRule[], path: string): Map<string, string> {
  const headers = new Map<string, string>();
  const setByRules = new Set<string>();
  for (const rule of rules.filter((r) => matches(r.pattern, path))) {
    for (const name of rule.unset) headers.delete(name.toLowerCase());
    for (const [name, value] of rule.set) {
      const key = name.toLowerCase();
      const existing = headers.get(key);
      headers.set(key, setByRules.has(key) && existing !== undefined ? `${existing}, ${value}` : value);
      setByRules.add(key);
    }
  }
  return headers;
}
