/** Bytes a reader downloads for one page: HTML (with its inline CSS), external CSS, JS and images, raw and brotli. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

const brotli = (text: string | Buffer) =>
  brotliCompressSync(text, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** What one page weighs. */
export interface PageWeight {
  path: string;
  htmlRaw: number;
  htmlBrotli: number;
  /** Inline <style> bytes, part of the HTML above. */
  inlineCss: number;
  cssBrotli: number;
  jsRaw: number;
  jsBrotli: number;
  imagesRaw: number;
  requests: number;
  /** Requests that hold up the first render: stylesheets and classic scripts without defer or async (module scripts are deferred). */
  blocking: number;
}

/** Measures a built page, following its stylesheet, script and image references into dist/. */
export function pageWeight(dist: string, path: string): PageWeight {
  const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
  const attr = (tag: string, name: string) =>
    [...html.matchAll(new RegExp(`<${tag}\\b[^>]*\\b${name}="([^"]+)"`, 'g'))].map((m) => m[1] ?? '');
  const local = (url: string) => (url.startsWith('/') ? readFileSync(join(dist, url)) : Buffer.alloc(0));
  const stylesheets = attr('link', 'href')
    .filter((href) => href.endsWith('.css'))
    .map(local);
  const scriptTags = [...html.matchAll(/<script\b[^>]*\bsrc="[^"]+"[^>]*>/g)].map((m) => m[0]);
  const scriptFiles = attr('script', 'src').map(local);
  const blockingScripts = scriptTags.filter((tag) => !/\btype="module"|\basync\b|\bdefer\b/.test(tag));
  const inlineScripts = [...html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
  const images = attr('img', 'src').map(local);
  const inlineCss = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].reduce((sum, m) => sum + (m[1]?.length ?? 0), 0);
  const js = [...scriptFiles, ...inlineScripts.map((s) => Buffer.from(s))];
  return {
    path,
    htmlRaw: Buffer.byteLength(html),
    htmlBrotli: brotli(html),
    inlineCss,
    cssBrotli: stylesheets.reduce((sum, css) => sum + brotli(css), 0),
    jsRaw: js.reduce((sum, b) => sum + b.length, 0),
    jsBrotli: js.reduce((sum, b) => sum + brotli(b), 0),
    imagesRaw: images.reduce((sum, b) => sum + b.length, 0),
    requests: 1 + stylesheets.length + scriptFiles.length + images.length,
    blocking: stylesheets.length + blockingScripts.length,
  };
}

/** What the pages that grow with the story weigh: the front page, the timeline and the heaviest event page. */
export interface ScaleWeights {
  home: PageWeight;
  timeline: PageWeight;
  heaviestEvent: PageWeight;
}

/** Measures `/`, `/timeline/` and every event page of a built site, keeping the heaviest event page. */
export function scaleWeights(dist: string): ScaleWeights {
  const events = readdirSync(join(dist, 'timeline'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => pageWeight(dist, `/timeline/${entry.name}/`));
  const total = (w: PageWeight) => w.htmlBrotli + w.cssBrotli;
  const heaviestEvent = events.reduce((a, b) => (total(b) > total(a) ? b : a), events[0] ?? pageWeight(dist, '/'));
  return { home: pageWeight(dist, '/'), timeline: pageWeight(dist, '/timeline/'), heaviestEvent };
}
