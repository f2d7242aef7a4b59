/**
 * Runs the content check inside Astro, so `astro build` fails with the same
 * messages as `npm run check` (Astro itself stops at the first broken file,
 * only logs missing references and throwing markdown plugins). In dev the
 * server keeps running: problems are logged, and shown in the browser's error
 * overlay after every change under content/ until they are fixed.
 */
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { checkContent } from '../lib/check-content.ts';
import { formatProblem } from '../lib/problem.ts';
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
      'astro:server:setup': ({ server, logger }) => showProblemsInOverlay(server, root, logger),
    },
  };
}
