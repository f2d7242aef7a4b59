import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { narrowPageCsp } from '../../../src/deploy/page-csp.ts';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const page = (head: string, body = '') =>
  `<html><head><meta http-equiv="content-security-policy" content="default-src 'self';object-src 'none'; script-src 'self' 'sha256-AAA=' 'sha256-BBB='; style-src 'self' 'sha256-CCC=' 'sha256-DDD=';">${head}</head><body>${body}</body></html>`;
const policy = (html: string) => /content-security-policy" content="([^"]*)"/.exec(html)?.[1];

describe('narrowPageCsp', () => {
  it("keeps only the hashes of the page's own inline styles and scripts", () => {
    const html = narrowPageCsp(page('<style>a{color:red}</style>', '<script type="module">go()</script>'));
    expect(policy(html)).toBe(
      `default-src 'self';object-src 'none';script-src 'self' ${hash('go()')};style-src 'self' ${hash('a{color:red}')};`,
    );
  });

  it('gives no hash to data blocks such as JSON-LD, nor to external scripts', () => {
    const html = narrowPageCsp(
      page('<script type="application/ld+json">{"a":1}</script><script type="module" src="/_astro/x.js"></script>'),
    );
    expect(policy(html)).toContain("script-src 'self';");
    expect(policy(html)).toContain("style-src 'self';");
  });

  it('lists a repeated inline block once', () => {
    const html = narrowPageCsp(page('<style>p{}</style><style>p{}</style>'));
    expect(policy(html)?.match(/sha256-/g)).toHaveLength(1);
  });

  it('leaves a page without a CSP meta alone', () => {
    const html = '<html><head><style>a{}</style></head></html>';
    expect(narrowPageCsp(html)).toBe(html);
  });
});
