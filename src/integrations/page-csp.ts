/** After a build, narrows every page's CSP <meta> to the hashes that page needs (see src/deploy/page-csp.ts). */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { narrowPageCsp } from '../deploy/page-csp.ts';

/** The integration. */
export function pageCsp(): AstroIntegration {
  return {
    name: 'page-csp',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const out = fileURLToPath(dir);
        const pages = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
        for (const page of pages.sort()) {
          const file = join(out, page);
          const html = readFileSync(file, 'utf8');
          const next = narrowPageCsp(html);
          if (next !== html) writeFileSync(file, next);
        }
      },
    },
  };
}
