/**
 * How a source is named in every citation, short or long: a copy on another
 * site reads "Original, via Host", so a reader told "BBC" is never sent to
 * another site without warning.
 */
import type { Source } from '../schemas/source.ts';
import { formatPartialDate } from '../dates/partial-date.ts';

/** "BBC Africa, via tvl.network" for a copy; the publisher alone for an original. */
export function sourceName(source: Pick<Source, 'publisher' | 'originalPublisher'>): string {
  return source.originalPublisher ? `${source.originalPublisher}, via ${source.publisher}` : source.publisher;
}

/** A source's headline as readers see it: quoted when it was seen, marked when read off the address. */
export interface SourceTitle {
  text: string;
  /** Whether to show it in quotation marks (only a headline actually seen). */
  quoted: boolean;
  /** Words shown after it, e.g. "(from the web address)". */
  note?: string | undefined;
}

/** The words standing for a source's headline. */
export function sourceTitle(source: Pick<Source, 'title' | 'titleFromUrl'>): SourceTitle {
  if (source.title === undefined) return { text: 'No headline recorded', quoted: false };
  if (source.titleFromUrl) return { text: source.title, quoted: false, note: '(from the web address)' };
  return { text: source.title, quoted: true };
}

/** The date line of a source: "26 March 2025", "Undated", with what a bracketed date refers to. */
export function sourceDate(source: Pick<Source, 'published' | 'dateNote'>): string {
  const date = source.published ? formatPartialDate(source.published) : 'Undated';
  return source.dateNote ? `${date} (${source.dateNote})` : date;
}

/** The headline as one line of text: "“Kenyan police …”", "Kenya sends … (from the web address)". */
export function headlineText(source: Pick<Source, 'title' | 'titleFromUrl'>): string {
  const title = sourceTitle(source);
  const shown = title.quoted ? `“${title.text}”` : title.text;
  return title.note ? `${shown} ${title.note}` : shown;
}

/** One line naming a source, for labels and alt text: "BBC Africa, via tvl.network: “Kenyan police …”". */
export function sourceLabel(
  source: Pick<Source, 'publisher' | 'originalPublisher' | 'title' | 'titleFromUrl'>,
): string {
  return `${sourceName(source)}: ${headlineText(source)}`;
}
