// @ts-check
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { contentCheck } from './src/integrations/content-check.ts';
import { crossRefResolver } from './src/integrations/cross-ref-resolver.ts';
import { remarkCrossRefs } from './src/markdown/remark-cross-refs.ts';

const projectRoot = fileURLToPath(new URL('.', import.meta.url));
// CONTENT_ROOT (a folder holding content/) lets tests build from a fixture tree.
const root = resolve(projectRoot, process.env.CONTENT_ROOT ?? '.');
// SITE_URL is the public origin (canonical links, feeds); BASE_PATH the sub-path, if any.
const site = process.env.SITE_URL ?? 'http://localhost:4321';
const base = process.env.BASE_PATH ?? '/';
// In a build content is read once; in dev, edits must show up, so re-read after a second.
const isBuild = process.argv.includes('build');

export default defineConfig({
  // A build from another content tree keeps its own content cache, so entries never mix.
  cacheDir: process.env.CONTENT_ROOT ? './node_modules/.astro-content-root' : './node_modules/.astro',
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    processor: unified({
      remarkPlugins: [[remarkCrossRefs, { base, resolve: crossRefResolver(root, base, isBuild ? Infinity : 1000) }]],
    }),
  },
  integrations: [contentCheck(root), sitemap()],
});
