/**
 * How each host reads `_headers`, `_redirects` and netlify.toml, as their
 * documentation states it, so the unit tests can check the generated files
 * against both hosts' rules. (The browser tests check Cloudflare's real runtime.)
 *
 * Cloudflare Pages (developers.cloudflare.com/pages/configuration/headers/ and
 * …/redirects/):
 * - A request matching several `_headers` rules "will inherit all rules'
 *   headers"; a header set by more than one of them is joined with ", ".
 * - A line `! Name` in a rule detaches a header set by an earlier matching rule.
 * - At most 100 header rules. `*` (splat) matches any run of characters.
 * - `_redirects` rules apply even where a file exists at the path; Netlify's
 *   forced form `301!` is an invalid rule there (seen with wrangler 4.164).
 *
 * Netlify (docs.netlify.com/manage/routing/headers/ and …/redirects/):
 * - Headers of every matching rule apply; when two matching rules set the same
 *   header, the later one wins (its CLI: `Object.assign` over matching rules).
 *   It has no detach syntax.
 * - A redirect rule is skipped when a file exists at its path ("shadowing")
 *   unless it is forced (`301!` in `_redirects`, `force = true` in netlify.toml).
 *   `_redirects` rules are read before netlify.toml's; the first that applies wins.
 * - netlify.toml is read from the repository's base directory, not from the
 *   published folder.
 */
import { headersFor, matches, type HeaderRule } from '../../support/headers-file.ts';

// The file's syntax is the same for both hosts: one parser, shared with the browser tests.
export { parseHeaders } from '../../support/headers-file.ts';

/** The headers Cloudflare Pages sends for a path: every matching rule, repeated headers joined. */
export function cloudflareHeaders(rules: readonly HeaderRule[], path: string): Record<string, string> {
  return Object.fromEntries(headersFor(rules, path));
}

/** The headers Netlify sends for a path: every matching rule, the later rule winning per header. */
export function netlifyHeaders(rules: readonly HeaderRule[], path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of rules.filter((r) => matches(r.pattern, path))) {
    if (rule.unset.length > 0) throw new Error(`Netlify has no detach syntax (rule ${rule.pattern})`);
    for (const [name, value] of rule.set) out[name.toLowerCase()] = value;
  }
  return out;
}

/** One redirect rule as either host reads it. */
export interface RedirectRule {
  from: string;
  to: string;
  status: number;
  force: boolean;
}

/** Parses `_redirects` lines ("from to 301", or Netlify's "301!"). */
export function parseRedirects(text: string): RedirectRule[] {
  return text
    .split('\n')
    .filter((line) => line.trim() && !line.trim().startsWith('#'))
    .map((line) => {
      const [from = '', to = '', status = '302'] = line.trim().split(/\s+/);
      return { from, to, status: Number.parseInt(status, 10), force: status.endsWith('!') };
    });
}

/** Where Netlify sends a request: the first rule that applies, shadowed rules skipped where a file exists. */
export function netlifyRedirect(rules: readonly RedirectRule[], path: string, fileExists: boolean) {
  const rule = rules.find((r) => r.from === path && (r.force || !fileExists));
  return rule ? { status: rule.status, location: rule.to } : { status: fileExists ? 200 : 404 };
}

/** Where Cloudflare sends a request: the first matching rule, files or not; forced lines are invalid. */
export function cloudflareRedirect(rules: readonly RedirectRule[], path: string) {
  if (rules.some((r) => r.force)) throw new Error('Cloudflare rejects forced (301!) redirect rules');
  const rule = rules.find((r) => r.from === path);
  return rule ? { status: rule.status, location: rule.to } : undefined;
}
