/** The oEmbed 1.0 "rich" response for one embed, published as a static JSON file (https://oembed.com/). */
import { PREVIEW_SIZE } from '../previews/card.ts';
import type { Urls } from '../site/urls.ts';
import { EMBED_WIDTH, type EmbedTarget } from './embeds.ts';
import { embedSnippet } from './snippet.ts';

/** How long consumers may keep a response, in seconds: the snippet changes only if a title does. */
export const OEMBED_CACHE_AGE = 86_400;

/** The fields this site sends; every one the spec requires of a rich response is here. */
export interface OEmbedRich {
  type: 'rich';
  version: '1.0';
  title: string;
  provider_name: string;
  provider_url: string;
  html: string;
  width: number;
  height: number;
  thumbnail_url: string;
  thumbnail_width: number;
  thumbnail_height: number;
  cache_age: number;
}

/** The response for one embed; `site` is the public origin (with any base path resolved by `urls`). */
export function oembedFor(target: EmbedTarget, urls: Urls, site: URL, siteName: string): OEmbedRich {
  const absolute = (path: string) => new URL(path, site).href;
  return {
    type: 'rich',
    version: '1.0',
    title: target.title,
    provider_name: siteName,
    provider_url: absolute(urls.home()),
    html: embedSnippet({ src: absolute(urls.embed(target.id)), title: target.frameTitle, height: target.height }),
    width: EMBED_WIDTH,
    height: target.height,
    thumbnail_url: absolute(urls.preview(target.preview)),
    thumbnail_width: PREVIEW_SIZE.width,
    thumbnail_height: PREVIEW_SIZE.height,
    cache_age: OEMBED_CACHE_AGE,
  };
}
