import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'smol-toml';
import { describe, expect, it } from 'vitest';
import { NETLIFY_CONFIG_FILE, netlifyConfig, timelineAliases } from '../../../src/deploy/netlify-config.ts';
import { expectedNetlifyConfig } from '../../../src/integrations/host-files.ts';
import { redirectRules } from '../../../src/story/timeline-pages.ts';
import { fixtureStory } from '../fixture-story.ts';
import { cloudflareRedirect, netlifyRedirect, parseRedirects, type RedirectRule } from './host-models.ts';

// The host semantics these tests check against are written down in host-models.ts.

const project = join(import.meta.dirname, '../../..');
const aliases = { 'old-first-event': 'first-event' };

/** The forced rules of a netlify.toml, as Netlify reads them. */
function tomlRules(text: string): RedirectRule[] {
  const config = parse(text) as { redirects?: { from: string; to: string; status: number; force?: boolean }[] };
  return (config.redirects ?? []).map((r) => ({ from: r.from, to: r.to, status: r.status, force: r.force ?? false }));
}

describe('redirects for renamed entries', () => {
  const plain = parseRedirects(redirectRules(fixtureStory(), '/'));
  const forced = tomlRules(netlifyConfig({ aliases, nodeVersion: '24.21.0' }));

  it('answer 301 on Cloudflare from _redirects alone, though a redirect page exists at the old path', () => {
    for (const old of ['/timeline/old-first-event/', '/timeline/old-first-event']) {
      expect(cloudflareRedirect(plain, old), old).toEqual({ status: 301, location: '/timeline/first-event/' });
    }
  });

  it('would be shadowed on Netlify by the redirect page without netlify.toml, and are not with it', () => {
    expect(netlifyRedirect(plain, '/timeline/old-first-event/', true)).toEqual({ status: 200 });
    for (const old of ['/timeline/old-first-event/', '/timeline/old-first-event']) {
      expect(netlifyRedirect([...plain, ...forced], old, true), old).toEqual({
        status: 301,
        location: '/timeline/first-event/',
      });
    }
  });

  it('keep the forced form out of _redirects, where Cloudflare would reject it', () => {
    expect(plain.length).toBeGreaterThan(0);
    expect(plain.some((rule) => rule.force)).toBe(false);
  });

  it('give netlify.toml the build settings and the pinned Node', () => {
    const config = parse(netlifyConfig({ aliases: {}, nodeVersion: '24.21.0' })) as Record<string, unknown>;
    expect(config).toEqual({
      build: { command: 'npm run build', publish: 'dist', environment: { NODE_VERSION: '24.21.0' } },
    });
  });

  it('map every alias of every section and event to its entry', () => {
    expect(
      timelineAliases([
        { id: 'a', data: { aliases: ['old-a', 'older-a'] } },
        { id: 'b', data: { aliases: [] } },
      ]),
    ).toEqual({ 'old-a': 'a', 'older-a': 'a' });
  });
});

describe(`the committed ${NETLIFY_CONFIG_FILE}`, () => {
  it('matches the content and the Node pin (npm run build rewrites it; commit the result)', () => {
    const committed = readFileSync(join(project, NETLIFY_CONFIG_FILE), 'utf8');
    expect(committed).toBe(expectedNetlifyConfig(project));
    const pin = (
      JSON.parse(readFileSync(join(project, 'package.json'), 'utf8')) as { devDependencies: { node: string } }
    ).devDependencies.node;
    expect(committed).toContain(`NODE_VERSION = "${pin}"`);
  });
});
