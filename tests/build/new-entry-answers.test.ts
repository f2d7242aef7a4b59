import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const project = join(import.meta.dirname, '../..');
const scratch = mkdtempSync(join(tmpdir(), 'new-entry-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Runs `npm run new -- <kind>` in a copy of the valid fixture, answering from `answers`, one per line. */
function runNew(kind: string, answers: string[]) {
  const root = join(scratch, kind);
  cpSync(join(project, 'tests/fixtures/valid'), root, { recursive: true });
  symlinkSync(join(project, 'node_modules'), join(root, 'node_modules'));
  const run = spawnSync(process.execPath, [join(project, 'scripts/new-entry.ts'), kind], {
    cwd: root,
    input: `${answers.join('\n')}\n`,
    env: { ...process.env, NEW_ENTRY_ASK: '1' },
    encoding: 'utf8',
  });
  return { root, out: run.stdout + run.stderr, status: run.status };
}

describe('npm run new, answered line by line', () => {
  it(
    'asks again for a field only a whole-entry rule refuses (http://), keeping every other answer',
    { timeout: 60_000 },
    () => {
      // id, publisher, title, url, kind; then the url again.
      const answers = ['new-paper', 'A Paper', 'A title', 'http://example.org/x', 'news-report'];
      const { root, out } = runNew('source', [...answers, 'https://example.org/x']);
      expect(out).toContain('That will not do: url: expected a full https:// address');
      const file = join(root, 'content/sources/new-paper.yaml');
      expect(existsSync(file)).toBe(true);
      const text = readFileSync(file, 'utf8');
      expect(text).toContain('url: https://example.org/x');
      expect(text).toContain('publisher: A Paper');
      expect(text).toContain('title: A title');
    },
  );

  it('writes nothing when the answers run out', { timeout: 60_000 }, () => {
    const { root, out, status } = runNew('place', ['a-village']);
    expect(status).toBe(1);
    expect(out).toContain('No more answers: nothing was written.');
    expect(existsSync(join(root, 'content/places/a-village.yaml'))).toBe(false);
  });
});
