import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scaleWeights } from '../../../scripts/bench/weights.ts';

const dist = mkdtempSync(join(tmpdir(), 'bench-weights-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));

const page = (path: string, words: number) => {
  mkdirSync(join(dist, path), { recursive: true });
  // Distinct words, so brotli cannot fold the page to nothing and size follows length.
  const body = Array.from({ length: words }, (_, i) => `w${(i * 7919) % 100_003}`).join(' ');
  writeFileSync(join(dist, path, 'index.html'), `<!doctype html><title>x</title><p>${body}</p>`);
};

describe('scaleWeights', () => {
  it('measures the front page and the timeline, and keeps the heaviest event page', () => {
    page('/', 10);
    page('/timeline/', 2000);
    page('/timeline/small-event/', 20);
    page('/timeline/big-event/', 800);
    page('/timeline/middle-event/', 200);
    const weights = scaleWeights(dist);
    expect(weights.home.path).toBe('/');
    expect(weights.timeline.path).toBe('/timeline/');
    expect(weights.heaviestEvent.path).toBe('/timeline/big-event/');
    expect(weights.timeline.htmlBrotli).toBeGreaterThan(weights.heaviestEvent.htmlBrotli);
  });
});
