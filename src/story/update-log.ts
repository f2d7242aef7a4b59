/**
 * The update log of an entry, read for readers: anchors, labels ("Correction,
 * 9 December 2025"), "previously …" wording, the note's cross-reference links,
 * and the "last updated" date derived from the log, never typed twice.
 */
import { parseRef, type Ref } from '../schemas/fields/ref.ts';
import type { ArticleLogEntry, LogEntry } from '../schemas/log.ts';
import type { Correction } from '../schemas/article.ts';
import { comparePartialDates, formatPartialDate, startKey, type PartialDate } from '../dates/partial-date.ts';

/** The anchor of the nth (0-based) log entry of an entry, numbered in append order: "kaetuai-buried-update-1". */
export const logAnchor = (entryId: string, index: number) => `${entryId}-update-${index + 1}`;

/** The anchor of the nth (0-based) quoted note of the article on the front page; notes are only ever appended. */
export const correctionAnchor = (index: number) => `correction-${index + 1}`;

/** The latest of some dates, or the fallback when there are none. */
export function latestDate<T extends PartialDate | undefined>(
  dates: readonly PartialDate[],
  fallback: T,
): PartialDate | T {
  return dates.reduce<PartialDate | T>(
    (latest, date) => (latest === undefined || comparePartialDates(date, latest) > 0 ? date : latest),
    fallback,
  );
}

/**
 * The latest of some dates for a page's modified date, a month counting as its first day, so "December 2025"
 * never outranks a change dated 9 December 2025 (the timeline orders a month after its days; a page date cannot).
 */
export const latestByStart = (dates: readonly PartialDate[]): PartialDate | undefined =>
  dates.reduce<PartialDate | undefined>((a, b) => (a === undefined || startKey(b) > startKey(a) ? b : a), undefined);

/** An entry's "last updated": the latest date of its log, or its own date when the log is empty. */
export function lastChanged<T extends PartialDate | undefined>(log: readonly { date: PartialDate }[], own: T) {
  return latestDate(
    log.map((entry) => entry.date),
    own,
  );
}

/** The article's notes on the text as first published (log entries with a quote), in order: note n is #correction-n. */
export function quotedNotes(log: readonly ArticleLogEntry[]): Correction[] {
  return log.filter((entry): entry is Correction => entry.quote !== undefined);
}

/** The words before the date: "Updated", "Correction," or "Clarification,". */
export const labelPrefix = (kind: LogEntry['kind']) => (kind === 'update' ? 'Updated' : `${kindWord(kind)},`);

/** "Updated 25 September 2025", "Correction, 9 December 2025", "Clarification, 9 December 2025". */
export function logLabel(entry: Pick<LogEntry, 'kind' | 'date'>): string {
  return `${labelPrefix(entry.kind)} ${formatPartialDate(entry.date)}`;
}

/** The kind of a log entry as a capitalised word. */
export function kindWord(kind: LogEntry['kind']): string {
  return kind === 'update' ? 'Update' : kind === 'correction' ? 'Correction' : 'Clarification';
}

/** "previously reported, now confirmed", or "previously reported" when the current value is not given. */
export function previousText(previous: string | undefined, now?: string): string | undefined {
  if (previous === undefined) return undefined;
  return now === undefined || now === previous ? `previously ${previous}` : `previously ${previous}, now ${now}`;
}

/** One piece of a note: plain text, or words that link to another entry. */
export type NotePart = { text: string; ref?: Ref };

/** Splits a note into text and its cross-reference links (the only links a note may hold). */
export function noteParts(note: string): NotePart[] {
  const parts: NotePart[] = [];
  let at = 0;
  for (const match of note.matchAll(/\[([^\]]*)\]\(([^)]*)\)/gu)) {
    const ref = parseRef(match[2] ?? '');
    if (!ref) continue;
    if (match.index > at) parts.push({ text: note.slice(at, match.index) });
    parts.push({ text: match[1] ?? '', ref });
    at = match.index + match[0].length;
  }
  if (at < note.length) parts.push({ text: note.slice(at) });
  return parts;
}

/** A note as plain words (links reduced to their words), for feeds and structured data. */
export const notePlain = (note: string) =>
  noteParts(note)
    .map((part) => part.text)
    .join('');

/** Every `kind:id` a note links to, for the content check. */
export const noteRefs = (note: string): Ref[] => noteParts(note).flatMap((part) => (part.ref ? [part.ref] : []));

/** An entry's latest change, for a one-line mention: its anchor, the words before its date, and how many changes there are. */
export function latestChange(id: string, log: readonly Pick<LogEntry, 'kind' | 'date'>[]) {
  const index = log.length - 1;
  const entry = log[index];
  return (
    entry && { anchor: logAnchor(id, index), prefix: labelPrefix(entry.kind), date: entry.date, count: log.length }
  );
}
