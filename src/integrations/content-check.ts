/**
 * Runs the content check inside Astro, so `astro build` fails with the same
 * messages as `npm run check` (Astro itself stops at the first broken file,
 * only logs missing references and throwing markdown plugins). In dev the
 * server keeps running: problems are logged, and shown in the browser's error
 * overlay after every change under content/ until they are fixed.
 *
 * After a build it hands on what scripts/build.ts and the benchmark need from
 * the same content index, so neither reads content/ again: the ledger with
 * this build's ids (to PENDING_LEDGER, made the real ledger only once the site
 * is in place) and how many times content was read (to CONTENT_INDEX_STATS).
 */
import { writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { checkContent } from '../check/check-content.ts';
import { contentIndexBuilds } from '../content/content-index.ts';
import { nextLedgerText } from '../content/record-ledger.ts';
import { formatProblem } from '../content/problem.ts';
import { showProblemsInOverlay } from './content-overlay.ts';

/** The Astro integration that guards every build with the content check. */
export function contentCheck(root: string): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        const { problems } = checkContent(root);
        if (problems.length === 0) return;
        const lines = problems.map(formatProblem).join('\n');
        if (command === 'build') {
          const error = new AstroError(
            `${problems.length} problem(s) in content/; nothing was built:\n${lines}`,
            'Fix each line above (npm run check lists them again in a second), then build again.',
          );
          // The stack points into this integration, not at the editor's files; it would only bury the list.
          error.stack = '';
          throw error;
        }
        logger.error(`${problems.length} problem(s) in content/:\n${lines}`);
      },
      'astro:build:done': () => {
        const pending = process.env['PENDING_LEDGER'];
        if (pending) writeFileSync(pending, nextLedgerText(root));
        const stats = process.env['CONTENT_INDEX_STATS'];
        if (stats) writeFileSync(stats, `${JSON.stringify({ contentReads: contentIndexBuilds() })}\n`);
      },
      'astro:server:setup': ({ server, logger }) => showProblemsInOverlay(server, root, logger),
    },
  };
}
