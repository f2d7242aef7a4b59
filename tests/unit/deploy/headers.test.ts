import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  headersFile,
  IMMUTABLE,
  MAX_RULES,
  PATH_RULES,
  pathHeaders,
  REVALIDATE,
  SITE_WIDE,
} from '../../../src/deploy/headers.ts';
import { cloudflareHeaders, netlifyHeaders, parseHeaders } from './host-models.ts';

// The host semantics these tests check against are written down in host-models.ts.

/** A built site's top-level entries, as the build lists them. */
const entries = [
  { name: '_astro', dir: true },
  { name: 'timeline', dir: true },
  { name: 'previews', dir: true },
  { name: 'index.html', dir: false },
  { name: '404.html', dir: false },
  { name: 'rss.xml', dir: false },
  { name: 'favicon.ico', dir: false },
  { name: '_redirects', dir: false },
];

const hosts = { cloudflare: cloudflareHeaders, netlify: netlifyHeaders };

describe('_headers', () => {
  for (const [host, resolve] of Object.entries(hosts)) {
    describe(`as ${host} reads it`, () => {
      const rules = parseHeaders(headersFile(entries, '/'));

      it('gives hashed assets one immutable policy and everything else one revalidating one', () => {
        expect(resolve(rules, '/_astro/page.DvX1a2.css')['cache-control']).toBe(IMMUTABLE);
        for (const path of ['/', '/timeline/', '/timeline/kaetuai-killed/', '/previews/home.png', '/rss.xml']) {
          expect(resolve(rules, path)['cache-control'], path).toBe(REVALIDATE);
        }
      });

      it('forbids framing everywhere but the framable prefix, and sends one value of every header', () => {
        for (const path of ['/', '/timeline/x/', '/_astro/a.js', '/404.html']) {
          const headers = resolve(rules, path);
          expect(headers['x-frame-options'], path).toBe('DENY');
          expect(headers['content-security-policy'], path).toBe(
            "frame-ancestors 'none'; object-src 'none'; base-uri 'self'",
          );
          // A joined header would carry the separator twice over (", " inside a single-valued header).
          expect(headers['cache-control']?.split('max-age').length, path).toBe(2);
        }
        const embed = resolve(rules, '/embed/kaetuai-killed/');
        expect(embed['x-frame-options']).toBeUndefined();
        expect(embed['content-security-policy']).toBe("frame-ancestors *; object-src 'none'; base-uri 'self'");
        expect(embed['cache-control']).toBe(REVALIDATE);
      });

      it('adds the site-wide headers to every path, even one that was not built', () => {
        for (const path of ['/', '/_astro/a.js', '/embed/x/', '/no-such-page/']) {
          const headers = resolve(rules, path);
          expect(headers['strict-transport-security'], path).toBe('max-age=31536000');
          expect(headers['cross-origin-opener-policy'], path).toBe('same-origin');
          expect(headers['x-content-type-options'], path).toBe('nosniff');
          expect(headers['permissions-policy'], path).not.toContain('interest-cohort');
        }
      });
    });
  }

  it('never lets two matching rules set the same header, so neither host has to choose', () => {
    const rules = parseHeaders(headersFile(entries, '/'));
    for (const path of ['/', '/index.html', '/_astro/a.js', '/timeline/x/', '/embed/y/', '/rss.xml', '/nope']) {
      expect(cloudflareHeaders(rules, path), path).toEqual(netlifyHeaders(rules, path));
    }
  });

  it('shows why: the old hand-written file joined two caching policies on Cloudflare', () => {
    const old = parseHeaders(
      '/*\n  Cache-Control: public, max-age=300, must-revalidate\n/_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n',
    );
    expect(cloudflareHeaders(old, '/_astro/a.js')['cache-control']).toBe(
      'public, max-age=300, must-revalidate, public, max-age=31536000, immutable',
    );
    expect(netlifyHeaders(old, '/_astro/a.js')['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('puts every rule under the base path', () => {
    const text = headersFile(entries, '/explainer/');
    const paths = parseHeaders(text).map((rule) => rule.pattern);
    expect(paths.every((path) => path.startsWith('/explainer/'))).toBe(true);
    const rules = parseHeaders(text);
    expect(cloudflareHeaders(rules, '/explainer/_astro/a.js')['cache-control']).toBe(IMMUTABLE);
    expect(cloudflareHeaders(rules, '/explainer/')['x-frame-options']).toBe('DENY');
    expect(cloudflareHeaders(rules, '/_astro/a.js')['cache-control']).toBeUndefined();
  });

  it("has a rule for each top-level entry, none for the host files, and stays within Cloudflare's limit", () => {
    const paths = parseHeaders(headersFile(entries, '/')).map((rule) => rule.pattern);
    expect(paths).toEqual(
      expect.arrayContaining(['/*', '/_astro/*', '/timeline/*', '/', '/index.html', '/404.html', '/favicon.ico']),
    );
    expect(paths.some((path) => path.includes('_redirects') || path.includes('_headers'))).toBe(false);
    const many = Array.from({ length: MAX_RULES }, (_, i) => ({ name: `page-${i}`, dir: true }));
    expect(() => headersFile(many, '/')).toThrow(/Cloudflare Pages reads only 100/);
  });

  it('takes a new path rule as one line of data, and refuses a rule it cannot keep apart', () => {
    expect(PATH_RULES.find((rule) => rule.prefix === 'embed/')?.framable).toBe(true);
    const rules = parseHeaders(headersFile(entries, '/', [...PATH_RULES, { prefix: 'widgets/', framable: true }]));
    expect(netlifyHeaders(rules, '/widgets/a/')['x-frame-options']).toBeUndefined();
    expect(() => headersFile(entries, '/', [{ prefix: 'timeline/embed/', framable: true }])).toThrow(
      /one top-level folder/,
    );
  });
});

describe("README's nginx snippet", () => {
  it('sends the same headers as _headers', () => {
    const readme = readFileSync(join(import.meta.dirname, '../../../README.md'), 'utf8');
    const nginx = readme.match(/```nginx\n([\s\S]*?)```/)?.[1] ?? '';
    const expected = [SITE_WIDE, pathHeaders(), pathHeaders({ immutable: true }), pathHeaders({ framable: true })];
    for (const headers of expected) {
      for (const [name, value] of Object.entries(headers))
        expect(nginx).toContain(`add_header ${name} "${value}" always;`);
    }
  });
});
