import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { overlayError, showProblemsInOverlay, type OverlayServer } from '../../../src/integrations/content-overlay.ts';

const fixtures = join(import.meta.dirname, '../../fixtures');
const scratch = mkdtempSync(join(tmpdir(), 'content-overlay-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A stand-in for Vite's dev server that records what reaches the browser. */
function fakeServer() {
  const sent: unknown[] = [];
  const watched: string[] = [];
  const listeners: { change?: (event: string, path: string) => void; connection?: () => void } = {};
  const server = {
    watcher: {
      add: (path: string) => watched.push(path),
      on: (_: 'all', listener: (event: string, path: string) => void) => (listeners.change = listener),
    },
    environments: {
      client: {
        hot: {
          send: (payload: unknown) => sent.push(payload),
          on: (_: 'vite:client:connect', cb: () => void) => (listeners.connection = cb),
        },
      },
    },
  } as unknown as OverlayServer;
  return { server, sent, watched, listeners };
}

const quiet = { error: () => {}, info: () => {} };

describe('overlayError', () => {
  it('lists every problem and points at the first one', () => {
    const problems = [
      { file: 'content/events/a.md', field: 'date', found: '"2025-02-30"', expected: 'a real calendar date', line: 4 },
      { file: 'content/places/b.yaml', field: 'lat', found: '119.1', expected: 'a latitude between -90 and 90' },
    ];
    expect(overlayError(problems, '/site')).toEqual({
      name: 'Content problem',
      title: '2 problems in content/: nothing is published until they are fixed',
      message:
        'content/events/a.md: date: found "2025-02-30", expected a real calendar date (line 4)\n' +
        'content/places/b.yaml: lat: found 119.1, expected a latitude between -90 and 90',
      hint: 'Fix each line above and save: the page reloads by itself when the content is valid. See EDITING.md.',
      stack: '',
      loc: { file: '/site/content/events/a.md', line: 4, column: 1 },
    });
  });
});

describe('showProblemsInOverlay', () => {
  it('shows a problem after a change under content/, to new pages too, and reloads once it is fixed', async () => {
    const root = join(scratch, 'site');
    cpSync(join(fixtures, 'valid'), root, { recursive: true });
    const { server, sent, watched, listeners } = fakeServer();
    showProblemsInOverlay(server, root, quiet, 0);
    expect(watched).toEqual([join(root, 'content')]);

    const file = join(root, 'content/events/second-event.md');
    const original = readFileSync(file, 'utf8');
    writeFileSync(file, original.replace('status: reported', 'status: likely'));
    listeners.change?.('change', file);
    listeners.change?.('change', join(root, 'src/pages/index.astro'));
    await sleep(20);
    expect(sent).toEqual([
      {
        type: 'error',
        err: expect.objectContaining({
          message:
            'content/events/second-event.md: status: found "likely", expected one of confirmed, reported, unconfirmed, disputed (line 8)',
          loc: { file, line: 8, column: 1 },
        }),
      },
    ]);

    listeners.connection?.();
    expect(sent).toHaveLength(2);

    writeFileSync(file, original);
    listeners.change?.('change', file);
    await sleep(20);
    expect(sent.at(-1)).toEqual({ type: 'full-reload', path: '*' });
    listeners.connection?.();
    expect(sent).toHaveLength(3);
  });
});
