import { describe, expect, it } from 'vitest';
import { basePrefix, DEFAULT_SITE_URL, deployConfig, normaliseBase } from '../../../src/site/config.ts';

describe('normaliseBase and basePrefix', () => {
  it('write every base path with one trailing slash, and a prefix without it', () => {
    expect(['', '/', '/explainer', '/explainer/', '/explainer//'].map(normaliseBase)).toEqual([
      '/',
      '/',
      '/explainer/',
      '/explainer/',
      '/explainer/',
    ]);
    expect(['/', '/explainer', '/explainer/'].map(basePrefix)).toEqual(['', '/explainer', '/explainer']);
  });
});

describe('deployConfig', () => {
  it('reads SITE_URL and BASE_PATH, and says when the origin is only the default', () => {
    expect(deployConfig({})).toEqual({ site: DEFAULT_SITE_URL, base: '/', siteIsDefault: true });
    expect(deployConfig({ SITE_URL: 'https://news.example', BASE_PATH: '/explainer' })).toEqual({
      site: 'https://news.example',
      base: '/explainer/',
      siteIsDefault: false,
    });
  });
});
