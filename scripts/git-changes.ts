/**
 * Asks git which content files differ from the last commit, with their committed
 * text, for the "changed without a dated note" rule. Any trouble with git (not
 * installed, not a repository, no commit yet) means no comparison, never a failure.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ChangedFile } from './lib/updated-unchanged.ts';

/** The changed content files, or why they could not be found. */
export type GitChanges = { ok: true; changes: ChangedFile[] } | { ok: false; reason: string };

function git(root: string, args: readonly string[]) {
  return spawnSync('git', ['-C', root, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

/** Content files under `<root>/content` modified since HEAD (staged or not), with both versions. */
export function contentChangesSinceHead(root: string): GitChanges {
  const inside = git(root, ['rev-parse', '--is-inside-work-tree']);
  if (inside.error) return { ok: false, reason: 'git is not available' };
  if (inside.status !== 0) return { ok: false, reason: 'the folder is not a git repository' };
  const head = git(root, ['rev-parse', '--verify', '--quiet', 'HEAD']);
  if (head.status !== 0) return { ok: false, reason: 'there is no commit to compare with yet' };
  // --relative keeps paths relative to root even when root is not the top of the repository.
  const diff = git(root, ['diff', '-z', '--name-only', '--relative', '--diff-filter=M', 'HEAD', '--', 'content']);
  if (diff.status !== 0) return { ok: false, reason: 'git could not list the changed files' };
  const changes: ChangedFile[] = [];
  for (const file of diff.stdout.split('\0').filter((name) => name !== '')) {
    const path = join(root, file);
    if (!existsSync(path)) continue;
    const before = git(root, ['show', `HEAD:./${file}`]);
    if (before.status !== 0) continue;
    changes.push({ file, before: before.stdout, after: readFileSync(path, 'utf8') });
  }
  return { ok: true, changes };
}
