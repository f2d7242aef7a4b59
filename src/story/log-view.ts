/** An entry's update log made ready for readers: labels, anchors, "previously …" and resolved links. */
import type { LogEntry } from '../schemas/log.ts';
import { STATUSES } from '../schemas/fields/status.ts';
import type { PartialDate } from '../dates/partial-date.ts';
import { refLink, type RefLink, type SectionView, type Story } from './story.ts';
import { labelPrefix, lastChanged, latestByStart, logAnchor, noteParts, previousText } from './update-log.ts';
import type { Urls } from '../site/urls.ts';

/** A piece of a note as shown: words, linked when the note cross-references another entry. */
export interface NoteLink {
  text: string;
  href?: string;
}

/** One log entry as the reader sees it. */
export interface LogItemView {
  /** The entry's own anchor beside what it changed, e.g. "kaetuai-buried-update-1". */
  anchor: string;
  date: PartialDate;
  kind: LogEntry['kind'];
  /** The words before the date: "Updated", "Correction,". */
  prefix: string;
  note: NoteLink[];
  /** "previously reported, now confirmed", when the entry states what it replaced. */
  previous?: string | undefined;
  settledBy: RefLink[];
}

/** The note's parts with their links resolved. */
export function noteLinks(note: string, urls: Urls): NoteLink[] {
  return noteParts(note).map((part) =>
    part.ref ? { text: part.text, href: urls.ref(part.ref) } : { text: part.text },
  );
}

/**
 * An entry's log for readers, in append order. `status` is the event's current status: a `previous` that is
 * a status word then reads "previously reported, now confirmed" on the latest such entry.
 */
export function logView(
  story: Story,
  id: string,
  log: readonly LogEntry[],
  urls: Urls,
  status?: string,
): LogItemView[] {
  const isStatus = (text: string | undefined) => STATUSES.some((word) => word === text);
  const lastStatusChange = log.findLastIndex((entry) => isStatus(entry.previous));
  return log.map((entry, index) => ({
    anchor: logAnchor(id, index),
    date: entry.date,
    kind: entry.kind,
    prefix: labelPrefix(entry.kind),
    note: noteLinks(entry.note, urls),
    previous: previousText(entry.previous, index === lastStatusChange ? status : undefined),
    settledBy: (entry.settledBy ?? []).map((ref) => refLink(story, ref, urls)),
  }));
}

/** When a section's page last changed: the latest of its own log and of its events' (each event's own date when unlogged). */
export function sectionChanged(section: SectionView): PartialDate | undefined {
  const events = section.events.map((event) => lastChanged(event.data.log, event.data.date));
  return latestByStart([...events, ...section.data.log.map((entry) => entry.date)]);
}
