// @ts-check
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import rehypeExternalLinks from 'rehype-external-links';
import rehypeSanitize from 'rehype-sanitize';
import { defineConfig } from 'astro/config';
import { contentCheck } from './src/integrations/content-check.ts';
import { isEmbedPath } from './src/embed/embed-paths.ts';
import { crossRefResolver } from './src/markdown/cross-ref-resolver.ts';
import { hostFiles } from './src/integrations/host-files.ts';
import { deployConfig } from './src/site/config.ts';
import { redirectPaths } from './src/integrations/redirect-paths.ts';
import { sitemapDates } from './src/integrations/sitemap-dates.ts';
import { remarkCrossRefs } from './src/markdown/remark-cross-refs.ts';
import { rehypeNoteMarkers } from './src/markdown/note-markers.ts';
import { sanitizeSchema } from './src/markdown/sanitize-schema.ts';

const projectRoot = fileURLToPath(new URL('.', import.meta.url));
// CONTENT_ROOT (a folder holding content/) lets tests build from a fixture tree.
const root = resolve(projectRoot, process.env.CONTENT_ROOT ?? '.');
// SITE_URL is the public origin (canonical links, feeds); BASE_PATH the sub-path, if any (src/site/config.ts).
const { site, base } = deployConfig(process.env);
// In a build content is read once; in dev, edits must show up, so re-read after a second.
const isBuild = process.argv.includes('build');
/** @type {Set<string> | undefined} read once, when the sitemap is written */
let redirects;
/** @type {Map<string, string> | undefined} each page's lastmod, from the content's logs, read once */
let lastmods;

export default defineConfig({
  // A build from another content tree keeps its own content cache, so entries never mix.
  cacheDir: process.env.CONTENT_ROOT ? './node_modules/.astro-content-root' : './node_modules/.astro',
  site,
  base,
  trailingSlash: 'always',
  // Pages whose data (their cacheKey, src/story/page-key.ts) and code are unchanged are copied from the
  // last build instead of rendered again; the cache lives in cacheDir, beside the content cache.
  experimental: { incrementalBuild: true },
  // Hash-based CSP in a <meta> on every page: only the site's own bundled scripts and styles run.
  // frame-ancestors cannot be set from a <meta>; the generated _headers (src/deploy/headers.ts) sends it.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self'",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
  // Every page's CSS inline in its HTML: no render-blocking request, one compressed stream within the 14 KB budget.
  build: { format: 'directory', inlineStylesheets: 'always', concurrency: 4 },
  // Scripts stay files, not inline: they are cached across pages, load after the page is read, and are
  // counted apart from the 14 KB of HTML+CSS. Other assets keep Vite's default.
  vite: { build: { assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined) } },
  markdown: {
    // No code in the story; Shiki's inline styles would also clash with the CSP.
    syntaxHighlight: false,
    processor: unified({
      remarkPlugins: [[remarkCrossRefs, { base, resolve: crossRefResolver(root, base, isBuild ? Infinity : 1000) }]],
      // Links out of the site must not hand the reader's page or its address to the other site.
      // Sanitising comes last, so nothing a plugin or an editor adds escapes it.
      rehypePlugins: [
        // Markers at the words each correction quotes, found from the quotes themselves.
        rehypeNoteMarkers,
        [rehypeExternalLinks, { rel: ['noopener', 'noreferrer'] }],
        [rehypeSanitize, sanitizeSchema],
      ],
    }),
  },
  integrations: [
    contentCheck(root),
    // Old addresses are redirects, not pages, and embeds are copies for other sites' frames: keep both out.
    sitemap({
      filter: (page) => {
        const path = new URL(page).pathname;
        return !isEmbedPath(path, base) && !(redirects ??= redirectPaths(root, base)).has(path);
      },
      // lastmod from the content's own dates and logs, never the clock, so builds stay byte-identical.
      serialize: (item) => {
        const lastmod = (lastmods ??= sitemapDates(root, base)).get(new URL(item.url).pathname);
        return lastmod ? { ...item, lastmod } : item;
      },
    }),
    // _headers for every build; netlify.toml only from the real content.
    hostFiles(root, !process.env.CONTENT_ROOT),
  ],
});
