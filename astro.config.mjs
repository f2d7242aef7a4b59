// @ts-check
import { fileURLToPath } from 'node:url';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { contentCheck } from './src/integrations/content-check.ts';
import { crossRefResolver } from './src/integrations/cross-ref-resolver.ts';
import { remarkCrossRefs } from './src/markdown/remark-cross-refs.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
// SITE_URL is the public origin (canonical links, feeds); BASE_PATH the sub-path, if any.
const site = process.env.SITE_URL ?? 'http://localhost:4321';
const base = process.env.BASE_PATH ?? '/';
// In a build content is read once; in dev, edits must show up, so re-read after a second.
const isBuild = process.argv.includes('build');

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    processor: unified({
      remarkPlugins: [[remarkCrossRefs, { resolve: crossRefResolver(root, base, isBuild ? Infinity : 1000) }]],
    }),
  },
  integrations: [contentCheck(root)],
});
