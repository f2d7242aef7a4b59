/**
 * Files under content/ that are not plain files. Astro's loaders follow a
 * symbolic link wherever it points (outside the project, to a system file, to
 * nothing), while the check would read something else or nothing: refuse them.
 */
import { readlinkSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import type { Problem } from './problem.ts';
import { visible } from './visible.ts';

/** A problem for a directory entry that is not a plain file or folder, or undefined when it is one. */
export function specialFileProblem(item: Dirent, file: string): Problem | undefined {
  if (item.isSymbolicLink()) {
    let target = 'somewhere';
    try {
      target = JSON.stringify(visible(readlinkSync(join(item.parentPath, item.name))));
    } catch {
      // Unreadable links are refused all the same.
    }
    return {
      file,
      field: 'file',
      found: `a symbolic link (to ${target})`,
      expected: 'a real file or folder inside content/: replace the link with a copy of what it points to',
    };
  }
  if (item.isFile() || item.isDirectory()) return undefined;
  return {
    file,
    field: 'file',
    found: 'something that is not a file (a device, socket or pipe)',
    expected: 'only plain markdown and YAML files inside content/; delete it',
  };
}
