import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/check/check-content.ts';
import { formatProblem } from '../../../src/content/problem.ts';
import { MORE_CASES } from './broken-cases.ts';

const fixtures = join(import.meta.dirname, '../../fixtures');
const scratch = mkdtempSync(join(tmpdir(), 'content-check-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The valid fixture with one broken fixture's files laid over it. */
function brokenCopy(name: string): string {
  const root = join(scratch, name);
  cpSync(join(fixtures, 'valid'), root, { recursive: true });
  // Verbatim, so a fixture's symbolic link stays the link it is (and its message stays the same).
  cpSync(join(fixtures, 'broken', name), root, { recursive: true, verbatimSymlinks: true });
  return root;
}

// One broken fixture per rule; each pins the exact lines an editor reads.
const EARLIER_CASES: [string, string[]][] = [
  [
    'alias-collision',
    [
      'content/events/first-event.md: aliases.0: found "second-event", the live id of content/events/second-event.md, expected an old id that no other entry uses; aliases list only ids this entry itself used to have, so remove it (line 12)',
      'published-ids.json: timeline: found "old-first-event", a published id that no entry has any more, expected an entry with that id, or "old-first-event" listed under aliases: in the entry that replaced it, so its old links redirect there (only if it was published by mistake: npm run ids:retire -- timeline:old-first-event)',
    ],
  ],
  [
    'all-at-once',
    [
      'content/events/first-event.md: status: found "likely", expected one of confirmed, reported, unconfirmed, disputed (line 10)',
      'content/places/a-town.yaml: lat: found 119.1, expected a latitude between -90 and 90 (line 5)',
      'content/sections/opening.md: order: found "first", expected a whole number such as 1, 2 or 3 (line 3)',
    ],
  ],
  [
    'bad-corrections-contact',
    [
      'content/site.yaml: correctionsContact: found "ask at the front desk", expected an e-mail address ("corrections@example.org") or a full https:// address of a form (line 8)',
    ],
  ],
  [
    'bad-date',
    [
      'content/events/first-event.md: date: found "2025-02-30", expected a real calendar date (February 2025 has 28 days) (line 4)',
    ],
  ],
  [
    'bad-time-zone',
    [
      'content/events/first-event.md: timeZone: found "EST", expected an IANA time zone such as "America/Port-au-Prince" or "Africa/Nairobi" (line 7)',
    ],
  ],
  [
    'coordinate-out-of-range',
    ['content/places/a-town.yaml: lat: found 119.1, expected a latitude between -90 and 90 (line 5)'],
  ],
  [
    'correction-quote-not-in-article',
    [
      'content/article/story.md: log.0.quote: found "on Wednesday", expected words that appear in the article text exactly as published; copy them from the article, curly quotes and apostrophes included (line 10)',
    ],
  ],
  [
    'date-with-time',
    [
      'content/sources/first-report.yaml: published: found "2025-03-26T09:00", expected the date alone, "2025-03-26" (an event\'s time of day goes in its own field: time: "16:30") (line 4)',
    ],
  ],
  [
    'duplicate-id',
    [
      'content/events/second-event.md: file name: found the id "second-event", already used by content/sections/second-event.md, expected an id of its own (section and event ids share /timeline/ anchors); rename one file',
    ],
  ],
  [
    'duplicate-order',
    [
      'content/sections/opening.md: order: found 1, also the order of content/sections/closing.md, expected a number no other section uses; renumber one of the two (line 3)',
    ],
  ],
  [
    'empty-file',
    [
      'content/facts/a-figure.md: file: found an empty file, expected the fields of this kind of entry (delete it and run npm run new -- fact, or copy a neighbouring file)',
    ],
  ],
  [
    'http-url',
    [
      'content/sources/first-report.yaml: url: found "http://example.org/report", expected a full https:// address, e.g. "https://press.un.org/2023/sc15432.doc.htm" (if the publisher truly has no https page, add "httpOnly: true") (line 3)',
    ],
  ],
  [
    'id-not-kebab',
    [
      'content/events/Second_Event.md: file name: found "Second_Event", expected a kebab-case id: lower-case letters and digits joined by single hyphens, e.g. "kaetuai-killed"; rename the file to "second-event.md"',
    ],
  ],
  [
    'javascript-url',
    [
      'content/sources/first-report.yaml: url: found "javascript:alert(1)", expected a full https:// address, e.g. "https://press.un.org/2023/sc15432.doc.htm" (line 3)',
    ],
  ],
  [
    'missing-field',
    [
      'content/events/first-event.md: title: found nothing, expected a short headline as text (this field is required; add it, e.g. title: Kenyan officer missing after gang ambush near Pont-Sondé)',
    ],
  ],
  [
    'misspelt-reference',
    [
      'content/events/first-event.md: place: found "a-twon", which no place has, expected the id of a place (a file name in content/places, without the extension); did you mean "a-town"? If it is new, create it first with npm run new -- place (line 8)',
    ],
  ],
  [
    'no-sources',
    [
      'content/events/first-event.md: sources: found an empty list, expected at least one source id (every event needs a source) (line 11)',
    ],
  ],
  [
    'not-utf8',
    [
      'content/facts/a-figure.md: file: found bytes that are not UTF-8 text, expected a file saved as UTF-8 (choose UTF-8 in your editor\'s "Save as")',
    ],
  ],
  [
    'place-off-the-map',
    [
      'content/places/a-town.yaml: lon: found 72.6, expected a longitude between -74.8 and -71.35 for a place in Haiti (north positive, west negative); check the source, or that lat and lon are not swapped (line 6)',
    ],
  ],
  [
    'previous-fact-not-earlier',
    [
      'content/facts/later-figure.md: previous: found "a-figure", as of the same date or later, expected the id of a count made before this one (its asOf is earlier) (line 7)',
    ],
  ],
  [
    'previous-fact-other-unit',
    [
      'content/facts/later-figure.md: previous: found "a-figure", counted in things, expected an earlier count in the same unit (items) (line 7)',
    ],
  ],
  [
    'published-id-removed',
    [
      'published-ids.json: facts: found "old-figure", a published id that no entry has any more, expected an entry with that id, or "old-figure" listed under aliases: in the entry that replaced it, so its old links redirect there (only if it was published by mistake: npm run ids:retire -- facts:old-figure)',
      'published-ids.json: timeline: found "third-event", a published id that no entry has any more, expected an entry with that id, or "third-event" listed under aliases: in the entry that replaced it, so its old links redirect there (only if it was published by mistake: npm run ids:retire -- timeline:third-event)',
    ],
  ],
  [
    'source-without-title',
    [
      'content/sources/fourth-report.yaml: title: found nothing, expected the headline as published (if none was recorded, add "noTitleRecorded: true" instead)',
    ],
  ],
  [
    'status-note-repeats-status',
    [
      'content/events/second-event.md: statusNote: found "reported by one paper", expected a note that does not start with "reported" (the site already shows "reported:" before it); drop the word (line 9)',
    ],
  ],
  [
    'status-typo',
    [
      'content/events/first-event.md: status: found "Confirmed", expected one of confirmed, reported, unconfirmed, disputed; did you mean "confirmed"? (line 10)',
    ],
  ],
  [
    'time-without-day',
    [
      'content/events/first-event.md: time: found "16:30", expected no time unless the date gives the day; add the day to the date, or remove the time line (line 6)',
    ],
  ],
  [
    'time-without-zone',
    [
      'content/events/first-event.md: timeZone: found nothing, expected an IANA time zone such as "America/Port-au-Prince" or "Africa/Nairobi" beside the time',
    ],
  ],
  [
    'unknown-correction-ref',
    [
      'content/article/story.md: log.0.settledBy.0: found "no-such-fact", which no fact has, expected the id of a fact (a file name in content/facts, without the extension); check the spelling, or create it first with npm run new -- fact (line 12)',
    ],
  ],
  [
    'unknown-cross-ref',
    [
      'content/events/first-event.md: body: found "third-event", which no section or event has, expected the id of a section or event (a file name in content/sections or content/events, without the extension); check the spelling, or create it first with npm run new -- event (line 15)',
    ],
  ],
  [
    'unknown-day',
    [
      'content/events/first-event.md: date: found "2025-03-00", expected the month alone, "2025-03", when the day is not known (the site then shows the month only) (line 4)',
    ],
  ],
  [
    'unknown-field',
    [
      'content/events/first-event.md: title: found nothing, expected a short headline as text (this field is required; add it, e.g. title: Kenyan officer missing after gang ambush near Pont-Sondé)',
      'content/events/first-event.md: titel: found a field this kind of entry does not have, expected one of title, summary, date, approximate, time, timeZone, place, section, status, statusNote, sources, aliases, log; did you mean "title"? (line 2)',
    ],
  ],
  [
    'unknown-place',
    [
      'content/events/first-event.md: place: found "atlantis", which no place has, expected the id of a place (a file name in content/places, without the extension); check the spelling, or create it first with npm run new -- place (line 8)',
    ],
  ],
  [
    'unknown-previous-fact',
    [
      'content/facts/later-figure.md: previous: found "a-figur", which no fact has, expected the id of a fact (a file name in content/facts, without the extension); did you mean "a-figure"? If it is new, create it first with npm run new -- fact (line 7)',
    ],
  ],
  [
    'unknown-section',
    [
      'content/events/first-event.md: section: found "closing", which no section has, expected the id of a section (a file name in content/sections, without the extension); check the spelling, or create it first with npm run new -- section (line 9)',
    ],
  ],
  [
    'unknown-source',
    [
      'content/events/first-event.md: sources.1: found "fifth-report", which no source has, expected the id of a source (a file name in content/sources, without the extension); check the spelling, or create it first with npm run new -- source (line 11)',
    ],
  ],
  [
    'unknown-status',
    [
      'content/events/first-event.md: status: found "likely", expected one of confirmed, reported, unconfirmed, disputed (line 10)',
    ],
  ],
  [
    'unquoted-date',
    [
      'content/events/first-event.md: date: found 2025-03-25 without quotes, expected the date in double quotes, e.g. "2025-03-25" (unquoted, YAML changes its meaning) (line 4)',
    ],
  ],
  [
    'unsafe-link',
    [
      'content/events/first-event.md: body: found a link to "javascript:alert(1)", expected an https:// link or a reference event:<id>, fact:<id>, source:<id>, section:<id> with a kebab-case id (line 15)',
    ],
  ],
  [
    'updated-field-retired',
    [
      'content/events/first-event.md: updated: found a field that is no longer used, expected no "updated" line: the date is now derived from the log. Delete the line and add a dated log entry saying what changed (see EDITING.md, "The update log") (line 12)',
    ],
  ],
  [
    'updated-not-to-the-day',
    [
      'content/events/first-event.md: log.0.date: found "2025-12", expected the full date with the day, such as "2025-12-27" (this date is always known to the day) (line 14)',
    ],
  ],
  [
    'wrong-folder',
    [
      'content/events/2025/stray.md: file: found a file in a place no collection reads, expected one of content/article/<id>.md, content/sections/<id>.md, content/events/<id>.md, content/facts/<id>.md, content/sources/<id>.yaml, content/places/<id>.yaml, content/pages/<id>.md, content/site.yaml; move or rename it',
      'content/notes.md: file: found a file in a place no collection reads, expected one of content/article/<id>.md, content/sections/<id>.md, content/events/<id>.md, content/facts/<id>.md, content/sources/<id>.yaml, content/places/<id>.yaml, content/pages/<id>.md, content/site.yaml; move or rename it',
    ],
  ],
  [
    'wrong-type',
    ['content/sections/opening.md: order: found "first", expected a whole number such as 1, 2 or 3 (line 3)'],
  ],
  [
    'yaml-syntax',
    [
      'content/events/first-event.md: file: found YAML it cannot read (bad indentation of a mapping entry), expected valid YAML: "field: value" lines, text with a colon in double quotes, lists indented evenly (line 2)',
    ],
  ],
];
// Rules about today's date are pinned to one day, so the messages do not change with the calendar.
const PINNED_TODAY = '2026-06-01';
const CASES = [...EARLIER_CASES, ...MORE_CASES].sort(([a], [b]) => a.localeCompare(b));

describe('checkContent', () => {
  it('passes the valid fixture', () => {
    expect(checkContent(join(fixtures, 'valid')).problems).toEqual([]);
  });

  it('passes the real content/', () => {
    const { problems, content } = checkContent(join(import.meta.dirname, '../../..'));
    expect(problems.map(formatProblem)).toEqual([]);
    expect(content.article).toHaveLength(1);
    expect(content.events.length).toBeGreaterThan(20);
  });

  it('has a pinned case for every broken fixture', () => {
    expect(CASES.map(([name]) => name)).toEqual(readdirSync(join(fixtures, 'broken')).sort());
  });

  it.each(CASES)('reports the broken fixture %s', (name, expected) => {
    expect(checkContent(brokenCopy(name), PINNED_TODAY).problems.map(formatProblem)).toEqual(expected);
  });
});
