import { describe, expect, it } from 'vitest';
import { headersFile, REVALIDATE } from '../../../src/deploy/headers.ts';
import { headersFor, parseHeaders } from '../../support/headers-file.ts';

// The file the build writes for a site with these top-level entries, read the way Cloudflare Pages reads it.
const built = ['index.html', '404.html', 'favicon.svg', 'rss.xml'].map((name) => ({ name, dir: false }));
const folders = ['_astro', 'about', 'embed', 'previews', 'timeline'].map((name) => ({ name, dir: true }));
const rules = parseHeaders(headersFile([...built, ...folders], '/'));
const frameAncestors = (headers: Map<string, string>) =>
  (headers.get('content-security-policy') ?? '')
    .split(',')
    .map((policy) => /frame-ancestors ([^;]+)/.exec(policy)?.[1]?.trim());

describe('headersFor', () => {
  it('joins a header two rules set and drops one a later rule detaches, as Cloudflare Pages does', () => {
    const sample = parseHeaders('/*\n  A: 1\n  B: 1\n/x/*\n  A: 2\n  ! B\n/x/y\n  B: 3\n');
    expect(Object.fromEntries(headersFor(sample, '/x/y'))).toEqual({ a: '1, 2', b: '3' });
    expect(Object.fromEntries(headersFor(sample, '/z'))).toEqual({ a: '1', b: '1' });
  });
});

describe('the built _headers', () => {
  it.each(['/', '/timeline/', '/timeline/kaetuai-killed/', '/about/', '/previews/home.png'])(
    'refuses every frame on %s',
    (path) => {
      const headers = headersFor(rules, path);
      expect(headers.get('x-frame-options')).toBe('DENY');
      expect(frameAncestors(headers)).toEqual(["'none'"]);
    },
  );

  it.each(['/embed/timeline/', '/embed/timeline/kaetuai-killed/', '/embed/timeline/the-mission/oembed.json'])(
    'lets any site frame %s, with one policy and the other headers kept',
    (path) => {
      const headers = headersFor(rules, path);
      expect(headers.has('x-frame-options')).toBe(false);
      // One policy: a second, comma-joined one with frame-ancestors 'none' would still block every frame.
      expect(frameAncestors(headers)).toEqual(['*']);
      expect(headers.get('content-security-policy')).toContain("object-src 'none'");
      expect(headers.get('x-content-type-options')).toBe('nosniff');
      expect(headers.get('cache-control')).toBe(REVALIDATE);
      expect(headers.get('access-control-allow-origin')).toBe('*');
    },
  );
});
