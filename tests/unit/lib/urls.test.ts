import { describe, expect, it } from 'vitest';
import { makeUrls } from '../../../src/site/urls.ts';

describe('makeUrls', () => {
  it.each(['/', '/explainer/', '/explainer'])('builds every URL under the base %s', (base) => {
    const urls = makeUrls(base);
    const root = base.endsWith('/') ? base : `${base}/`;
    expect(urls.home()).toBe(root);
    expect(urls.timelineAnchor('kaetuai-killed')).toBe(`${root}timeline/#kaetuai-killed`);
    expect(urls.timelinePage('kaetuai-killed')).toBe(`${root}timeline/kaetuai-killed/`);
    expect(urls.ref({ kind: 'fact', id: 'killed-2024' })).toBe(`${root}facts/#killed-2024`);
    expect(urls.ref({ kind: 'source', id: 'reuters-missing' })).toBe(`${root}sources/#reuters-missing`);
    expect(urls.ref({ kind: 'section', id: 'the-mission' })).toBe(`${root}timeline/#the-mission`);
    expect(urls.embed()).toBe(`${root}embed/timeline/`);
    expect(urls.embed('the-mission')).toBe(`${root}embed/timeline/the-mission/`);
    expect(urls.oembed()).toBe(`${root}embed/timeline/oembed.json`);
    expect(urls.oembed('kaetuai-killed')).toBe(`${root}embed/timeline/kaetuai-killed/oembed.json`);
  });
});
