/**
 * Broken fixtures for the rules that keep a mistake from publishing a broken
 * page (symlinks, invisible characters, dates, bodies, places, plain-text
 * fields): each name is a folder of tests/fixtures/broken/, each list the
 * exact lines `npm run check` prints for it.
 */
export const MORE_CASES: [string, string[]][] = [
  [
    'bad-site-settings',
    [
      'content/site.yaml: language: found "en_GB", expected a BCP 47 language tag such as "en", "en-GB" or "fr-HT" (line 2)',
      'content/site.yaml: map.country: found "Atlantis", expected an ISO 3166-1 country code: two letters ("HT"), three letters ("HTI") or three digits ("332") (line 5)',
    ],
  ],
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
      'content/article/story.md: log.0.settledBy.1: found "frist-event", which no section or event has, expected the id of a section or event (a file name in content/sections or content/events, without the extension); did you mean "first-event"? If it is new, create it first with npm run new -- event (line 14)',
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
      'content/events/first-event.md: log.0.date: found "2030-01-01", a date that has not come yet (today is 2026-06-01), expected today or earlier: the day it really happened or was written (line 14)',
    ],
  ],
  [
    'event-updated-before-date',
    [
      'content/events/first-event.md: log.0.date: found "2025-03-20", before the event itself ("2025-03-25"), expected the day the change was made, on or after the date of the entry it changes (line 14)',
    ],
  ],
  [
    'updated-before-published',
    [
      'content/article/story.md: log.0.date: found "2025-03-21", before the article was published ("2025-03-26"), expected the day the change was made, on or after the date of the entry it changes (line 8)',
    ],
  ],
  [
    'heading-in-body',
    [
      'content/events/first-event.md: body: found a heading (level 2), expected no headings in this text (the page gives it its heading): start a new event or section for a new part of the story, or use **bold words**; a line of === or --- under a line of text also makes a heading, so leave a blank line before --- (line 17)',
      'content/events/first-event.md: body: found a heading (level 2), expected no headings in this text (the page gives it its heading): start a new event or section for a new part of the story, or use **bold words**; a line of === or --- under a line of text also makes a heading, so leave a blank line before --- (line 19)',
    ],
  ],
  [
    'footnote-in-body',
    [
      'content/events/first-event.md: body: found a footnote ([^1]), expected no footnotes (two entries on one page would repeat their ids): cite with [words](source:<id>), or say it in the text (line 17)',
    ],
  ],
  [
    'image-in-body',
    [
      'content/events/first-event.md: body: found an image ("https://example.org/scene.jpg"), expected no images in text (the site shows none, and loads nothing from other sites): link to it with [words](https://…) (line 17)',
      'content/events/first-event.md: body: found an image ("map.png"), expected no images in text (the site shows none, and loads nothing from other sites): link to it with [words](https://…) (line 19)',
    ],
  ],
  [
    'link-leads-nowhere',
    [
      'content/events/first-event.md: body: found a link to "/timeline/no-such-id/", a page the site does not have, expected a cross-reference such as [words](event:<id>), (fact:<id>), (source:<id>) or (section:<id>), which the check keeps in step with the ids (line 15)',
      'content/events/first-event.md: body: found a link to the anchor "#nowhere" alone (this text is shown on more than one page, so it may lead nowhere), expected a cross-reference such as [words](event:<id>), (fact:<id>), (source:<id>) or (section:<id>), which the check keeps in step with the ids (line 15)',
      'content/events/first-event.md: body: found a link to "/facts/#no-figure", an anchor that page does not have, expected a cross-reference such as [words](event:<id>), (fact:<id>), (source:<id>) or (section:<id>), which the check keeps in step with the ids (line 15)',
      'content/events/first-event.md: body: found a relative link "sources/", expected a cross-reference such as [words](event:<id>), (fact:<id>), (source:<id>) or (section:<id>), which the check keeps in step with the ids, or an address from the site\'s root such as "/timeline/" (line 16)',
      'content/events/first-event.md: body: found a link to "/timeline" without its closing /, expected "/timeline/" (line 16)',
      'content/events/first-event.md: body: found a link to the old address "/timeline/old-first-event/", expected its current address "/timeline/first-event/", or a cross-reference such as [words](event:<id>), (fact:<id>), (source:<id>) or (section:<id>), which the check keeps in step with the ids (line 16)',
    ],
  ],
  [
    'http-link-in-body',
    [
      'content/events/first-event.md: body: found a plain http:// link "http://example.org/paper", expected an https:// address (if the page truly has no https copy, add it as a source with httpOnly: true and link to it with [words](source:<id>)) (line 15)',
      'content/events/first-event.md: body: found a bare web address "www.example.org", expected a full link: [words](https://www.example.org) (line 15)',
    ],
  ],
  [
    'body-too-large',
    [
      'content/events/first-event.md: body: found a text of 103 KB, expected at most 100 KB of text; split it into several entries, or check that nothing was pasted twice',
    ],
  ],
  [
    'empty-article-body',
    [
      'content/article/story.md: body: found no text below the fields, expected the text of the page, below the closing --- line (without it the page is empty)',
      'content/article/story.md: log.0.quote: found "on Tuesday", expected words that appear in the article text exactly as published; copy them from the article, curly quotes and apostrophes included (line 10)',
    ],
  ],
  [
    'reserved-id',
    [
      'content/events/main.md: file name: found the id "main", which the page it is shown on uses for itself, expected another id (not main or map-outline); rename the file',
    ],
  ],
  [
    'link-in-field',
    [
      'content/article/story.md: log.0.note: found "It was on [the Tuesday](https://example.org/tuesday) before.", expected one sentence on one line, at most 600 characters, whose links are cross-references only: [words](event:<id>), [words](fact:<id>), [words](source:<id>) or [words](section:<id>) (line 11)',
      'content/article/story.md: known.0.text: found "Something is [known](fact:a-figure).", expected one plain sentence without links: [words](…) links work only in the text below the fields (the markdown body); fields show plain text (line 14)',
      'content/events/first-event.md: summary: found "Something happened after [the opening](section:opening).", expected a one- or two-sentence summary without links: [words](…) links work only in the text below the fields (the markdown body); fields show plain text (line 3)',
      'content/events/first-event.md: statusNote: found "see [the report](source:first-report)", expected a short qualifier without links: [words](…) links work only in the text below the fields (the markdown body); fields show plain text (line 11)',
      'content/sections/opening.md: summary: found "The first phase, told [here](https://example.org/).", expected a one- or two-sentence summary without links: [words](…) links work only in the text below the fields (the markdown body); fields show plain text (line 4)',
    ],
  ],
  [
    'country-misspelt',
    [
      'content/places/a-town.yaml: country: found "Haïti", expected "Haiti", spelt as the site spells it (the map and the place list match names exactly) (line 4)',
      'content/places/a-town.yaml: lon: found 72.6, expected a longitude between -74.8 and -71.35 for a place in Haiti (north positive, west negative); check the source, or that lat and lon are not swapped (line 6)',
    ],
  ],
  [
    'place-in-another-country',
    [
      'content/places/a-town.yaml: lat: found lat 19.1, lon -72.6, a point in Haiti, not in Kenya, expected coordinates in Kenya, from a source that gives them: check the signs (south and west are negative) (line 5)',
      'content/places/b-town.yaml: lat: found lat -1.3, lon 46.8, a point in the sea, not in Kenya, expected coordinates in Kenya, from a source that gives them: check the signs (south and west are negative) (line 4)',
    ],
  ],
  [
    'percentage-as-fraction',
    [
      'content/facts/a-figure.md: value: found 0.9 with unit "%" (it would read "0.9%"), expected the percentage itself: 90 for 90 % (line 3)',
    ],
  ],
  [
    'unit-placeholder',
    [
      'content/facts/a-figure.md: unit: found "-", which says nothing after the number, expected what the figure counts, shown after it: "people", "officers", "%" (line 6)',
    ],
  ],
];
