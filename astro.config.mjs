// @ts-check
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import rehypeExternalLinks from 'rehype-external-links';
import rehypeSanitize from 'rehype-sanitize';
import { defineConfig } from 'astro/config';
import { contentCheck } from './src/integrations/content-check.ts';
import { crossRefResolver } from './src/integrations/cross-ref-resolver.ts';
import { redirectPaths } from './src/integrations/redirect-paths.ts';
import { remarkCrossRefs } from './src/markdown/remark-cross-refs.ts';
import { sanitizeSchema } from './src/markdown/sanitize-schema.ts';

const projectRoot = fileURLToPath(new URL('.', import.meta.url));
// CONTENT_ROOT (a folder holding content/) lets tests build from a fixture tree.
const root = resolve(projectRoot, process.env.CONTENT_ROOT ?? '.');
// SITE_URL is the public origin (canonical links, feeds); BASE_PATH the sub-path, if any.
const site = process.env.SITE_URL ?? 'http://localhost:4321';
const base = process.env.BASE_PATH ?? '/';
// In a build content is read once; in dev, edits must show up, so re-read after a second.
const isBuild = process.argv.includes('build');
/** @type {Set<string> | undefined} read once, when the sitemap is written */
let redirects;

export default defineConfig({
  // A build from another content tree keeps its own content cache, so entries never mix.
  cacheDir: process.env.CONTENT_ROOT ? './node_modules/.astro-content-root' : './node_modules/.astro',
  site,
  base,
  trailingSlash: 'always',
  // Hash-based CSP in a <meta> on every page: only the site's own bundled scripts and styles run.
  // frame-ancestors cannot be set from a <meta>; public/_headers sends it for hosts that read that file.
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
  build: { format: 'directory' },
  markdown: {
    // No code in the story; Shiki's inline styles would also clash with the CSP.
    syntaxHighlight: false,
    processor: unified({
      remarkPlugins: [[remarkCrossRefs, { base, resolve: crossRefResolver(root, base, isBuild ? Infinity : 1000) }]],
      // Links out of the site must not hand the reader's page or its address to the other site.
      // Sanitising comes last, so nothing a plugin or an editor adds escapes it.
      rehypePlugins: [
        [rehypeExternalLinks, { rel: ['noopener', 'noreferrer'] }],
        [rehypeSanitize, sanitizeSchema],
      ],
    }),
  },
  integrations: [
    contentCheck(root),
    // Old addresses are redirects, not pages: keep them out of the sitemap.
    sitemap({ filter: (page) => !(redirects ??= redirectPaths(root, base)).has(new URL(page).pathname) }),
  ],
});
