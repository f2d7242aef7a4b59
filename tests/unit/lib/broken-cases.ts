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
  [
    'curly-quotes',
    [
      'content/sources/first-report.yaml: title: found a curly quote “ at column 8, expected straight quotes " around the value (a word processor turned them curly; retype them in a plain-text editor) (line 2)',
    ],
  ],
  [
    'nbsp-after-colon',
    [
      'content/events/first-event.md: status: found a non-breaking space (\\u00a0) at column 8, expected an ordinary space after the colon: retype it (line 10)',
    ],
  ],
  [
    'zero-width-character',
    [
      'content/events/first-event.md: section: found a zero-width space (\\u200b) at column 14, expected no invisible characters in fields: delete it (move the cursor across the spot to find it, or retype the word) (line 9)',
    ],
  ],
  [
    'zero-width-file-name',
    [
      'content/places/a\\u200b-town.yaml: file name: found "a\\u200b-town", expected a kebab-case id: lower-case letters and digits joined by single hyphens, e.g. "kaetuai-killed"; rename the file to "a-town.yaml"',
    ],
  ],
  [
    'nested-item-line',
    [
      'content/article/story.md: corrections.0.settledBy.1: found "frist-event", which no section or event has, expected the id of a section or event (a file name in content/sections or content/events, without the extension); did you mean "first-event"? If it is new, create it first with npm run new -- event (line 15)',
    ],
  ],
  [
    'event-id-is-section-id',
    [
      'content/events/opening.md: file name: found the id "opening", already used by content/sections/opening.md, expected an id of its own (section and event ids share /timeline/ anchors); rename one file',
    ],
  ],
  [
    'ref-to-other-kind',
    [
      'content/events/second-event.md: sources.1: found "a-figure", which is a fact (content/facts), not a source, expected the id of a source; "a-figure" cannot be used here (line 8)',
      'content/facts/a-figure.md: body: found "first-event", which is an event (content/events), not a fact, expected event:first-event to link to that event (line 11)',
    ],
  ],
  [
    'future-date',
    [
      'content/events/first-event.md: updated: found "2030-01-01", a date that has not come yet (today is 2026-06-01), expected today or earlier: the day it really happened or was written (line 13)',
    ],
  ],
  [
    'event-updated-before-date',
    [
      'content/events/first-event.md: updated: found "2025-03-20", before the event itself ("2025-03-25"), expected the day this entry last changed, on or after the date of the event (line 13)',
    ],
  ],
  [
    'updated-before-published',
    [
      'content/article/story.md: updated: found "2025-03-20", before published ("2025-03-26"), expected the day the article last changed, on or after the day it was published (line 6)',
      'content/article/story.md: corrections.0.date: found "2025-03-21", before the article was published ("2025-03-26"), expected the day the correction was added, on or after the day the article was published (line 9)',
    ],
  ],
];
