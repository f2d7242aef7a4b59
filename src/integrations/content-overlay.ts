/**
 * The dev server's side of the content check: after every change under
 * content/, check again; show the problems in the browser's error overlay
 * (with the first file and line), and take the overlay away once all are fixed.
 */
import { isAbsolute, join, relative } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import type { ViteDevServer } from 'vite';
import { checkContent } from '../check/check-content.ts';
import { formatProblem, type Problem } from '../content/problem.ts';
import { counted, nounFor } from '../util/plural.ts';

/** The error the overlay shows: every problem, one per line, and the first one's file and line as its location. */
export interface OverlayError {
  name: string;
  title: string;
  message: string;
  hint: string;
  stack: string;
  loc?: { file: string; line: number; column: number };
}

/** The overlay's error for a list of problems found under `root`. */
export function overlayError(problems: readonly Problem[], root: string): OverlayError {
  const [first] = problems;
  const count = counted(problems.length, 'problem');
  return {
    name: 'Content problem',
    title: `${count} in content/: nothing is published until ${nounFor(problems.length, 'it is', 'they are')} fixed`,
    message: problems.map(formatProblem).join('\n'),
    hint: 'Fix each line above and save: the page reloads by itself when the content is valid. See EDITING.md.',
    // Astro reads a location out of a stack; an empty one keeps ours, which points at the editor's file.
    stack: '',
    ...(first && { loc: { file: join(root, first.file), line: first.line ?? 1, column: 1 } }),
  };
}

/** The parts of Vite's dev server the overlay needs, so tests can pass a stand-in. */
export type OverlayServer = {
  watcher: Pick<ViteDevServer['watcher'], 'add' | 'on'>;
  environments: { client: { hot: Pick<ViteDevServer['environments']['client']['hot'], 'send' | 'on'> } };
};

/** Re-checks content/ after each change (settled for `delayMs`) and keeps the overlay in step with the result. */
export function showProblemsInOverlay(
  server: OverlayServer,
  root: string,
  logger: Pick<AstroIntegrationLogger, 'error' | 'info'>,
  delayMs = 150,
): void {
  const contentDir = join(root, 'content');
  const hot = server.environments.client.hot;
  const errorNow = () => {
    const { problems } = checkContent(root);
    return problems.length > 0 ? overlayError(problems, root) : undefined;
  };
  // The config hook has already logged the problems found at start-up; only later changes are news.
  let current = errorNow();
  let timer: ReturnType<typeof setTimeout> | undefined;

  const recheck = () => {
    const error = errorNow();
    if (error?.message === current?.message) return;
    current = error;
    if (error) {
      logger.error(`${error.title}:\n${error.message}`);
      hot.send({ type: 'error', err: error });
    } else {
      logger.info('content/ is valid again.');
      hot.send({ type: 'full-reload', path: '*' });
    }
  };

  server.watcher.add(contentDir);
  server.watcher.on('all', (_event: string, path: string) => {
    const inside = relative(contentDir, path);
    if (inside.startsWith('..') || isAbsolute(inside)) return;
    clearTimeout(timer);
    timer = setTimeout(recheck, delayMs);
  });
  // A page opened (or reloaded) while content is broken still gets the overlay. It goes out through
  // hot.send, not to the one client, because Astro formats (and HTML-escapes) only what hot.send carries.
  hot.on('vite:client:connect', () => {
    if (current) hot.send({ type: 'error', err: current });
  });
}
