import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentChangesSinceHead } from '../../scripts/git-changes.ts';

const scratch = mkdtempSync(join(tmpdir(), 'git-changes-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const git = (root: string, ...args: string[]) =>
  spawnSync('git', ['-C', root, '-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args], {
    encoding: 'utf8',
  });

function tree(name: string): string {
  const root = join(scratch, name);
  mkdirSync(join(root, 'content/events'), { recursive: true });
  writeFileSync(join(root, 'content/events/an-event.md'), '---\ntitle: Before\n---\n');
  writeFileSync(join(root, 'content/events/untouched.md'), '---\ntitle: Same\n---\n');
  return root;
}

describe('contentChangesSinceHead', () => {
  it('says why there is nothing to compare outside a repository', () => {
    expect(contentChangesSinceHead(tree('no-repo'))).toEqual({
      ok: false,
      reason: 'the folder is not a git repository',
    });
  });

  it('says why there is nothing to compare before the first commit', () => {
    const root = tree('no-commit');
    git(root, 'init', '--quiet');
    expect(contentChangesSinceHead(root)).toEqual({ ok: false, reason: 'there is no commit to compare with yet' });
  });

  it('lists modified content files with their committed and current text, not new ones', () => {
    const root = tree('repo');
    git(root, 'init', '--quiet');
    git(root, 'add', '.');
    git(root, 'commit', '--quiet', '-m', 'start');
    writeFileSync(join(root, 'content/events/an-event.md'), '---\ntitle: After\n---\n');
    writeFileSync(join(root, 'content/events/new-event.md'), '---\ntitle: New\n---\n');
    expect(contentChangesSinceHead(root)).toEqual({
      ok: true,
      changes: [
        {
          file: 'content/events/an-event.md',
          before: '---\ntitle: Before\n---\n',
          after: '---\ntitle: After\n---\n',
        },
      ],
    });
  });
});
