/** The front page's "What changed": every log entry of every entry, newest first, each linked to where it is shown. */
import type { LogEntry } from '../schemas/log.ts';
import { comparePartialDates, type PartialDate } from '../dates/partial-date.ts';
import type { Story } from './story.ts';
import { correctionAnchor, logAnchor, logLabel, notePlain, quotedNotes } from './update-log.ts';
import type { Urls } from '../site/urls.ts';

/** One line of "What changed". */
export interface ChangeLine {
  href: string;
  /** "Updated 25 September 2025" or "Correction, 9 December 2025". */
  label: string;
  date: PartialDate;
  /** What changed: an event's title, a figure's label, a section's title, or a note on the article. */
  what: string;
  /** For updates to the front page itself, which have no other place: the anchor and the note, shown in the list. */
  own?: { anchor: string; note: string };
  /** A note on the article as first published: the front page lists those in full just above. */
  articleNote?: true;
}

const lines = (log: readonly LogEntry[], id: string, what: string, page: string, own = false): ChangeLine[] =>
  log.map((entry, index) => {
    const anchor = logAnchor(id, index);
    const line = { href: `${page}#${anchor}`, label: logLabel(entry), date: entry.date, what };
    return own ? { ...line, own: { anchor, note: notePlain(entry.note) } } : line;
  });

/** Every change, newest first; changes of one day keep a fixed order (article, sections, events, facts). */
export function whatChanged(story: Story, urls: Urls): ChangeLine[] {
  const article = story.article.data;
  const notes = quotedNotes(article.log).map((note, index) => ({
    href: `${urls.home()}#${correctionAnchor(index)}`,
    label: logLabel(note),
    date: note.date,
    what: `note ${index + 1} on the article as first published`,
    articleNote: true as const,
  }));
  const all = [
    ...notes,
    ...lines(
      article.log.filter((entry) => entry.quote === undefined),
      'article',
      'this page',
      urls.home(),
      true,
    ),
    ...story.sections.flatMap((s) => lines(s.data.log, s.id, s.data.title, urls.timelinePage(s.id))),
    ...story.events.flatMap((e) => lines(e.data.log, e.id, e.data.title, urls.timelinePage(e.id))),
    ...story.facts.flatMap((f) => lines(f.data.log, f.id, f.data.label, urls.facts())),
  ];
  return all.sort((a, b) => comparePartialDates(b.date, a.date));
}

/** How many of the latest changes the front page lists; the rest are on /about/, so the page stays small. */
export const FRONT_PAGE_CHANGES = 3;

/**
 * The front page's share of the changes: the latest few beyond the article's notes (listed in full
 * just above them), and every update to the front page itself (shown nowhere else; the feed links
 * to their anchors there).
 */
export function frontPageChanges(all: readonly ChangeLine[], latest = FRONT_PAGE_CHANGES): ChangeLine[] {
  const elsewhere = all.filter((line) => !line.articleNote);
  return elsewhere.filter((line, index) => index < latest || line.own !== undefined);
}
