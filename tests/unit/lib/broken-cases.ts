/**
 * Broken fixtures for the rules that keep a mistake from publishing a broken
 * page (symlinks, invisible characters, dates, bodies, places, plain-text
 * fields): each name is a folder of tests/fixtures/broken/, each list the
 * exact lines `npm run check` prints for it.
 */
export const MORE_CASES: [string, string[]][] = [
  [
    'symlink',
    [
      'content/events/linked-event.md: file: found a symbolic link (to "/etc/hostname"), expected a real file or folder inside content/: replace the link with a copy of what it points to',
    ],
  ],
];
